"""Voting for agenda items and withdrawing the vote, by page, htmx and service."""

import pytest

from trellis.communities import services
from trellis.communities.models import AgendaVote
from trellis.communities.tests.agenda import agenda_url, item_url, proposed_item, vote_url
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


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
    assert not votes.standing().exists()
    assert votes.get().withdrawn_at is not None
    client.post(vote_url(item))
    assert votes.standing().count() == 1 and votes.count() == 2
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
        Contribution.objects.standing()
        .filter(kind=ContributionKind.AGENDA_VOTED)
        .values_list("person", flat=True)
    ) == [world.convener.pk]
