"""Proposing a question or issue for the learning agenda, and rewording it."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from trellis.accounts.tests.factories import UserFactory
from trellis.communities import services
from trellis.communities.models import AgendaItem, AgendaStatus
from trellis.communities.tests.agenda import agenda_url, item_url, proposed_item
from trellis.communities.tests.factories import MembershipFactory
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def test_member_proposes_an_item_which_starts_proposed_with_history_and_contribution(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("communities:agenda_propose", args=[world.public.slug]),
        {
            "title": "  How do we cost medium-term programmes?  ",
            "description": "We keep *guessing*.",
            "language": "en",
            "target_start": "2026-01-01",
            "target_end": "2026-06-30",
        },
    )
    item = AgendaItem.objects.get(community=world.public)
    assert response.status_code == 302
    assert response["Location"] == item_url(item)
    assert item.title == "How do we cost medium-term programmes?"
    assert item.status == AgendaStatus.PROPOSED
    assert item.proposer == world.member
    assert item.priority is None
    assert list(item.status_changes.values_list("status", "changed_by")) == [
        ("proposed", world.member.pk)
    ]
    assert Contribution.objects.filter(
        person=world.member,
        kind=ContributionKind.AGENDA_PROPOSED,
        community=world.public,
        target_id=item.pk,
    ).exists()
    page = client.get(agenda_url(world.public)).content.decode()
    assert "How do we cost medium-term programmes?" in page
    assert "<em>guessing</em>" in page


def test_a_bad_proposal_shows_clear_messages_and_keeps_what_was_typed(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("communities:agenda_propose", args=[world.public.slug]),
        {
            "title": "",
            "description": "A long thought I do not want to lose",
            "language": "en",
            "target_start": "2026-06-30",
            "target_end": "2026-01-01",
        },
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in content
    assert "The end of the target period must not be before its start." in content
    assert "A long thought I do not want to lose" in content
    assert not AgendaItem.objects.exists()


def test_a_proposal_in_an_unknown_language_or_a_nonsense_date_is_refused_not_a_500(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("communities:agenda_propose", args=[world.public.slug]),
        {"title": "Kept", "language": "xx", "target_start": "not a date"},
    )
    assert response.status_code == 200
    assert "Enter a valid date." in response.content.decode()
    assert 'value="Kept"' in response.content.decode()
    assert not AgendaItem.objects.exists()


def test_outsiders_cannot_propose_and_visitors_are_asked_to_log_in(client, world):
    url = reverse("communities:agenda_propose", args=[world.public.slug])
    assert "/accounts/login/" in client.post(url, {"title": "x", "language": "en"})["Location"]
    client.force_login(world.outsider)
    assert client.post(url, {"title": "x", "language": "en"}).status_code == 403
    assert not AgendaItem.objects.exists()
    page = client.get(agenda_url(world.public)).content.decode()
    assert "Propose a question or issue" not in page


def test_the_community_navigation_links_to_the_agenda(client, world):
    page = client.get(reverse("communities:detail", args=[world.public.slug])).content.decode()
    assert agenda_url(world.public) in page
    assert "Learning agenda" in page


def test_the_proposer_edits_the_text_while_proposed_but_not_after(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    form = client.get(item_url(item, "edit"))
    assert form.status_code == 200
    assert "How do we link budgets to results?" in form.content.decode()
    response = client.post(
        item_url(item, "edit"),
        {"title": "How do we link budgets to outcomes?", "description": "", "language": "ru"},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "How do we link budgets to outcomes?"
    assert item.language == "ru"

    services.agenda_item_update(actor=world.convener, item=item, status=AgendaStatus.PRIORITISED)
    assert client.get(item_url(item, "edit")).status_code == 403
    assert client.post(item_url(item, "edit"), {"title": "x", "language": "en"}).status_code == 403
    item.refresh_from_db()
    assert item.title == "How do we link budgets to outcomes?"


def test_another_member_cannot_edit_someone_elses_proposal(client, world):
    item = proposed_item(world)
    other = UserFactory()
    MembershipFactory(community=world.public, person=other)
    client.force_login(other)
    assert client.get(item_url(item, "edit")).status_code == 403
    assert "Edit the text" not in client.get(item_url(item)).content.decode()


def test_a_refused_change_leaves_the_item_as_it_was(world):
    item = proposed_item(world)
    with pytest.raises(ValidationError, match="at most 300 characters"):
        services.agenda_item_update(actor=world.member, item=item, title="x" * 301)
    assert item.title == "How do we link budgets to results?"


def test_a_blank_title_on_edit_is_refused_and_kept(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    response = client.post(
        item_url(item, "edit"), {"title": "   ", "description": "Keep me", "language": "en"}
    )
    assert response.status_code == 200
    assert "Keep me" in response.content.decode()
    item.refresh_from_db()
    assert item.title == "How do we link budgets to results?"
