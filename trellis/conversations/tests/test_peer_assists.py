"""Peer assists: the request, the country rule for offers, choosing, scheduling a session of
peer assistance, and a status that only moves forward."""

import re
from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import ActivityContributor, ContributorRole, Mode
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import PeerAssist, PeerAssistOffer, PeerAssistStatus
from trellis.conversations.permissions import can_view_conversations
from trellis.conversations.selectors import peer_assists as selectors
from trellis.conversations.services import peer_assists as services
from trellis.notifications.models import Notification, NotificationKind
from trellis.notifications.services import follow
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

MEMBERS_TAKE_PART = re.escape(
    "Only members of the community, and those who run it, can take part in its conversations."
)
REQUESTER_MANAGES = re.escape(
    "Only the person who asked for the peer assist, or a convener, can manage it."
)
CONVENERS_PLAN = re.escape("Only the community's conveners can plan its activities.")

pytestmark = pytest.mark.django_db


def peer(world, country="SI", community=None, name="Peer"):
    person = UserFactory(full_name=f"{name} from {country}", country=country)
    MembershipFactory(community=community or world.public, person=person)
    return person


def request_help(world, community=None, **fields):
    return services.peer_assist_request(
        actor=world.member,
        community=community or world.public,
        title=fields.pop("title", "Introducing a treasury single account"),
        problem="Our ministries keep accounts in commercial banks.",
        context="Twelve line ministries, one central bank.",
        languages=["ru", "en"],
        preferred_start=date(2027, 3, 1),
        preferred_end=date(2027, 4, 30),
        **fields,
    )


def matched(world, peers=1):
    peer_assist = request_help(world)
    offers = [
        services.peer_assist_offer(
            actor=peer(world, name=f"Peer {number}"), peer_assist=peer_assist, message="Done it."
        )
        for number in range(peers)
    ]
    services.peer_assist_choose(actor=world.member, peer_assist=peer_assist, offers=offers)
    return peer_assist


def schedule(world, peer_assist, *, days=7, actor=None):
    starts = timezone.now() + timedelta(days=days)
    return services.peer_assist_schedule(
        actor=actor or world.convener,
        peer_assist=peer_assist,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        timezone_name="Europe/Ljubljana",
        online_url="https://meet.example.org/tsa",
    )


def test_a_request_is_credited_and_the_community_followers_hear_of_it(world):
    follow(person=world.convener, target=world.public)
    peer_assist = request_help(world)
    assert peer_assist.status == PeerAssistStatus.REQUESTED
    assert peer_assist.languages == ["ru", "en"]
    assert Contribution.objects.filter(
        person=world.member, kind=ContributionKind.PEER_ASSIST_REQUESTED
    ).exists()
    notice = Notification.objects.get(recipient=world.convener)
    assert notice.kind == NotificationKind.PEER_ASSIST


def test_a_request_refuses_unknown_languages_and_a_period_that_ends_before_it_starts(world):
    with pytest.raises(ValidationError, match="Unknown language codes: xx") as languages:
        services.peer_assist_request(
            actor=world.member, community=world.public, title="T", problem="P", languages=["xx"]
        )
    assert "languages" in languages.value.message_dict
    with pytest.raises(
        ValidationError, match="The preferred period must not end before it starts"
    ) as period:
        services.peer_assist_request(
            actor=world.member,
            community=world.public,
            title="T",
            problem="P",
            preferred_start=date(2027, 5, 1),
            preferred_end=date(2027, 4, 1),
        )
    assert "preferred_end" in period.value.message_dict


def test_peers_from_other_countries_offer_and_the_requester_hears_of_it(world):
    peer_assist = request_help(world)
    slovenian = peer(world)
    offer = services.peer_assist_offer(actor=slovenian, peer_assist=peer_assist, message="We did")
    assert offer.person == slovenian
    assert Contribution.objects.filter(
        person=slovenian, kind=ContributionKind.PEER_ASSIST_OFFERED
    ).exists()
    assert Notification.objects.filter(
        recipient=world.member, kind=NotificationKind.PEER_ASSIST, actor=slovenian
    ).exists()
    with pytest.raises(ValidationError, match="already offered"):
        services.peer_assist_offer(actor=slovenian, peer_assist=peer_assist)


def test_colleagues_from_the_requesters_own_country_are_refused_with_a_clear_reason(world):
    peer_assist = request_help(world)
    compatriot = peer(world, country=world.member.country)
    with pytest.raises(ValidationError, match="same country as the requester"):
        services.peer_assist_offer(actor=compatriot, peer_assist=peer_assist)
    with pytest.raises(ValidationError, match="your own request"):
        services.peer_assist_offer(actor=world.member, peer_assist=peer_assist)
    assert not PeerAssistOffer.objects.exists()


def test_outsiders_cannot_offer(world):
    peer_assist = request_help(world)
    with pytest.raises(PermissionDenied, match=MEMBERS_TAKE_PART):
        services.peer_assist_offer(actor=UserFactory(country="SI"), peer_assist=peer_assist)


def test_the_requester_chooses_peers_who_are_told(world):
    peer_assist = request_help(world)
    first = services.peer_assist_offer(actor=peer(world, name="A"), peer_assist=peer_assist)
    second = services.peer_assist_offer(actor=peer(world, name="B"), peer_assist=peer_assist)
    services.peer_assist_choose(actor=world.member, peer_assist=peer_assist, offers=[first])
    assert peer_assist.status == PeerAssistStatus.MATCHED
    assert Notification.objects.filter(recipient=first.person).exists()
    assert not Notification.objects.filter(recipient=second.person).exists()
    services.peer_assist_choose(actor=world.member, peer_assist=peer_assist, offers=[second])
    assert list(PeerAssistOffer.objects.filter(chosen=True)) == [second]
    with pytest.raises(PermissionDenied, match=REQUESTER_MANAGES):
        services.peer_assist_choose(actor=second.person, peer_assist=peer_assist, offers=[second])


def test_offers_of_another_request_cannot_be_chosen(world):
    peer_assist = request_help(world)
    other = request_help(world, title="Another")
    foreign = services.peer_assist_offer(actor=peer(world), peer_assist=other)
    with pytest.raises(ValidationError, match="Choose among the offers made to this request"):
        services.peer_assist_choose(actor=world.member, peer_assist=peer_assist, offers=[foreign])


def test_scheduling_plans_an_online_peer_assistance_with_the_peers_as_facilitators(world):
    peer_assist = matched(world, peers=2)
    chosen = {offer.person for offer in peer_assist.offers.filter(chosen=True)}
    Notification.objects.all().delete()
    schedule(world, peer_assist)
    activity = peer_assist.activity
    assert peer_assist.status == PeerAssistStatus.SCHEDULED
    assert activity.activity_type.slug == "peer-assistance"
    assert list(activity.communities.all()) == [world.public]
    assert activity.mode == Mode.ONLINE
    assert activity.title == {"ru": peer_assist.title}
    assert activity.languages == ["ru", "en"]
    facilitators = {
        contributor.person
        for contributor in ActivityContributor.objects.filter(
            activity=activity, role=ContributorRole.FACILITATOR
        )
    }
    assert facilitators == chosen
    assert {n.recipient for n in Notification.objects.all()} == chosen
    assert activity.peer_assist == peer_assist


def test_planning_the_session_needs_the_right_to_plan_activities(world):
    """The activities service lets conveners plan; a requester who is only a member cannot."""
    peer_assist = matched(world)
    with pytest.raises(PermissionDenied, match=CONVENERS_PLAN):
        schedule(world, peer_assist, actor=world.member)
    peer_assist.refresh_from_db()
    assert peer_assist.status == PeerAssistStatus.MATCHED
    assert peer_assist.activity is None


def test_the_status_only_moves_forward_one_step_at_a_time(world):
    peer_assist = request_help(world)
    with pytest.raises(ValidationError, match="Choose the peers before scheduling"):
        schedule(world, peer_assist)
    with pytest.raises(ValidationError, match="Schedule the session before"):
        services.peer_assist_mark_held(actor=world.member, peer_assist=peer_assist, outcome="x")
    with pytest.raises(ValidationError, match="Mark the session as held"):
        services.peer_assist_close(actor=world.member, peer_assist=peer_assist)


def test_held_after_the_session_with_an_outcome_then_closed(world):
    peer_assist = matched(world)
    schedule(world, peer_assist, days=3)
    with pytest.raises(ValidationError, match="not taken place yet"):
        services.peer_assist_mark_held(actor=world.member, peer_assist=peer_assist, outcome="x")
    activity = peer_assist.activity
    activity.starts_at = timezone.now() - timedelta(hours=3)
    activity.ends_at = timezone.now() - timedelta(hours=1)
    activity.save()
    with pytest.raises(ValidationError, match="Record what came out of the session") as empty:
        services.peer_assist_mark_held(actor=world.member, peer_assist=peer_assist, outcome=" ")
    assert "outcome" in empty.value.message_dict
    services.peer_assist_mark_held(
        actor=world.member, peer_assist=peer_assist, outcome="A roadmap in three phases."
    )
    assert peer_assist.status == PeerAssistStatus.HELD
    services.peer_assist_close(actor=world.member, peer_assist=peer_assist)
    assert peer_assist.status == PeerAssistStatus.CLOSED
    with pytest.raises(ValidationError, match="only moves forward"):
        services.peer_assist_close(actor=world.member, peer_assist=peer_assist)
    with pytest.raises(ValidationError, match="no longer looking for peers"):
        services.peer_assist_offer(actor=peer(world), peer_assist=peer_assist)


@pytest.mark.parametrize("role", ["outsider", "sponsor"])
def test_private_peer_assists_are_invisible_to_outsiders_and_sponsors(world, role):
    private = request_help(world, world.private, title="Private problem")
    request_help(world, title="Public problem")
    person = world.person(role)
    assert [p.title for p in selectors.peer_assist_list(viewer=person)] == ["Public problem"]
    # A 404 carries no message (it must not tell that the request exists), so the test shows
    # its reason instead: the peer assist is there, and the person may not read it.
    assert PeerAssist.objects.filter(pk=private.pk).exists()
    assert not can_view_conversations(person, private.community)
    with pytest.raises(Http404):
        selectors.access_peer_assist(viewer=person, peer_assist_id=private.pk)
