"""Sharing a document names what it came from: an agenda item (whose page then lists it) or an
activity (issue 12, point 9)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.tests.agenda import item_url, proposed_item
from trellis.library.forms import RECENT_ACTIVITIES_OFFERED
from trellis.library.models import Document
from trellis.library.tests import samples

pytestmark = pytest.mark.django_db


def _form(world, **extra):
    return {
        "title": "Costing checklist",
        "kind": "tool",
        "language": "en",
        "community": world.public.pk,
        **extra,
    }


def test_from_an_agenda_item_s_page_the_item_and_its_community_are_chosen(client, world):
    item = proposed_item(world, title="How do we cost new policies?")
    client.force_login(world.member)
    page = client.get(item_url(item)).content.decode()
    assert f'href="/library/share/?agenda_item={item.pk}"' in page
    form = client.get(f"/library/share/?agenda_item={item.pk}").content.decode()
    assert f'<option value="{item.pk}" selected>PUB: How do we cost new policies?</option>' in form
    assert f'<option value="{world.public.pk}" selected>' in form
    # Nonsense in the address is ignored.
    assert client.get("/library/share/?agenda_item=x&community=-1").status_code == 200

    client.post("/library/share/", _form(world, agenda_item=item.pk, file=samples.pdf()))
    document = Document.objects.get()
    assert document.agenda_item == item


def test_an_activity_or_item_of_another_community_is_refused_with_a_message(client, world):
    elsewhere = proposed_item(world, community=world.private)
    activity = ActivityFactory(communities=[world.private], status="held")
    client.force_login(world.member)
    refused = client.post(
        "/library/share/",
        _form(world, agenda_item=elsewhere.pk, activity=activity.pk, link="https://example.org/"),
    )
    page = refused.content.decode()
    assert refused.status_code == 200
    assert "Choose an item of this community" in page
    assert "Choose an activity of this community" in page
    assert not Document.objects.exists()
    shared = client.post(
        "/library/share/",
        _form(world, activity=activity.pk, link="https://example.org/", community=world.private.pk),
    )
    assert shared.status_code == 302
    assert Document.objects.get().activity == activity


def test_activities_from_communities_the_person_cannot_share_in_are_not_offered(client, world):
    hidden = ActivityFactory(
        communities=[world.private], status="held", title={"en": "Closed retreat"}
    )
    client.force_login(world.outsider)
    form = client.get("/library/share/").content.decode()
    assert "Closed retreat" not in form
    refused = client.post(
        "/library/share/",
        _form(world, activity=hidden.pk, link="https://example.org/", community=""),
    )
    assert refused.status_code == 200 and not Document.objects.exists()


def test_the_form_lists_recent_activities_and_the_chosen_community_s_not_all(client, world):
    now = timezone.now()
    recent = [
        ActivityFactory(
            communities=[world.public],
            status="held",
            title={"en": f"Recent meeting {n}"},
            starts_at=now - timedelta(days=n + 1),
        )
        for n in range(RECENT_ACTIVITIES_OFFERED)
    ]
    older = ActivityFactory(
        communities=[world.private],
        status="held",
        title={"en": "Older private retreat"},
        starts_at=now - timedelta(days=400),
    )
    client.force_login(world.admin)
    page = client.get("/library/share/").content.decode()
    assert "Recent meeting 0" in page and f"Recent meeting {len(recent) - 1}" in page
    assert "Older private retreat" not in page
    page = client.get(f"/library/share/?community={world.private.pk}").content.decode()
    assert "Older private retreat" in page
    # Without JavaScript: choose the community, list its activities; what was typed stays.
    typed = _form(world, community=world.private.pk, title="Retreat notes")
    listed = client.post("/library/share/", {**typed, "list_activities": "1"})
    page = listed.content.decode()
    assert listed.status_code == 200 and not Document.objects.exists()
    assert "Older private retreat" in page and 'value="Retreat notes"' in page
    assert "Please correct the errors below." not in page
    untitled = client.post("/library/share/", {**typed, "title": "", "list_activities": "1"})
    assert "This field is required" not in untitled.content.decode()
    # An activity not listed at first is still accepted.
    shared = client.post(
        "/library/share/",
        {
            **typed,
            "activity": older.pk,
            "link": "https://example.org/",
            "community": world.private.pk,
        },
    )
    assert shared.status_code == 302
    assert Document.objects.get().activity == older
