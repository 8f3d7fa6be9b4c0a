"""A long agenda stays one screen: each status shows its first items and links to the rest,
a status on its own pages through them, and an item lists only its latest activities."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.tests.agenda import agenda_url, proposed_item
from trellis.communities.views.agenda import AGENDA_ACTIVITIES_SHOWN, AGENDA_GROUP_SHOWN
from trellis.core.pagination import DEFAULT_PAGE_SIZE

pytestmark = pytest.mark.django_db


def item_titles(html: str) -> list[str]:
    return re.findall(r'<h3 lang="\w+"><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.fixture
def long_agenda(world):
    return [proposed_item(world, title=f"Proposal {n:03d}") for n in range(DEFAULT_PAGE_SIZE + 5)]


def test_each_status_shows_its_first_items_and_links_to_all(client, world, long_agenda):
    client.force_login(world.member)
    html = client.get(agenda_url(world.public)).content.decode()
    assert len(item_titles(html)) == AGENDA_GROUP_SHOWN
    total = len(long_agenda)
    assert f'<span class="badge">{total}</span>' in html
    assert f'href="?status=proposed">See all {total} items: Proposed</a>' in html


def test_one_status_pages_through_every_item(client, world, long_agenda):
    client.force_login(world.member)
    first = client.get(agenda_url(world.public), {"status": "proposed"}).content.decode()
    second = client.get(agenda_url(world.public), {"status": "proposed", "page": 2})
    shown = item_titles(first) + item_titles(second.content.decode())
    assert len(item_titles(first)) == DEFAULT_PAGE_SIZE
    assert sorted(shown) == sorted(item.title for item in long_agenda)
    assert "See all" not in first


def test_an_item_lists_its_latest_activities_and_counts_them_all(client, world):
    item = proposed_item(world, title="Much addressed")
    start = timezone.now() - timedelta(days=100)
    for n in range(AGENDA_ACTIVITIES_SHOWN + 2):
        activity = ActivityFactory(
            communities=[world.public],
            title={"en": f"Session {n}"},
            status="held",
            starts_at=start + timedelta(days=n),
        )
        activity.agenda_items.add(item)
    ActivityFactory(communities=[world.public], title={"en": "Draft one"}, status="draft")
    client.force_login(world.member)
    html = client.get(agenda_url(world.public)).content.decode()
    total = AGENDA_ACTIVITIES_SHOWN + 2
    assert f"Addressed by {total} activities" in html
    shown = re.findall(r">Session (\d+)</a>", html)
    assert shown == [str(n) for n in reversed(range(2, total))]
    assert "All the activities, on the item" in html
