"""API endpoints of the network and its communities: creating, reading and editing them (the
stage too, with `stage_note`), their audit trail, sponsors and stakeholders."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities import selectors, services
from trellis.communities.api.access import community_from_path
from trellis.communities.models import AuditEntry, Community, Network, Stakeholder
from trellis.communities.permissions import can_manage_community
from trellis.communities.schemas.community import (
    AuditEntryOut,
    CommunityCreateIn,
    CommunityDetailOut,
    CommunityOut,
    CommunityUpdateIn,
    NetworkOut,
    StakeholderIn,
    StakeholderOut,
)
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

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
        stage_note=fields.pop("stage_note", None),
        **fields,
    )


@router.get(
    "/communities/{slug}/history",
    response={200: list[AuditEntryOut], **error_responses(403, 404, 422)},
)
@paginate(Pagination)
def community_history(request: HttpRequest, slug: str) -> QuerySet[AuditEntry]:
    """The audit trail, latest first: what leaders changed, stage changes among them."""
    community = community_from_path(request, slug)
    require(request.user, can_manage_community(request.user, community))
    return selectors.audit_list(community=community)


# Sponsors and stakeholders: who the community negotiates its needs with. Anyone who may see
# the community reads them in `GET /communities/{slug}`.


@router.post(
    "/communities/{slug}/stakeholders",
    response={201: StakeholderOut, **error_responses(403, 404, 413, 422)},
)
def stakeholder_add(request: HttpRequest, slug: str, payload: StakeholderIn) -> Status[Stakeholder]:
    community = community_from_path(request, slug)
    stakeholder = services.stakeholder_add(
        actor=signed_in_person(request), community=community, **payload.model_dump()
    )
    return Status(201, stakeholder)


@router.delete(
    "/communities/{slug}/stakeholders/{stakeholder_id}",
    response={204: None, **error_responses(403, 404, 422)},
)
def stakeholder_remove(request: HttpRequest, slug: str, stakeholder_id: PathId) -> Status[None]:
    community = community_from_path(request, slug)
    stakeholder = selectors.access_stakeholder(community=community, stakeholder_id=stakeholder_id)
    services.stakeholder_remove(actor=signed_in_person(request), stakeholder=stakeholder)
    return Status(204, None)
