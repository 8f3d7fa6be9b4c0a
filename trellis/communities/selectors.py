"""Reads about the network and its communities, always on behalf of the person asking."""

from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from trellis.communities import permissions
from trellis.communities.models import (
    AuditEntry,
    Community,
    Invitation,
    Membership,
    MembershipState,
    Network,
    Role,
    RoleAssignment,
    Visibility,
)


def network_get() -> Network:
    """The installation's network; created empty on first use so a fresh database works."""
    network = Network.objects.order_by("pk").first()
    if network is None:
        network = Network.objects.create(
            name={"en": "Trellis network", "ru": "Сеть Trellis"}, working_languages=["en", "ru"]
        )
    return network


def community_list(*, viewer: Any) -> QuerySet[Community]:
    """Communities the viewer may see, with their member counts."""
    communities = Community.objects.annotate(
        member_count=Count("memberships", filter=Q(memberships__state=MembershipState.ACTIVE))
    ).order_by("code")
    if permissions.is_network_admin(viewer):
        return communities
    visible = Q(visibility=Visibility.PUBLIC)
    if permissions.is_signed_in(viewer):
        visible |= Q(memberships__person=viewer, memberships__state=MembershipState.ACTIVE)
        visible |= Q(
            pk__in=RoleAssignment.objects.current().filter(person=viewer).values("community")
        )
    return communities.filter(visible).distinct()


def access_community(*, viewer: Any, slug: str) -> Community:
    """The community, or 404 when it does not exist or the viewer may not know it exists."""
    community = Community.objects.filter(slug=slug).first()
    if community is None or not permissions.can_view_community(viewer, community):
        raise Http404
    return community


def membership_get(*, person: Any, community: Community) -> Membership | None:
    if not permissions.is_signed_in(person):
        return None
    return Membership.objects.filter(person=person, community=community).first()


def member_list(
    *, community: Community, level: str | None = None, search: str | None = None
) -> QuerySet[Membership]:
    """Active members with their people loaded, core group first."""
    members = (
        Membership.objects.filter(community=community, state=MembershipState.ACTIVE)
        .select_related("person")
        .order_by("declared_level", "person__full_name")
    )
    if level:
        members = members.filter(declared_level=level)
    if search:
        members = members.filter(
            Q(person__full_name__icontains=search) | Q(person__full_name_latin__icontains=search)
        )
    return members


def pending_request_list(*, community: Community) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(community=community, state=MembershipState.PENDING)
        .select_related("person")
        .order_by("updated_at")
    )


def invitation_list(*, community: Community) -> QuerySet[Invitation]:
    return community.invitations.select_related("invited_by", "accepted_by")


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


def audit_list(*, community: Community) -> QuerySet[AuditEntry]:
    return community.audit_entries.select_related("actor")


def invitation_get_open(*, token: str) -> Invitation:
    invitation = Invitation.objects.select_related("community").filter(token=token).first()
    if invitation is None:
        raise Http404
    return invitation
