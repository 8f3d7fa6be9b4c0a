"""Rows for the learning agenda: its pages and its API."""

from typing import Any

from trellis.communities.models import AgendaItem
from trellis.conftest import World
from trellis.tests.permission_rows import (
    API_MANAGERS,
    API_MANAGERS_PRIVATE,
    EVERYONE,
    MANAGERS,
    MANAGERS_PRIVATE,
    Row,
    community_url,
)

VISIBLE_PRIVATE = "404 404 ok ok ok ok"
PROPOSERS = "login 403 ok ok 403 ok"
PROPOSERS_PRIVATE = "404 404 ok ok 403 ok"
VOTERS = "login 403 ok ok 403 403"
VOTERS_PRIVATE = "404 404 ok ok 403 403"


def an_item(world: World, community: Any) -> AgendaItem:
    """An item the member proposed, still proposed (so its proposer may edit it)."""
    return AgendaItem.objects.create(
        community=community, title="How do we cost programmes?", proposer=world.member
    )


def item_url(suffix: str = "") -> Any:
    return lambda w, c: f"/communities/{c.slug}/agenda/{an_item(w, c).pk}/{suffix}"


def api_item_url(suffix: str = "") -> Any:
    return lambda w, c: f"/api/v1/agenda/{an_item(w, c).pk}{suffix}"


PROPOSAL = {"title": "Should we benchmark arrears?", "language": "en"}

ROWS = [
    Row("communities:agenda", "GET", community_url("agenda/"), EVERYONE, VISIBLE_PRIVATE),
    Row(
        "communities:agenda_propose",
        "GET",
        community_url("agenda/propose/"),
        PROPOSERS,
        PROPOSERS_PRIVATE,
    ),
    Row(
        "communities:agenda_propose",
        "POST",
        community_url("agenda/propose/"),
        PROPOSERS,
        PROPOSERS_PRIVATE,
        data=PROPOSAL,
    ),
    Row("communities:agenda_item", "GET", item_url(), EVERYONE, VISIBLE_PRIVATE),
    Row("communities:agenda_item_edit", "GET", item_url("edit/"), PROPOSERS, PROPOSERS_PRIVATE),
    Row(
        "communities:agenda_item_edit",
        "POST",
        item_url("edit/"),
        PROPOSERS,
        PROPOSERS_PRIVATE,
        data={**PROPOSAL, "description": "Reworded by its proposer"},
        effect=lambda w, c: AgendaItem.objects.get(community=c).title,
    ),
    Row(
        "communities:agenda_item_prioritise",
        "GET",
        item_url("prioritise/"),
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "communities:agenda_item_prioritise",
        "POST",
        item_url("prioritise/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data={"priority": "1", "status": "prioritised", "status_note_en": "Most asked"},
    ),
    Row("communities:agenda_vote", "POST", item_url("vote/"), VOTERS, VOTERS_PRIVATE),
    Row(
        "api:agenda_item_list",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}/agenda",
        EVERYONE,
        VISIBLE_PRIVATE,
    ),
    Row(
        "api:agenda_item_propose",
        "POST",
        lambda w, c: f"/api/v1/communities/{c.slug}/agenda",
        "401 403 ok ok 403 ok",
        PROPOSERS_PRIVATE,
        data=PROPOSAL,
        json=True,
    ),
    Row("api:agenda_item_get", "GET", api_item_url(), EVERYONE, VISIBLE_PRIVATE),
    Row(
        "api:agenda_item_update",
        "PATCH",
        api_item_url(),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"priority": 1, "status": "prioritised"},
        json=True,
    ),
    Row(
        "api:agenda_vote_cast",
        "POST",
        api_item_url("/vote"),
        "401 403 ok ok 403 403",
        VOTERS_PRIVATE,
        json=True,
    ),
    Row(
        "api:agenda_vote_withdraw",
        "DELETE",
        api_item_url("/vote"),
        "401 ok ok ok ok ok",
        VISIBLE_PRIVATE,
    ),
]
