"""Rows for hot-topic discussions and peer assists: pages and API.

A private community's conversations are for its members and those who run it: its sponsors
see the community (a 403 on its lists) but never a discussion or a peer assist (a 404).
"""

from datetime import timedelta
from typing import Any

from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conftest import World
from trellis.conversations.models import (
    Discussion,
    PeerAssist,
    PeerAssistOffer,
    PeerAssistStatus,
)
from trellis.conversations.tests.factories import DiscussionFactory, PeerAssistFactory
from trellis.tests.permission_rows import EVERYONE, Row

LIST_PRIVATE = "404 404 ok ok 403 ok"
ITEM_PRIVATE = "404 404 ok ok 404 ok"
PARTICIPANTS = "login 403 ok ok 403 ok"
PARTICIPANTS_PRIVATE = "404 404 ok ok 403 ok"
CONVENERS = "login 403 403 ok 403 ok"
CONVENERS_PRIVATE = "404 404 403 ok 404 ok"
API_PARTICIPANTS = "401 403 ok ok 403 ok"


def a_discussion(world: World, community: Any) -> str:
    """A discussion the member started (so the member may edit it)."""
    discussion = DiscussionFactory(community=community, author=world.member)
    return f"/communities/{community.slug}/discussions/{discussion.pk}/"


def an_api_discussion(world: World, community: Any) -> str:
    return f"/api/v1/discussions/{DiscussionFactory(community=community, author=world.member).pk}"


def a_request_of_the_member(world: World, community: Any) -> str:
    peer_assist = PeerAssistFactory(community=community, requester=world.member)
    return f"/communities/{community.slug}/peer-assists/{peer_assist.pk}/"


def a_peer_from_abroad(community: Any) -> Any:
    """A member from another country than everyone in the world fixture's."""
    peer = UserFactory(email=f"abroad-{community.slug}@example.org", country="SI")
    MembershipFactory(community=community, person=peer)
    return peer


def a_request_from_abroad(world: World, community: Any) -> str:
    peer_assist = PeerAssistFactory(community=community, requester=a_peer_from_abroad(community))
    return f"/communities/{community.slug}/peer-assists/{peer_assist.pk}/offer/"


def an_api_request_from_abroad(world: World, community: Any) -> str:
    peer_assist = PeerAssistFactory(community=community, requester=a_peer_from_abroad(community))
    return f"/api/v1/peer-assists/{peer_assist.pk}/offers"


def offered(status: str = PeerAssistStatus.REQUESTED, suffix: str = "", api: bool = False) -> Any:
    """The member's request at a status, with an offer from a peer abroad (chosen once matched)."""

    def path(world: World, community: Any) -> str:
        peer_assist = PeerAssistFactory(
            community=community, requester=world.member, status=status, outcome="We learnt."
        )
        PeerAssistOffer.objects.create(
            peer_assist=peer_assist,
            person=a_peer_from_abroad(community),
            chosen=status != PeerAssistStatus.REQUESTED,
        )
        if api:
            return f"/api/v1/peer-assists/{peer_assist.pk}"
        return f"/communities/{community.slug}/peer-assists/{peer_assist.pk}/{suffix}"

    return path


def the_offer(community: Any) -> PeerAssistOffer:
    return PeerAssistOffer.objects.get(peer_assist__community=community)


def the_request(world: World, community: Any) -> tuple[str, str]:
    peer_assist = PeerAssist.objects.get(community=community)
    return peer_assist.status, peer_assist.outcome


def a_session_next_month(world: World, community: Any) -> dict[str, Any]:
    day = (timezone.now() + timedelta(days=30)).date().isoformat()
    return {
        "timezone": "Europe/Ljubljana",
        "starts_at": f"{day}T10:00",
        "ends_at": f"{day}T12:00",
        "mode": "online",
        "online_url": "https://meet.example.org/peer-assist",
    }


def the_discussion(world: World, community: Any) -> tuple[str, str]:
    discussion = Discussion.objects.get(community=community)
    return discussion.title, discussion.body


def an_api_request(world: World, community: Any) -> str:
    peer_assist = PeerAssistFactory(community=community, requester=world.member)
    return f"/api/v1/peer-assists/{peer_assist.pk}"


def discussions(suffix: str = "") -> Any:
    return lambda world, community: f"/communities/{community.slug}/discussions/{suffix}"


def peer_assists(suffix: str = "") -> Any:
    return lambda world, community: f"/communities/{community.slug}/peer-assists/{suffix}"


def of_discussion(suffix: str) -> Any:
    return lambda world, community: a_discussion(world, community) + suffix


def of_request(suffix: str) -> Any:
    return lambda world, community: a_request_of_the_member(world, community) + suffix


ROWS = [
    # Discussions
    Row("conversations:discussion_list", "GET", discussions(), EVERYONE, LIST_PRIVATE),
    Row(
        "conversations:discussion_create",
        "GET",
        discussions("new/"),
        PARTICIPANTS,
        PARTICIPANTS_PRIVATE,
    ),
    Row(
        "conversations:discussion_create",
        "POST",
        discussions("new/"),
        PARTICIPANTS,
        PARTICIPANTS_PRIVATE,
        data={"title": "Spending reviews", "body": "Who has run one?"},
        effect=lambda w, c: Discussion.objects.filter(community=c).count(),
    ),
    Row("conversations:discussion_detail", "GET", a_discussion, EVERYONE, ITEM_PRIVATE),
    Row(
        "conversations:reply_create",
        "POST",
        of_discussion("reply/"),
        PARTICIPANTS,
        ITEM_PRIVATE,
        data={"body": "I agree, and here is why."},
    ),
    Row("conversations:discussion_edit", "GET", of_discussion("edit/"), PARTICIPANTS, ITEM_PRIVATE),
    Row(
        "conversations:discussion_edit",
        "POST",
        of_discussion("edit/"),
        PARTICIPANTS,
        ITEM_PRIVATE,
        data={"title": "Spending reviews, revisited", "body": "Who has run one since?"},
        effect=the_discussion,
    ),
    Row(
        "conversations:discussion_pin", "POST", of_discussion("pin/"), CONVENERS, CONVENERS_PRIVATE
    ),
    Row(
        "conversations:discussion_lock",
        "POST",
        of_discussion("lock/"),
        CONVENERS,
        CONVENERS_PRIVATE,
    ),
    Row(
        "conversations:discussion_close",
        "POST",
        of_discussion("close/"),
        CONVENERS,
        CONVENERS_PRIVATE,
    ),
    # Peer assists
    Row("conversations:peer_assist_list", "GET", peer_assists(), EVERYONE, LIST_PRIVATE),
    Row(
        "conversations:peer_assist_create",
        "GET",
        peer_assists("new/"),
        PARTICIPANTS,
        PARTICIPANTS_PRIVATE,
    ),
    Row(
        "conversations:peer_assist_create",
        "POST",
        peer_assists("new/"),
        PARTICIPANTS,
        PARTICIPANTS_PRIVATE,
        data={"title": "A treasury single account", "problem": "Where do we start?"},
        effect=lambda w, c: PeerAssist.objects.filter(community=c).count(),
    ),
    Row("conversations:peer_assist_detail", "GET", a_request_of_the_member, EVERYONE, ITEM_PRIVATE),
    Row(
        "conversations:peer_assist_offer",
        "POST",
        a_request_from_abroad,
        PARTICIPANTS,
        ITEM_PRIVATE,
        data={"message": "We did this in 2019."},
    ),
    # The requester (the member here) and conveners take the next steps.
    Row(
        "conversations:peer_assist_choose",
        "POST",
        offered(suffix="choose/"),
        PARTICIPANTS,
        ITEM_PRIVATE,
        data=lambda w, c: {"offers": [the_offer(c).pk]},
        effect=the_request,
    ),
    # Scheduling plans an activity, which needs the right to plan the community's activities.
    Row(
        "conversations:peer_assist_schedule",
        "GET",
        of_request("schedule/"),
        CONVENERS,
        CONVENERS_PRIVATE,
    ),
    Row(
        "conversations:peer_assist_schedule",
        "POST",
        offered(PeerAssistStatus.MATCHED, "schedule/"),
        CONVENERS,
        CONVENERS_PRIVATE,
        data=a_session_next_month,
        effect=the_request,
    ),
    Row(
        "conversations:peer_assist_outcome",
        "POST",
        offered(PeerAssistStatus.HELD, "outcome/"),
        PARTICIPANTS,
        ITEM_PRIVATE,
        data={"outcome": "A plan for the first year."},
        effect=the_request,
    ),
    Row(
        "conversations:peer_assist_close",
        "POST",
        offered(PeerAssistStatus.HELD, "close/"),
        PARTICIPANTS,
        ITEM_PRIVATE,
        effect=the_request,
    ),
    # The API
    Row(
        "api:discussion_list",
        "GET",
        lambda w, c: f"/api/v1/discussions?community={c.slug}",
        EVERYONE,
        LIST_PRIVATE,
    ),
    Row(
        "api:discussion_create",
        "POST",
        lambda w, c: "/api/v1/discussions",
        API_PARTICIPANTS,
        data={"community": "public-cop", "title": "Spending reviews", "body": "Who has one?"},
        json=True,
    ),
    Row("api:discussion_get", "GET", an_api_discussion, EVERYONE, ITEM_PRIVATE),
    # One row per method: the conveners' switches here; editing the text is the author's too
    # (trellis/api/tests/test_discussions.py checks each role).
    Row(
        "api:discussion_update",
        "PATCH",
        an_api_discussion,
        "401 403 403 ok 403 ok",
        CONVENERS_PRIVATE,
        data={"pinned": True, "locked": True, "closed": True},
        json=True,
        effect=lambda w, c: list(
            Discussion.objects.filter(community=c).values_list("pinned", "locked", "closed")
        ),
    ),
    Row(
        "api:reply_list",
        "GET",
        lambda w, c: an_api_discussion(w, c) + "/replies",
        EVERYONE,
        ITEM_PRIVATE,
    ),
    Row(
        "api:reply_create",
        "POST",
        lambda w, c: an_api_discussion(w, c) + "/replies",
        API_PARTICIPANTS,
        ITEM_PRIVATE,
        data={"body": "Agreed."},
        json=True,
    ),
    Row(
        "api:peer_assist_list",
        "GET",
        lambda w, c: f"/api/v1/peer-assists?community={c.slug}",
        EVERYONE,
        LIST_PRIVATE,
    ),
    Row(
        "api:peer_assist_create",
        "POST",
        lambda w, c: "/api/v1/peer-assists",
        API_PARTICIPANTS,
        data={"community": "public-cop", "title": "A TSA", "problem": "Where to start?"},
        json=True,
    ),
    Row("api:peer_assist_get", "GET", an_api_request, EVERYONE, ITEM_PRIVATE),
    Row(
        "api:peer_assist_offer",
        "POST",
        an_api_request_from_abroad,
        API_PARTICIPANTS,
        ITEM_PRIVATE,
        data={"message": "We did this in 2019."},
        json=True,
        effect=lambda w, c: PeerAssistOffer.objects.filter(peer_assist__community=c).count(),
    ),
    Row(
        "api:peer_assist_update",
        "PATCH",
        offered(api=True),
        API_PARTICIPANTS,
        ITEM_PRIVATE,
        data=lambda w, c: {"chosen_offers": [the_offer(c).pk]},
        json=True,
        effect=the_request,
    ),
]
