"""API endpoints for the network, its communities and membership.

Each endpoint parses its input and calls one selector or service; those check permissions.
A private community is loaded through `access_community`, so outsiders get the same 404 as for
an address that does not exist.
"""

import re

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities import selectors, services
from trellis.communities.models import Community, Membership, Network
from trellis.communities.permissions import can_view_members
from trellis.communities.schemas import (
    CommunityCreateIn,
    CommunityDetailOut,
    CommunityOut,
    CommunityUpdateIn,
    JoinIn,
    MemberOut,
    MembershipOut,
    NetworkOut,
)
from trellis.core.api_schemas import Pagination, error_responses
from trellis.core.permissions import require, signed_in_person

router = Router(tags=["communities"])

SLUG = re.compile(r"[-a-zA-Z0-9_]{1,40}")


def _community(request: HttpRequest, slug: str) -> Community:
    """The community the address names, if the asking person may know it exists.

    Endpoints load it before asking who is signed in, so a visitor also gets 404 (not 401)
    for a private community, exactly as for an address nobody uses.
    """
    if not SLUG.fullmatch(slug):
        raise Http404
    return selectors.access_community(viewer=request.user, slug=slug)


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
    return _community(request, slug)


@router.patch(
    "/communities/{slug}", response={200: CommunityDetailOut, **error_responses(403, 404, 413, 422)}
)
def community_update(request: HttpRequest, slug: str, payload: CommunityUpdateIn) -> Community:
    fields = payload.model_dump(exclude_unset=True)
    return services.community_update(
        community=_community(request, slug),
        actor=signed_in_person(request),
        stage_note=fields.pop("stage_note", ""),
        **fields,
    )


@router.get(
    "/communities/{slug}/members", response={200: list[MemberOut], **error_responses(403, 404, 422)}
)
@paginate(Pagination)
def member_list(request: HttpRequest, slug: str) -> QuerySet[Membership]:
    community = _community(request, slug)
    require(request.user, can_view_members(request.user, community))
    return selectors.member_list(community=community)


@router.post(
    "/communities/{slug}/join",
    response={200: MembershipOut, **error_responses(403, 404, 409, 422)},
)
def membership_join(request: HttpRequest, slug: str, payload: JoinIn | None = None) -> Membership:
    return services.membership_join(
        community=_community(request, slug),
        person=signed_in_person(request),
        message=payload.message if payload else "",
    )


@router.post(
    "/communities/{slug}/leave", response={200: MembershipOut, **error_responses(403, 404)}
)
def membership_leave(request: HttpRequest, slug: str) -> Membership:
    return services.membership_leave(
        community=_community(request, slug),
        person=signed_in_person(request),
    )
