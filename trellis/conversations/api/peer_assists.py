"""Peer assists through the API: list, request, offer help, and move one forward (choose
peers, schedule, record the outcome, close).

A peer assist of a private community is a 404 for whoever may not read it (sponsors included);
the services check who may request and who may take each step.
"""

from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities.selectors import access_community
from trellis.conversations.models import PeerAssist, PeerAssistOffer
from trellis.conversations.permissions import (
    VIEW_CONVERSATIONS_REASON,
    can_view_conversations,
)
from trellis.conversations.schemas_discussions import (
    PeerAssistCreateIn,
    PeerAssistFilters,
    PeerAssistOfferIn,
    PeerAssistOut,
    PeerAssistUpdateIn,
)
from trellis.conversations.selectors import peer_assists as selectors
from trellis.conversations.services import peer_assists as services
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

router = Router(tags=["peer assists"])


def _detail(request: HttpRequest, peer_assist_id: int) -> PeerAssist:
    return selectors.access_peer_assist(viewer=request.user, peer_assist_id=peer_assist_id)


@router.get("/peer-assists", response={200: list[PeerAssistOut], **error_responses(403, 404, 422)})
@paginate(Pagination)
def peer_assist_list(
    request: HttpRequest, filters: Query[PeerAssistFilters]
) -> QuerySet[PeerAssist]:
    """Peer assists one may read, newest first."""
    community = None
    if filters.community:
        community = access_community(viewer=request.user, slug=filters.community)
        require(
            request.user,
            can_view_conversations(request.user, community),
            reason=VIEW_CONVERSATIONS_REASON,
        )
    return selectors.peer_assist_list(
        viewer=request.user, community=community, status=filters.status
    ).prefetch_related(
        Prefetch(
            "offers",
            queryset=PeerAssistOffer.objects.select_related("person").order_by("created_at", "id"),
        )
    )


@router.post("/peer-assists", response={201: PeerAssistOut, **error_responses(403, 404, 413, 422)})
def peer_assist_create(request: HttpRequest, payload: PeerAssistCreateIn) -> Status[PeerAssist]:
    """Ask the peers of a community one belongs to for help."""
    actor = signed_in_person(request)
    community = access_community(viewer=request.user, slug=payload.community)
    peer_assist = services.peer_assist_request(
        actor=actor,
        community=community,
        title=payload.title,
        problem=payload.problem,
        context=payload.context,
        languages=payload.languages,
        preferred_start=payload.preferred_start,
        preferred_end=payload.preferred_end,
    )
    return Status(201, _detail(request, peer_assist.pk))


@router.get(
    "/peer-assists/{peer_assist_id}",
    response={200: PeerAssistOut, **error_responses(404, 422)},
)
def peer_assist_get(request: HttpRequest, peer_assist_id: PathId) -> PeerAssist:
    return _detail(request, peer_assist_id)


@router.patch(
    "/peer-assists/{peer_assist_id}",
    response={200: PeerAssistOut, **error_responses(403, 404, 413, 422)},
)
def peer_assist_update(
    request: HttpRequest, peer_assist_id: PathId, payload: PeerAssistUpdateIn
) -> PeerAssist:
    """The requester or a convener takes the next steps: `chosen_offers` (→ matched),
    `status: scheduled` with `session`, `status: held` with `outcome`, `status: closed`.
    A step out of order answers 422 saying what must come first."""
    peer_assist = _detail(request, peer_assist_id)
    actor = signed_in_person(request)
    session: dict[str, Any] | None = payload.session.model_dump() if payload.session else None
    services.peer_assist_update(
        actor=actor,
        peer_assist=peer_assist,
        status=payload.status,
        outcome=payload.outcome,
        chosen_offer_ids=payload.chosen_offers,
        session=session,
    )
    return _detail(request, peer_assist_id)


@router.post(
    "/peer-assists/{peer_assist_id}/offers",
    response={201: PeerAssistOut, **error_responses(403, 404, 413, 422)},
)
def peer_assist_offer(
    request: HttpRequest, peer_assist_id: PathId, payload: PeerAssistOfferIn
) -> Status[PeerAssist]:
    """A member from another country than the requester's volunteers to help, once, while the
    request is still looking for peers; the requester then chooses among the offers (PATCH)."""
    peer_assist = _detail(request, peer_assist_id)
    services.peer_assist_offer(
        actor=signed_in_person(request), peer_assist=peer_assist, message=payload.message
    )
    return Status(201, _detail(request, peer_assist_id))
