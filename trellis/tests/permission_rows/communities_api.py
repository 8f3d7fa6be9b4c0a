"""Rows for what the communities' pages let leaders and members do, through the API: requests
and decisions, levels, removal, membership histories, participants, invitations, sponsors and
stakeholders, the audit trail and role assignments.

A membership is found only by its person and the community's leaders (others get 404, so no
one learns who asked to join or left); anything in a private community is a 404 for those who
may not see it.
"""

from typing import Any

from django.utils import timezone

from trellis.communities.models import (
    Invitation,
    Membership,
    RoleAssignment,
    Stakeholder,
    TransactionalParticipant,
)
from trellis.communities.services import INVITATION_LIFETIME
from trellis.conftest import World
from trellis.tests.permission_rows import (
    API_MANAGERS,
    API_MANAGERS_PRIVATE,
    EVERYONE,
    Row,
    a_stakeholder,
    invitation_token,
    member_membership,
    pending_membership,
    sponsor_assignment,
)

NETWORK_ADMINS = "401 403 403 403 403 ok"
# Leaders' operations on a membership that is not the asker's.
LEADERS_OF_MEMBERSHIP = "401 404 404 ok 404 ok"
LEADERS_OF_MEMBERSHIP_PRIVATE = "404 404 404 ok 404 ok"
# The member's own membership: they may read it and declare their level, not remove themselves.
OWN_MEMBERSHIP = "401 404 ok ok 404 ok"
OWN_MEMBERSHIP_PRIVATE = "404 404 ok ok 404 ok"


def api_community_url(suffix: str = "") -> Any:
    return lambda w, c: f"/api/v1/communities/{c.slug}{suffix}"


def membership_url(membership: Any, suffix: str = "") -> Any:
    return lambda w, c: f"/api/v1/communities/{c.slug}/memberships/{membership(w, c).pk}{suffix}"


def open_invitation_id(world: World, community: Any) -> int:
    return Invitation.objects.create(
        community=community,
        email="invited@example.org",
        invited_by=world.convener,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    ).pk


def open_invitations(world: World, community: Any) -> int:
    return sum(invitation.is_open for invitation in Invitation.objects.filter(community=community))


def member_level(world: World, community: Any) -> str:
    return str(member_membership(world, community).declared_level)


def member_state(world: World, community: Any) -> str:
    return str(member_membership(world, community).state)


def assignments_of(code: str, community: bool) -> Any:
    return lambda w, c: RoleAssignment.objects.filter(
        role__code=code, community=c if community else None
    ).count()


ROWS = [
    Row(
        "api:community_history",
        "GET",
        api_community_url("/history"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
    ),
    Row(
        "api:stakeholder_add",
        "POST",
        api_community_url("/stakeholders"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"kind": "sponsor", "name": "GIZ", "interest": {"en": "Public finance reform"}},
        json=True,
        effect=lambda w, c: Stakeholder.objects.filter(community=c, name="GIZ").exists(),
    ),
    Row(
        "api:stakeholder_remove",
        "DELETE",
        lambda w, c: f"/api/v1/communities/{c.slug}/stakeholders/{a_stakeholder(c).pk}",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        effect=lambda w, c: Stakeholder.objects.filter(community=c).count(),
    ),
    Row(
        "api:membership_request_list",
        "GET",
        api_community_url("/requests"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
    ),
    Row(
        "api:membership_decide",
        "POST",
        membership_url(pending_membership, "/decision"),
        LEADERS_OF_MEMBERSHIP,
        LEADERS_OF_MEMBERSHIP_PRIVATE,
        data={"decision": "approve"},
        json=True,
        effect=lambda w, c: sorted(
            Membership.objects.filter(community=c).values_list("state", flat=True)
        ),
    ),
    Row(
        "api:membership_level_set",
        "PATCH",
        membership_url(member_membership),
        OWN_MEMBERSHIP,
        OWN_MEMBERSHIP_PRIVATE,
        data={"declared_level": "active"},
        json=True,
        effect=member_level,
    ),
    Row(
        "api:membership_remove",
        "POST",
        membership_url(member_membership, "/remove"),
        "401 404 403 ok 404 ok",
        "404 404 403 ok 404 ok",
        json=True,
        effect=member_state,
    ),
    Row(
        "api:membership_history",
        "GET",
        membership_url(member_membership, "/history"),
        OWN_MEMBERSHIP,
        OWN_MEMBERSHIP_PRIVATE,
    ),
    Row(
        "api:transactional_participant_list",
        "GET",
        api_community_url("/participants"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
    ),
    Row(
        "api:transactional_participant_record",
        "POST",
        api_community_url("/participants"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"full_name": "Guest Speaker", "organisation": "IMF", "country": "MD"},
        json=True,
        effect=lambda w, c: TransactionalParticipant.objects.filter(community=c).count(),
    ),
    Row(
        "api:invitation_list",
        "GET",
        api_community_url("/invitations"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
    ),
    Row(
        "api:invitation_create",
        "POST",
        api_community_url("/invitations"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"email": "newcomer@example.org", "message": "Join us"},
        json=True,
        effect=lambda w, c: Invitation.objects.filter(email="newcomer@example.org").exists(),
    ),
    Row(
        "api:invitation_revoke",
        "DELETE",
        lambda w, c: f"/api/v1/communities/{c.slug}/invitations/{open_invitation_id(w, c)}",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        effect=open_invitations,
    ),
    Row(
        "api:invitation_get",
        "GET",
        lambda w, c: f"/api/v1/invitations/{invitation_token(w, c)}",
        EVERYONE,
        EVERYONE,
    ),
    # The link is the credential: whoever signs in with it joins, even a private community.
    Row(
        "api:invitation_accept",
        "POST",
        lambda w, c: f"/api/v1/invitations/{invitation_token(w, c)}/accept",
        "401 ok ok ok ok ok",
        "401 ok ok ok ok ok",
        json=True,
        effect=lambda w, c: Invitation.objects.filter(
            community=c, accepted_at__isnull=False
        ).exists(),
    ),
    Row(
        "api:community_role_assignment_list",
        "GET",
        api_community_url("/role-assignments"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
    ),
    Row(
        "api:community_role_assign",
        "POST",
        api_community_url("/role-assignments"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data=lambda w, c: {"person": w.member.pk, "role": "agenda_setter"},
        json=True,
        effect=assignments_of("agenda_setter", community=True),
    ),
    Row(
        "api:network_role_assignment_list",
        "GET",
        lambda w, c: "/api/v1/network/role-assignments",
        NETWORK_ADMINS,
    ),
    Row(
        "api:network_role_assign",
        "POST",
        lambda w, c: "/api/v1/network/role-assignments",
        NETWORK_ADMINS,
        data=lambda w, c: {"person": w.member.pk, "role": "technology_steward"},
        json=True,
        effect=assignments_of("technology_steward", community=False),
    ),
    Row(
        "api:role_end",
        "POST",
        lambda w, c: f"/api/v1/role-assignments/{sponsor_assignment(w, c).pk}/end",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        json=True,
        effect=lambda w, c: sponsor_assignment(w, c).ends_on,
    ),
]
