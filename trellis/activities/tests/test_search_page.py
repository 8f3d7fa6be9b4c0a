"""The activities page searches with the engine: another grammatical form finds an activity,
in either language, and a private community's activities stay hidden from outsiders."""

import pytest
from django.urls import reverse

from trellis.activities.tests.factories import ActivityFactory
from trellis.search.indexing import search_rebuild

pytestmark = pytest.mark.django_db


@pytest.fixture
def activities(world):
    found = {
        "public": ActivityFactory(
            communities=[world.public],
            title={"en": "Audit workshop", "ru": "Семинар по аудиту"},
        ),
        "private": ActivityFactory(
            communities=[world.private],
            title={"en": "Closed audit clinic", "ru": "Закрытая клиника аудита"},
        ),
        "other": ActivityFactory(communities=[world.public], title={"en": "Cash forum"}),
    }
    search_rebuild(kind="activity")
    return found


def page(client, person, url, **query):
    if person is not None:
        client.force_login(person)
    return client.get(url, query).content.decode()


@pytest.mark.parametrize(
    ("role", "expected"),
    [("visitor", {"public"}), ("outsider", {"public"}), ("member", {"public", "private"})],
)
@pytest.mark.parametrize("q", ["audits", "аудита"])
def test_activities_are_found_by_another_form(client, world, activities, role, expected, q):
    shown = page(client, world.person(role), reverse("activities:calendar"), q=q)

    assert ("Audit workshop" in shown or "Семинар по аудиту" in shown) == ("public" in expected)
    assert ("Closed audit clinic" in shown or "Закрытая клиника" in shown) == (
        "private" in expected
    )
    assert "Cash forum" not in shown
    assert f'value="{q}"' in shown


def test_a_community_page_searches_its_own_activities(client, world, activities):
    url = reverse("activities:community_calendar", args=[world.private.slug])
    shown = page(client, world.member, url, q="audit")

    assert "Closed audit clinic" in shown
    assert "Audit workshop" not in shown
