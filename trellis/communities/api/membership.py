"""API endpoints of membership: members, joining and leaving."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router
from ninja.pagination import paginate

from trellis.communities import selectors, services
from trellis.communities.api.access import community_from_path
from trellis.communities.models import Membership
from trellis.communities.permissions import can_view_members
from trellis.communities.schemas.membership import JoinIn, MemberOut, MembershipOut
from trellis.core.api_schemas import Pagination, error_responses
from trellis.core.permissions import require, signed_in_person

router = Router(tags=["membership"])


@router.get(
    "/communities/{slug}/members", response={200: list[MemberOut], **error_responses(403, 404, 422)}
)
@paginate(Pagination)
def member_list(request: HttpRequest, slug: str) -> QuerySet[Membership]:
    community = community_from_path(request, slug)
    require(request.user, can_view_members(request.user, community))
    return selectors.member_list(community=community)


@router.post(
    "/communities/{slug}/join",
    response={200: MembershipOut, **error_responses(403, 404, 409, 422)},
)
def membership_join(request: HttpRequest, slug: str, payload: JoinIn | None = None) -> Membership:
    return services.membership_join(
        community=community_from_path(request, slug),
        person=signed_in_person(request),
        message=payload.message if payload else "",
    )


@router.post(
    "/communities/{slug}/leave", response={200: MembershipOut, **error_responses(403, 404)}
)
def membership_leave(request: HttpRequest, slug: str) -> Membership:
    return services.membership_leave(
        community=community_from_path(request, slug),
        person=signed_in_person(request),
    )
