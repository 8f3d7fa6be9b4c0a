"""The learning agenda as people use it: proposing and voting."""

import pytest
from django.urls import reverse

from trellis.accounts.tests.factories import UserFactory
from trellis.communities import services
from trellis.communities.models import (
    AgendaItem,
    AgendaStatus,
    AgendaVote,
    Role,
)
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.participation.models import Contribution, ContributionKind

pytestmark = pytest.mark.django_db


def agenda_url(community):
    return reverse("communities:agenda", args=[community.slug])


def item_url(item, suffix=""):
    name = f"communities:agenda_item_{suffix}" if suffix else "communities:agenda_item"
    return reverse(name, args=[item.community.slug, item.pk])


def vote_url(item):
    return reverse("communities:agenda_vote", args=[item.community.slug, item.pk])


def agenda_setter_of(community):
    person = UserFactory(full_name="Agenda Setter")
    MembershipFactory(community=community, person=person)
    RoleAssignmentFactory(
        community=community, person=person, role=Role.objects.get(code="agenda_setter")
    )
    return person


def proposed_item(world, **fields):
    return services.agenda_item_propose(
        person=world.member,
        community=fields.pop("community", world.public),
        title=fields.pop("title", "How do we link budgets to results?"),
        language="en",
        **fields,
    )


# Proposing


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


# Voting


def test_member_votes_once_and_withdraws_the_vote_and_its_contribution(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    first = client.post(vote_url(item), {"next": agenda_url(world.public)})
    second = client.post(vote_url(item))
    assert first.status_code == 302 and first["Location"] == agenda_url(world.public)
    assert second.status_code == 302 and second["Location"] == item_url(item)
    assert AgendaVote.objects.filter(item=item).count() == 1
    votes = Contribution.objects.filter(kind=ContributionKind.AGENDA_VOTED, target_id=item.pk)
    assert votes.count() == 1
    assert votes.get().community == world.public

    client.post(vote_url(item), {"withdraw": "1"})
    assert not AgendaVote.objects.filter(item=item).exists()
    assert not votes.exists()
    assert Contribution.objects.filter(kind=ContributionKind.AGENDA_PROPOSED).exists()


def test_vote_redirect_never_leaves_the_site(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    response = client.post(vote_url(item), {"next": "https://evil.example/"})
    assert response["Location"] == item_url(item)


def test_htmx_vote_toggle_answers_only_the_vote_fragment(client, world):
    item = proposed_item(world)
    client.force_login(world.convener)
    voted = client.post(
        vote_url(item), {"next": agenda_url(world.public)}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "<html" not in voted and "<nav" not in voted
    assert f'id="vote-{item.pk}"' in voted
    assert "1 vote" in voted
    assert "Withdraw my vote" in voted
    assert f'value="{agenda_url(world.public)}"' in voted

    withdrawn = client.post(
        vote_url(item), {"withdraw": "1"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "0 votes" in withdrawn
    assert "Vote for this item" in withdrawn


def test_only_members_vote(client, world):
    item = proposed_item(world)
    client.force_login(world.outsider)
    assert client.post(vote_url(item)).status_code == 403
    client.force_login(world.sponsor)
    assert client.post(vote_url(item)).status_code == 403
    assert not AgendaVote.objects.exists()
    page = client.get(agenda_url(world.public)).content.decode()
    assert "0 votes" in page
    assert "Vote for this item" not in page


def test_a_vote_cast_twice_by_the_service_is_one_vote(world):
    item = proposed_item(world)
    first = services.agenda_vote_cast(person=world.member, item=item)
    second = services.agenda_vote_cast(person=world.member, item=item)
    assert first.pk == second.pk
    assert Contribution.objects.filter(kind=ContributionKind.AGENDA_VOTED).count() == 1
    services.agenda_vote_withdraw(person=world.member, item=item)
    services.agenda_vote_withdraw(person=world.member, item=item)
    assert not AgendaVote.objects.exists()


def test_withdrawing_keeps_other_peoples_votes_and_contributions(world):
    item = proposed_item(world)
    services.agenda_vote_cast(person=world.member, item=item)
    services.agenda_vote_cast(person=world.convener, item=item)
    services.agenda_vote_withdraw(person=world.member, item=item)
    assert list(AgendaVote.objects.values_list("person", flat=True)) == [world.convener.pk]
    assert list(
        Contribution.objects.filter(kind=ContributionKind.AGENDA_VOTED).values_list(
            "person", flat=True
        )
    ) == [world.convener.pk]
