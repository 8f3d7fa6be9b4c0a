"""The network is read in a fixed number of queries, whatever the number of questions,
answers, activities and peer assists: never one query per question or activity."""

from typing import Any

import pytest

from trellis.activities.models import Attendance
from trellis.analytics.tests.network_scene import held_activity, member
from trellis.conftest import World
from trellis.conversations.models import PeerAssistOffer
from trellis.conversations.tests.factories import AnswerFactory, PeerAssistFactory, QuestionFactory
from trellis.tests.queries import cold_queries, warm_up

pytestmark = pytest.mark.django_db


def grow(world: World, count: int) -> None:
    community = world.public
    for number in range(count):
        asker = member(community, f"Asker {number}", "AL")
        helper = member(community, f"Helper {number}", "RS")
        answer = AnswerFactory(
            question=QuestionFactory(community=community, author=asker), author=helper
        )
        answer.coauthors.add(world.member)
        activity = held_activity(community, days_ago=10 + number)
        Attendance.objects.create(activity=activity, person=asker)
        Attendance.objects.create(activity=activity, person=world.member)
        assist = PeerAssistFactory(community=community, requester=asker)
        PeerAssistOffer.objects.create(peer_assist=assist, person=helper)


@pytest.mark.parametrize(
    ("role", "path"),
    [
        ("convener", "/communities/public-cop/participation/network/"),
        ("member", "/communities/public-cop/participation/network/"),
        ("sponsor", "/api/v1/communities/public-cop/network"),
        ("admin", "/communities/public-cop/participation/network/ties.xlsx"),
    ],
)
def test_the_network_costs_the_same_queries_for_ten_times_the_rows(
    client: Any, world: World, role: str, path: str
) -> None:
    client.force_login(world.person(role))
    counts = []
    for count in (2, 20):
        grow(world, count)
        warm_up(client, path)
        with cold_queries() as queries:
            response = client.get(path)
        assert response.status_code == 200
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1], counts
