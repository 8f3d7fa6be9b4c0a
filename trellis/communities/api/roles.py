"""API endpoints of role assignments: who holds which role, for a community or the network,
for which period; assigning and ending them (roles rotate, the record stays)."""

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities import selectors, services
from trellis.communities.api.access import community_from_path
from trellis.communities.models import Community, RoleAssignment
from trellis.communities.permissions import can_assign_roles, can_view_role_coverage
from trellis.communities.schemas.roles import (
    CommunityRolesFilter,
    CommunityRolesOut,
    RoleAssignIn,
    RoleAssignmentFilter,
    RoleAssignmentOut,
    RoleEndIn,
    RolePeriodIn,
)
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

router = Router(tags=["roles"])


def _assignments(
    request: HttpRequest, community: Community | None, current: bool
) -> QuerySet[RoleAssignment]:
    require(request.user, can_assign_roles(request.user, community))
    assignments: QuerySet[RoleAssignment] = selectors.role_assignment_list(
        community=community, current_only=current
    )
    return assignments.select_related("community")


def _assign(
    request: HttpRequest, community: Community | None, payload: RoleAssignIn
) -> Status[RoleAssignment]:
    """Only those who may assign learn whether the ids name a person and a role."""
    actor = signed_in_person(request)
    require(actor, can_assign_roles(actor, community))
    person: Any = get_user_model().objects.filter(pk=payload.person, is_active=True).first()
    if person is None:
        raise ValidationError({"person": _("No one has this id.")})
    roles = selectors.role_list(for_community=community is not None).filter(code=payload.role)
    if not (role := roles.first()):
        raise ValidationError({"role": _("No such role.")})
    assignment = services.role_assign(
        actor=actor,
        person=person,
        role=role,
        community=community,
        starts_on=payload.starts_on,
        ends_on=payload.ends_on,
    )
    return Status(201, assignment)


@router.get(
    "/communities/{slug}/role-assignments",
    response={200: list[RoleAssignmentOut], **error_responses(403, 404, 422)},
)
@paginate(Pagination)
def community_role_assignment_list(
    request: HttpRequest, slug: str, filters: Query[RoleAssignmentFilter]
) -> QuerySet[RoleAssignment]:
    """Everyone who holds, held or will hold a role in the community, by role."""
    return _assignments(request, community_from_path(request, slug), filters.current)


@router.post(
    "/communities/{slug}/role-assignments",
    response={201: RoleAssignmentOut, **error_responses(403, 404, 422)},
)
def community_role_assign(
    request: HttpRequest, slug: str, payload: RoleAssignIn
) -> Status[RoleAssignment]:
    """Give someone a role in the community; roles other than sponsor are for its members."""
    return _assign(request, community_from_path(request, slug), payload)


@router.get(
    "/network/role-assignments",
    response={200: list[RoleAssignmentOut], **error_responses(403, 422)},
    tags=["network"],
)
@paginate(Pagination)
def network_role_assignment_list(
    request: HttpRequest, filters: Query[RoleAssignmentFilter]
) -> QuerySet[RoleAssignment]:
    """Roles held for the whole network."""
    return _assignments(request, None, filters.current)


@router.post(
    "/network/role-assignments",
    response={201: RoleAssignmentOut, **error_responses(403, 422)},
    tags=["network"],
)
def network_role_assign(request: HttpRequest, payload: RoleAssignIn) -> Status[RoleAssignment]:
    return _assign(request, None, payload)


@router.post(
    "/role-assignments/{assignment_id}/end",
    response={200: RoleAssignmentOut, **error_responses(403, 404, 422)},
)
def role_end(
    request: HttpRequest, assignment_id: PathId, payload: RoleEndIn | None = None
) -> RoleAssignment:
    """End an assignment, today or on the day given (never before it started)."""
    assignment = selectors.access_role_assignment(viewer=request.user, assignment_id=assignment_id)
    return services.role_end(
        actor=signed_in_person(request),
        assignment=assignment,
        ends_on=payload.ends_on if payload else None,
    )


@router.get(
    "/communities/{slug}/roles",
    response={200: CommunityRolesOut, **error_responses(403, 404, 422)},
)
def community_roles(
    request: HttpRequest, slug: str, filters: Query[CommunityRolesFilter]
) -> dict[str, Any]:
    """Leadership coverage: every leadership and convening role, who holds it since when or
    that it is vacant, and the rotation history (past assignments, who assigned them)."""
    community = community_from_path(request, slug)
    require(request.user, can_view_role_coverage(request.user, community))
    coverage = selectors.community_role_coverage(community=community)
    history = selectors.role_history_list(community=community)
    start = filters.history_offset
    return {
        "roles": coverage,
        "vacant": sum(1 for entry in coverage if entry.vacant),
        "history": list(history[start : start + filters.history_limit]),
        "history_count": history.count(),
    }


@router.post(
    "/communities/{slug}/roles",
    response={201: RoleAssignmentOut, **error_responses(403, 404, 422)},
)
def community_role_create(
    request: HttpRequest, slug: str, payload: RoleAssignIn
) -> Status[RoleAssignment]:
    """Give someone a role in the community (as POST /communities/{slug}/role-assignments)."""
    return _assign(request, community_from_path(request, slug), payload)


@router.patch(
    "/roles/{assignment_id}",
    response={200: RoleAssignmentOut, **error_responses(403, 404, 422)},
)
def role_update(
    request: HttpRequest, assignment_id: PathId, payload: RolePeriodIn
) -> RoleAssignment:
    """Change an assignment's period: move its start or end, end it (`ends_on`), or make it
    open-ended again (`ends_on: null`)."""
    assignment = selectors.access_role_assignment(viewer=request.user, assignment_id=assignment_id)
    given = payload.model_fields_set
    return services.role_period_change(
        actor=signed_in_person(request),
        assignment=assignment,
        starts_on=payload.starts_on,
        ends_on=payload.ends_on,
        reopen="ends_on" in given and payload.ends_on is None,
    )
