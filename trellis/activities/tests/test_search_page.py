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


@pytest.mark.parametrize(
    ("role", "expected"),
    [("visitor", {"public"}), ("outsider", {"public"}), ("member", {"public", "private"})],
)
def test_the_month_view_shows_only_what_the_search_finds(client, world, activities, role, expected):
    for activity in activities.values():  # one month holds all three
        activity.starts_at = activities["public"].starts_at
        activity.ends_at = activities["public"].ends_at
        activity.save(update_fields=["starts_at", "ends_at"])
    month = f"{activities['public'].starts_at:%Y-%m}"
    url = reverse("activities:month")

    everything = page(client, world.person(role), url, month=month)
    searched = page(client, world.person(role), url, month=month, q="audits")

    assert "Cash forum" in everything
    assert "Cash forum" not in searched
    assert ("Audit workshop" in searched) == ("public" in expected)
    assert ("Closed audit clinic" in searched) == ("private" in expected)
    assert 'value="audits"' in searched


def test_switching_views_and_months_keeps_the_search(client, world, activities):
    shown = page(client, world.member, reverse("activities:calendar"), q="audits")

    assert f'href="{reverse("activities:month")}?q=audits"' in shown
    assert "past=1" in shown and "q=audits&amp;past=1" in shown

    month = page(client, world.member, reverse("activities:month"), q="audits")
    assert 'q=audits" rel="next"' in month
