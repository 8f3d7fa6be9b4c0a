"""A signed-in person's home runs the same number of queries on a small network and on one with
ten times the rows, for a member, a convener and a network admin (and the public page for a
visitor), while it counts and lists the rows added. The scene and the counting are those of
`trellis/tests/test_query_counts_scale.py`, with what needs the member and waits for the
convener added at each step."""

from datetime import timedelta
from itertools import count

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.activities.models import ActivityStatus
from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.models import CommunityVisit, MembershipState
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import ExpertInvitation, Flag
from trellis.conversations.tests.factories import QuestionFactory
from trellis.tests.test_query_counts_scale import Target, queries_stay_flat, scene_build

pytestmark = pytest.mark.django_db

HOME = Target("personal home", lambda s: "/")


def test_the_personal_home_does_not_grow_with_the_data(world, client):
    scene = scene_build(world)
    topic = ExpertiseTopicFactory(slug="home-topic")
    world.member.expertise.add(topic)
    CommunityVisit.objects.create(
        person=world.member, community=world.public, visited_at=timezone.now() - timedelta(days=1)
    )
    serial = count()
    added = {"questions": 0}

    def grow(rows: int) -> None:
        scene.grow(rows)
        for _row in range(rows):
            n = next(serial)
            asker = UserFactory()
            question = QuestionFactory(
                community=world.public, author=asker, title=f"Home question {n}"
            )
            question.topics.add(topic)
            ExpertInvitation.objects.create(question=question, person=world.member)
            MembershipFactory(
                community=world.public, person=UserFactory(), state=MembershipState.PENDING
            )
            MembershipFactory(
                community=world.private, person=UserFactory(), state=MembershipState.PENDING
            )
            ActivityFactory(
                communities=[world.public],
                title={"en": f"Held meeting {n}", "ru": f"Встреча {n}"},
                status=ActivityStatus.HELD,
                starts_at=timezone.now() - timedelta(days=2, minutes=n),
            )
            Flag.objects.create(
                target_type=ContentType.objects.get_for_model(question),
                target_id=question.pk,
                community=world.public,
                flagged_by=asker,
                reason="Check this",
            )
            added["questions"] += 1

    queries_stay_flat(client, scene, HOME, grow=grow)

    client.logout()
    assert scene.shown["community"] in client.get("/").content.decode()
    client.force_login(world.member)
    member = client.get("/").content.decode()
    assert "You are asked to answer" in member and "Home question 0" in member
    # Every question asked in the public community since the visit: the scene's and ours.
    public_questions = world.public.questions.filter(hidden=False).count()
    assert f"{public_questions} new questions" in member
    assert "Scale workshop" in member  # the member's communities' next activities
    client.force_login(world.convener)
    convener = client.get("/").content.decode()
    assert f"{added['questions']} people ask to join" in convener
    assert "Held meeting" in convener
    assert f"{added['questions']} posts wait for a moderator" in convener
