"""API endpoints of the learning agenda: items of a community, one item, votes.

As everywhere in the API, an item of a private community is a 404 for outsiders, exactly as an
item that does not exist; the services check who may propose, edit, prioritise and vote.
"""

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities import selectors, services
from trellis.communities.models import AgendaItem, AgendaStatus
from trellis.communities.permissions import can_prioritise_agenda
from trellis.communities.schemas.agenda import (
    AgendaItemDetailOut,
    AgendaItemOut,
    AgendaItemProposeIn,
    AgendaItemUpdateIn,
    AgendaVoteOut,
)
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

router = Router(tags=["learning agenda"])


class AgendaFilter(Schema):
    status: AgendaStatus | None = None


def _item(request: HttpRequest, item_id: int) -> AgendaItem:
    return selectors.access_agenda_item_by_id(viewer=request.user, item_id=item_id)


@router.get(
    "/communities/{slug}/agenda",
    response={200: list[AgendaItemOut], **error_responses(404, 422)},
)
@paginate(Pagination)
def agenda_item_list(
    request: HttpRequest, slug: str, filters: Query[AgendaFilter]
) -> QuerySet[AgendaItem]:
    """The agenda, high priority first, then the most supported, with the asker's votes."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    return selectors.agenda_item_list(
        viewer=request.user, community=community, status=filters.status
    ).select_related("community")


@router.post(
    "/communities/{slug}/agenda",
    response={201: AgendaItemDetailOut, **error_responses(403, 404, 413, 422)},
)
def agenda_item_propose(
    request: HttpRequest, slug: str, payload: AgendaItemProposeIn
) -> Status[AgendaItem]:
    """Members propose a question or issue; it starts as proposed."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    item = services.agenda_item_propose(
        person=signed_in_person(request), community=community, **payload.model_dump()
    )
    return Status(
        201,
        selectors.access_agenda_item(viewer=request.user, community=community, item_id=item.pk),
    )


@router.get("/agenda/{item_id}", response={200: AgendaItemDetailOut, **error_responses(404, 422)})
def agenda_item_get(request: HttpRequest, item_id: PathId) -> AgendaItem:
    return _item(request, item_id)


def _owner(person_id: int | None) -> Any:
    if person_id is None:
        return None
    owner = get_user_model().objects.filter(pk=person_id).first()
    if owner is None:
        raise ValidationError({"owner": _("No one has this id.")})
    return owner


@router.patch(
    "/agenda/{item_id}",
    response={200: AgendaItemDetailOut, **error_responses(403, 404, 413, 422)},
)
def agenda_item_update(
    request: HttpRequest, item_id: PathId, payload: AgendaItemUpdateIn
) -> AgendaItem:
    """Edit the text (the proposer, while proposed) or prioritise (agenda setters, conveners)."""
    item = _item(request, item_id)
    actor = signed_in_person(request)
    changes = payload.model_dump(exclude_unset=True)
    status_note = changes.pop("status_note", None)
    if "owner" in changes:
        # Only those who may set the owner learn whether the id names someone.
        require(actor, can_prioritise_agenda(actor, item.community))
        changes["owner"] = _owner(changes["owner"])
    services.agenda_item_update(actor=actor, item=item, status_note=status_note, **changes)
    return _item(request, item_id)


def _vote_state(request: HttpRequest, item_id: int) -> AgendaVoteOut:
    item = _item(request, item_id)
    # Both are annotations of the selector's queryset.
    return AgendaVoteOut(
        item=item.pk,
        vote_count=getattr(item, "vote_count", 0),
        voted=getattr(item, "viewer_voted", False),
    )


@router.post(
    "/agenda/{item_id}/vote", response={200: AgendaVoteOut, **error_responses(403, 404, 422)}
)
def agenda_vote_cast(request: HttpRequest, item_id: PathId) -> AgendaVoteOut:
    """Vote for the item; voting again changes nothing."""
    item = _item(request, item_id)
    services.agenda_vote_cast(person=signed_in_person(request), item=item)
    return _vote_state(request, item_id)


@router.delete(
    "/agenda/{item_id}/vote", response={200: AgendaVoteOut, **error_responses(403, 404, 422)}
)
def agenda_vote_withdraw(request: HttpRequest, item_id: PathId) -> AgendaVoteOut:
    """Withdraw one's vote; withdrawing when there is none changes nothing."""
    item = _item(request, item_id)
    services.agenda_vote_withdraw(person=signed_in_person(request), item=item)
    return _vote_state(request, item_id)
