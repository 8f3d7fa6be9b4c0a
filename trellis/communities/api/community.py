"""API endpoints of the network and its communities: creating, reading and editing them."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities import selectors, services
from trellis.communities.api.access import community_from_path
from trellis.communities.models import Community, Network
from trellis.communities.schemas.community import (
    CommunityCreateIn,
    CommunityDetailOut,
    CommunityOut,
    CommunityUpdateIn,
    NetworkOut,
)
from trellis.core.api_schemas import Pagination, error_responses
from trellis.core.permissions import signed_in_person

router = Router(tags=["communities"])


@router.get("/network", response={200: NetworkOut, **error_responses()}, tags=["network"])
def network_get(request: HttpRequest) -> Network:
    return selectors.network_get()


@router.get("/communities", response={200: list[CommunityOut], **error_responses(422)})
@paginate(Pagination)
def community_list(request: HttpRequest) -> QuerySet[Community]:
    return selectors.community_list(viewer=request.user)


@router.post("/communities", response={201: CommunityOut, **error_responses(403, 409, 413, 422)})
def community_create(request: HttpRequest, payload: CommunityCreateIn) -> Status[Community]:
    community = services.community_create(
        actor=signed_in_person(request),
        **payload.model_dump(exclude_unset=True),
    )
    return Status(201, community)


@router.get("/communities/{slug}", response={200: CommunityDetailOut, **error_responses(404)})
def community_get(request: HttpRequest, slug: str) -> Community:
    return community_from_path(request, slug)


@router.patch(
    "/communities/{slug}", response={200: CommunityDetailOut, **error_responses(403, 404, 413, 422)}
)
def community_update(request: HttpRequest, slug: str, payload: CommunityUpdateIn) -> Community:
    fields = payload.model_dump(exclude_unset=True)
    return services.community_update(
        community=community_from_path(request, slug),
        actor=signed_in_person(request),
        stage_note=fields.pop("stage_note", ""),
        **fields,
    )
