"""Rows for the HTML pages of communities and people."""

from typing import Any

from trellis.communities.models import Community, Invitation, Role, RoleAssignment, Stakeholder
from trellis.conftest import World
from trellis.tests.permission_rows import (
    EVERYONE,
    MANAGERS,
    MANAGERS_PRIVATE,
    Row,
    a_stakeholder,
    community_url,
    invitation_token,
    member_membership,
    member_token_id,
    member_with_photo,
    pending_membership,
    sponsor_assignment,
)

COMMUNITY_FIELDS = {
    "name_en": "Budget community",
    "name_ru": "Бюджетное сообщество",
    "description_en": "We plan budgets",
    "domain_statement_en": "Budgets",
    "domain_type": "professional",
    "stage": "maturing",
    "join_policy": "approval",
    "stage_note_en": "We have a clear focus now",
}


def community_edit(world: World, community: Any) -> dict[str, Any]:
    """The community's page as its convener saves it, at a new stage, keeping its visibility."""
    return {**COMMUNITY_FIELDS, "visibility": community.visibility}


def community_stage(world: World, community: Any) -> str:
    return Community.objects.get(pk=community.pk).stage


def role_for(code: str) -> Any:
    """A body assigning the member a role, and what shows it was assigned."""
    return lambda world, community: {
        "person": world.member.pk,
        "role": Role.objects.get(code=code).pk,
    }


def agenda_setters(world: World, community: Any) -> int:
    return RoleAssignment.objects.filter(role__code="agenda_setter", community=community).count()


def invitation_accepted(world: World, community: Any) -> bool:
    return Invitation.objects.filter(community=community, accepted_at__isnull=False).exists()


ROWS = [
    Row("communities:home", "GET", lambda w, c: "/", EVERYONE),
    Row("communities:list", "GET", lambda w, c: "/communities/", EVERYONE),
    Row("communities:create", "GET", lambda w, c: "/communities/new/", "login 403 403 403 403 ok"),
    Row(
        "communities:create",
        "POST",
        lambda w, c: "/communities/new/",
        "login 403 403 403 403 ok",
        data={**COMMUNITY_FIELDS, "code": "NEW", "slug": "new-cop", "visibility": "public"},
        effect=lambda w, c: Community.objects.filter(slug="new-cop").exists(),
    ),
    Row(
        "communities:detail",
        "GET",
        community_url(),
        EVERYONE,
        "404 404 ok ok ok ok",
    ),
    Row("communities:edit", "GET", community_url("edit/"), MANAGERS, MANAGERS_PRIVATE),
    Row(
        "communities:edit",
        "POST",
        community_url("edit/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data=community_edit,
        effect=community_stage,
    ),
    Row("communities:history", "GET", community_url("history/"), MANAGERS, MANAGERS_PRIVATE),
    Row("communities:manage", "GET", community_url("manage/"), MANAGERS, MANAGERS_PRIVATE),
    Row(
        "communities:manage",
        "POST",
        community_url("manage/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data={"invite-email": "newcomer@example.org", "invite-message": "Join us"},
        effect=lambda w, c: Invitation.objects.filter(email="newcomer@example.org").exists(),
    ),
    Row("communities:roles", "GET", community_url("roles/"), MANAGERS, MANAGERS_PRIVATE),
    Row(
        "communities:roles",
        "POST",
        community_url("roles/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data=role_for("agenda_setter"),
        effect=agenda_setters,
    ),
    Row(
        "communities:join",
        "POST",
        community_url("join/"),
        "login ok 403 403 ok ok",
        "404 404 403 403 403 403",
    ),
    Row(
        "communities:leave",
        "POST",
        community_url("leave/"),
        "login 403 ok ok 403 403",
        "404 404 ok ok 403 403",
    ),
    Row(
        "communities:members",
        "GET",
        community_url("members/"),
        "login ok ok ok ok ok",
        "404 404 ok ok 403 ok",
    ),
    Row(
        "communities:member_level",
        "POST",
        lambda w, c: f"/communities/{c.slug}/members/{member_membership(w, c).pk}/level/",
        "login 403 ok ok 403 ok",
        "404 404 ok ok 403 ok",
        data={"level": "active"},
    ),
    Row(
        "communities:member_remove",
        "POST",
        lambda w, c: f"/communities/{c.slug}/members/{member_membership(w, c).pk}/remove/",
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "communities:member_decide",
        "POST",
        lambda w, c: f"/communities/{c.slug}/members/{pending_membership(w, c).pk}/decide/",
        MANAGERS,
        MANAGERS_PRIVATE,
        data={"decision": "approve"},
    ),
    Row(
        "communities:member_history",
        "GET",
        lambda w, c: f"/communities/{c.slug}/members/{member_membership(w, c).pk}/",
        "login 403 ok ok 403 ok",
        "404 404 ok ok 403 ok",
    ),
    Row(
        "communities:stakeholders",
        "GET",
        community_url("stakeholders/"),
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "communities:stakeholders",
        "POST",
        community_url("stakeholders/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data={"kind": "sponsor", "name": "GIZ", "interest_en": "Public finance reform"},
        effect=lambda w, c: Stakeholder.objects.filter(community=c, name="GIZ").exists(),
    ),
    Row(
        "communities:stakeholder_remove",
        "POST",
        lambda w, c: f"/communities/{c.slug}/stakeholders/{a_stakeholder(c).pk}/remove/",
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "communities:network_roles",
        "GET",
        lambda w, c: "/network/roles/",
        "login 403 403 403 403 ok",
    ),
    Row(
        "communities:network_roles",
        "POST",
        lambda w, c: "/network/roles/",
        "login 403 403 403 403 ok",
        data=role_for("technology_steward"),
        effect=lambda w, c: RoleAssignment.objects.filter(role__code="technology_steward").count(),
    ),
    Row(
        "communities:role_end",
        "POST",
        lambda w, c: f"/roles/{sponsor_assignment(w, c).pk}/end/",
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "communities:invitation",
        "GET",
        lambda w, c: f"/invitations/{invitation_token(w, c)}/",
        EVERYONE,
        EVERYONE,
    ),
    # The link is the credential: whoever signs in with it joins, even a private community.
    Row(
        "communities:invitation",
        "POST",
        lambda w, c: f"/invitations/{invitation_token(w, c)}/",
        "login ok ok ok ok ok",
        "login ok ok ok ok ok",
        effect=invitation_accepted,
    ),
    Row("accounts:directory", "GET", lambda w, c: "/people/", EVERYONE),
    Row("accounts:profile", "GET", lambda w, c: f"/people/{w.member.pk}/", "404 ok ok ok ok ok"),
    Row("accounts:photo", "GET", member_with_photo, "404 ok ok ok ok ok"),
    Row("accounts:profile_edit", "GET", lambda w, c: "/profile/", "login ok ok ok ok ok"),
    Row(
        "accounts:profile_edit",
        "POST",
        lambda w, c: "/profile/",
        "login ok ok ok ok ok",
        data={
            "full_name": "Renamed Person",
            "country": "MD",
            "organisation": "Ministry of Finance of Moldova",
            "languages": ["ro", "ru"],
            "profile_visibility": "network",
            "email_visibility": "communities",
        },
    ),
    Row(
        "accounts:token_create",
        "POST",
        lambda w, c: "/profile/tokens/",
        "login ok ok ok ok ok",
        data={"name": "script"},
    ),
    Row(
        "accounts:token_revoke",
        "POST",
        lambda w, c: f"/profile/tokens/{member_token_id(w, c)}/revoke/",
        "login 404 ok 404 404 404",
    ),
    Row(
        "accounts:set_language",
        "POST",
        lambda w, c: "/i18n/setlang/",
        EVERYONE,
        data={"language": "ru", "next": "/"},
        # A visitor's choice is kept in a cookie only.
        changes=False,
    ),
]
