"""The check-in list can be narrowed to the people one looks for, without JavaScript."""

from typing import Any

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import Registration, RegistrationAnswer
from trellis.activities.services import attendance as services
from trellis.activities.tests.factories import ActivityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(world: Any) -> Any:
    activity = ActivityFactory(communities=[world.public])
    for name, organisation, country in (
        ("Ana Kovač", "Ministry of Finance", "SI"),
        ("Besnik Hoxha", "Treasury", "AL"),
        ("Ирина Петрова", "Счётная палата", "RU"),
    ):
        person = UserFactory(full_name=name, organisation=organisation, country=country)
        Registration.objects.create(activity=activity, person=person, answer=RegistrationAnswer.YES)
    services.attendance_guest_record(
        actor=world.convener, activity=activity, full_name="Gina Guest", organisation="OECD"
    )
    return activity


def checkin(client: Any, activity: Any, **query: str) -> str:
    response = client.get(f"/activities/{activity.pk}/attendance/", query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("search", "shown"),
    [
        ("kovač", {"Ana Kovač"}),
        ("treasury", {"Besnik Hoxha"}),
        ("Albania", {"Besnik Hoxha"}),
        ("ИРИНА", {"Ирина Петрова"}),
        ("oecd", {"Gina Guest"}),
    ],
)
def test_the_list_shows_only_who_matches(client, world, activity, search, shown) -> None:
    client.force_login(world.convener)

    page = checkin(client, activity, q=search)

    everyone = {"Ana Kovač", "Besnik Hoxha", "Ирина Петрова", "Gina Guest"}
    assert {name for name in everyone if name in page} == shown
    assert f"{len(shown)} of 4 on the list matches." in page
    assert f'href="/activities/{activity.pk}/attendance/"' in page  # show everyone


def test_without_a_search_the_list_is_whole(client, world, activity) -> None:
    client.force_login(world.convener)

    page = checkin(client, activity)

    assert all(name in page for name in ("Ana Kovač", "Besnik Hoxha", "Ирина Петрова"))
    assert 'id="checkin-filter"' in page and "on the list match" not in page


def test_nobody_on_the_list_points_to_adding_a_walk_in(client, world, activity) -> None:
    client.force_login(world.convener)

    page = checkin(client, activity, q="Member Person")

    assert "Nobody on the list matches." in page
    assert "Mark as present" in page  # the member found in the directory, to add


def test_members_cannot_open_the_check_in_list(client, world, activity) -> None:
    client.force_login(world.member)

    response = client.get(f"/activities/{activity.pk}/attendance/", {"q": "Ana"})

    assert response.status_code == 403
