"""The agenda page and the item page: grouping, activities, the timeline, privacy, queries."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.tests.factories import ActivityFactory, AgendaItemFactory
from trellis.communities import services
from trellis.communities.models import AgendaItem, AgendaStatus, AgendaStatusChange, AgendaVote
from trellis.communities.tests.agenda import agenda_url, item_url, proposed_item, vote_url
from trellis.communities.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_agenda_groups_by_status_and_sorts_by_priority_then_votes(client, world):
    low = proposed_item(world, title="Low priority")
    popular = proposed_item(world, title="High and popular")
    quiet = proposed_item(world, title="High and quiet")
    waiting = proposed_item(world, title="Still proposed")
    for item, priority in ((low, 3), (popular, 1), (quiet, 1)):
        services.agenda_item_update(
            actor=world.convener, item=item, priority=priority, status="prioritised"
        )
    services.agenda_vote_cast(person=world.member, item=popular)
    page = client.get(agenda_url(world.public)).content.decode()
    order = [page.index(item.title) for item in (popular, quiet, low, waiting)]
    assert order == sorted(order)
    assert page.index("Prioritised") < page.index("Still proposed")

    filtered = client.get(agenda_url(world.public), {"status": "proposed"}).content.decode()
    assert "Still proposed" in filtered and "High and popular" not in filtered
    ignored = client.get(agenda_url(world.public), {"status": "<nonsense>"})
    assert ignored.status_code == 200
    assert "High and popular" in ignored.content.decode()


def test_agenda_shows_what_activities_produced_and_hides_drafts_from_members(client, world):
    item = proposed_item(world)
    held = ActivityFactory(
        communities=[world.public],
        title={"en": "Costing workshop", "ru": "Семинар по оценке"},
        status="held",
        summary={"en": "We compared **three** methods."},
        outputs={"en": "A costing checklist", "ru": "Перечень для оценки затрат"},
    )
    draft = ActivityFactory(communities=[world.public], title={"en": "Secret plan"}, status="draft")
    held.agenda_items.add(item)
    draft.agenda_items.add(item)
    client.force_login(world.member)
    page = client.get(agenda_url(world.public)).content.decode()
    assert "Costing workshop" in page
    assert "<strong>three</strong>" in page
    assert "A costing checklist" in page
    assert f"/activities/{held.pk}/" in page
    assert "Secret plan" not in page
    russian = client.get(agenda_url(world.public), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Семинар по оценке" in russian
    # The outputs were written in both languages, the summary in English only: marked as such.
    assert "Перечень для оценки затрат" in russian and "A costing checklist" not in russian
    assert '<div lang="en"><p>We compared <strong>three</strong> methods.</p>' in russian
    assert "(на английском)" in russian
    client.force_login(world.convener)
    assert "Secret plan" in client.get(agenda_url(world.public)).content.decode()


def test_item_timeline_interleaves_status_changes_and_activities_by_date(client, world):
    item = proposed_item(world)
    AgendaStatusChange.objects.filter(item=item).update(
        changed_at=timezone.now() - timedelta(days=30)
    )
    first = ActivityFactory(
        communities=[world.public],
        title={"en": "First webinar"},
        status="held",
        starts_at=timezone.now() - timedelta(days=20),
    )
    first.agenda_items.add(item)
    services.agenda_item_update(
        actor=world.convener, item=item, status="active", status_note={"en": "Work started"}
    )
    later = ActivityFactory(
        communities=[world.public],
        title={"en": "Study visit"},
        starts_at=timezone.now() + timedelta(days=20),
    )
    later.agenda_items.add(item)
    page = client.get(item_url(item)).content.decode()
    timeline = page[page.index('class="timeline"') :]
    positions = [
        timeline.index(text)
        for text in ("Status: Proposed", "First webinar", "Status: Active", "Study visit")
    ]
    assert positions == sorted(positions)
    assert "Work started" in timeline


def test_private_agenda_is_invisible_to_outsiders(client, world):
    item = proposed_item(world, community=world.private, title="Private question")
    urls = [
        agenda_url(world.private),
        item_url(item),
        item_url(item, "edit"),
        item_url(item, "prioritise"),
        reverse("communities:agenda_propose", args=[world.private.slug]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert client.post(vote_url(item)).status_code == 404
    client.force_login(world.outsider)
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert client.post(vote_url(item)).status_code == 404
    assert not AgendaVote.objects.exists()
    # An item number of a private community does not open through a public one either.
    assert (
        client.get(
            reverse("communities:agenda_item", args=[world.public.slug, item.pk])
        ).status_code
        == 404
    )
    client.force_login(world.member)
    assert "Private question" in client.get(agenda_url(world.private)).content.decode()


def populate_agenda(world, count):
    voters = [UserFactory() for _ in range(3)]
    for voter in voters:
        MembershipFactory(community=world.public, person=voter)
    for number in range(count):
        item = AgendaItemFactory(
            community=world.public,
            proposer=world.member,
            owner=world.convener,
            priority=1 + number % 3,
            status=AgendaStatus.values[number % 5],
        )
        AgendaStatusChange.objects.create(item=item, status=item.status, changed_by=world.member)
        for voter in voters[: 1 + number % 3]:
            AgendaVote.objects.create(item=item, person=voter)
        ActivityFactory(communities=[world.public], status="held").agenda_items.add(item)
    return item


@pytest.mark.parametrize("count", [3, 30])
def test_agenda_page_runs_a_bounded_number_of_queries(
    client, world, count, django_assert_max_num_queries
):
    populate_agenda(world, count)
    client.force_login(world.member)
    # Two of them read the items' translations and the reader's requests for one.
    with django_assert_max_num_queries(13):
        response = client.get(agenda_url(world.public))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('class="card agenda-item"') == count
    assert all(item.title in page for item in AgendaItem.objects.filter(community=world.public))


@pytest.mark.parametrize("count", [3, 30])
def test_item_page_runs_a_bounded_number_of_queries(
    client, world, count, django_assert_max_num_queries
):
    item = populate_agenda(world, count)
    for _ in range(count):
        ActivityFactory(communities=[world.public], status="held").agenda_items.add(item)
        AgendaStatusChange.objects.create(item=item, status="active", changed_by=world.convener)
    client.force_login(world.convener)
    with django_assert_max_num_queries(15):
        response = client.get(item_url(item))
    assert response.status_code == 200
    page = response.content.decode()
    assert all(f'href="/activities/{activity.pk}/"' in page for activity in item.activities.all())
