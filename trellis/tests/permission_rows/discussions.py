"""Rows for hot-topic discussions and peer assists: pages and API.

A private community's conversations are for its members and those who run it: its sponsors
see the community (a 403 on its lists) but never a discussion or a peer assist (a 404).
"""

from typing import Any

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conftest import World
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


def a_request_from_abroad(world: World, community: Any) -> str:
    """Requested by a member from another country than everyone in the world fixture's."""
    requester = UserFactory(email=f"abroad-{community.slug}@example.org", country="SI")
    MembershipFactory(community=community, person=requester)
    peer_assist = PeerAssistFactory(community=community, requester=requester)
    return f"/communities/{community.slug}/peer-assists/{peer_assist.pk}/offer/"


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
        of_request("choose/"),
        PARTICIPANTS,
        ITEM_PRIVATE,
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
        "conversations:peer_assist_outcome",
        "POST",
        of_request("outcome/"),
        PARTICIPANTS,
        ITEM_PRIVATE,
        data={"outcome": "We learnt a lot."},
    ),
    Row(
        "conversations:peer_assist_close", "POST", of_request("close/"), PARTICIPANTS, ITEM_PRIVATE
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
        "api:peer_assist_update",
        "PATCH",
        an_api_request,
        API_PARTICIPANTS,
        ITEM_PRIVATE,
        data={},
        json=True,
    ),
]
