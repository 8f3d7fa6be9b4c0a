"""Reads about roles: the catalogue, who holds which role, who may be given one."""

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import BooleanField, Case, Q, QuerySet, Value, When
from django.http import Http404

from trellis.communities import permissions
from trellis.communities.models import (
    Community,
    Membership,
    MembershipState,
    Role,
    RoleAssignment,
)


def role_assignment_list(*, community: Community | None, current_only: bool = True) -> Any:
    assignments = RoleAssignment.objects.filter(community=community).select_related(
        "role", "person"
    )
    if current_only:
        assignments = assignments.current()
    return assignments.order_by("role__position", "person__full_name")


def leadership_list(*, community: Community) -> list[tuple[Role, list[Any]]]:
    """Current role holders grouped by role, in the catalogue's order."""
    grouped: dict[int, tuple[Role, list[Any]]] = {}
    for assignment in role_assignment_list(community=community):
        grouped.setdefault(assignment.role_id, (assignment.role, []))[1].append(assignment.person)
    return list(grouped.values())


def role_list(*, for_community: bool) -> QuerySet[Role]:
    roles = Role.objects.all()
    if for_community:
        roles = roles.filter(network_scope_only=False)
    return roles


def role_assignment_ended_list(*, community: Community | None) -> QuerySet[RoleAssignment]:
    """Assignments given an end date, the latest end first: the roles' history."""
    return (
        RoleAssignment.objects.filter(community=community, ends_on__isnull=False)
        .select_related("role", "person")
        .order_by("-ends_on")
    )


def role_candidate_list(*, community: Community | None, search: str = "") -> QuerySet[Any]:
    """People a role may be given to: for a community its active members and whoever holds or
    held a role there (a sponsor is not a member); for the network, every active account.
    `search` keeps those whose name or email contains it."""
    people = get_user_model().objects.filter(is_active=True)
    if community is not None:
        people = people.filter(
            Q(
                pk__in=Membership.objects.filter(
                    community=community, state=MembershipState.ACTIVE
                ).values("person")
            )
            | Q(pk__in=RoleAssignment.objects.filter(community=community).values("person"))
        )
    if search:
        people = people.filter(Q(full_name__icontains=search) | Q(email__icontains=search))
    return people.order_by("full_name", "pk")


def access_role_assignment(*, viewer: Any, assignment_id: int) -> RoleAssignment:
    """A role assignment with its role, person and community, or 404 when it does not exist or
    belongs to a community the viewer may not see."""
    assignment = (
        RoleAssignment.objects.select_related("community", "role", "person")
        .filter(pk=assignment_id)
        .first()
    )
    if assignment is None or (
        assignment.community is not None
        and not permissions.can_view_community(viewer, assignment.community)
    ):
        raise Http404
    return assignment


def person_role_assignment_list(*, person: Any) -> QuerySet[RoleAssignment]:
    """Every role a person holds or held, in communities and the network, the latest first,
    each with `in_force`: whether it is in force today (as `RoleAssignment.objects.current`)."""
    in_force = RoleAssignment.objects.filter(person=person).current().values("pk")
    return (
        RoleAssignment.objects.filter(person=person)
        .select_related("role", "community")
        .annotate(
            in_force=Case(
                When(pk__in=in_force, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .order_by("-starts_on", "role__position")
    )
