"""The permission matrix: every URL, for every role, in a public and a private community.

Each row names a URL pattern, how to call it, and what each role gets. A URL pattern added
without a row here fails `test_every_url_has_a_row`, so no page or endpoint ships unchecked.

Outcomes: "ok" is a success (2xx, or a redirect that is not to the login page), "login" is a
redirect to the login page, a number is that exact status. Roles, in order: visitor (not signed
in), outsider (signed in, not a member), member, convener, sponsor, admin (network admin).
"""

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from PIL import Image

from trellis.accounts.services import access_token_create
from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import (
    Invitation,
    Membership,
    MembershipState,
    RoleAssignment,
    Stakeholder,
)
from trellis.communities.services import INVITATION_LIFETIME
from trellis.conftest import ROLES, World

# Third-party URL trees with their own, separately tested, access rules.
EXEMPT_PREFIXES = ("admin/", "accounts/", "static/")


@dataclass
class Row:
    name: str
    method: str
    path: Callable[[World, Any], str]
    expect: str
    private_expect: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    json: bool = False

    def cases(self) -> list[tuple[str, str, str]]:
        """(scope, role, expected outcome) for every role, in each scope this row applies to."""
        scopes = [("public", self.expect)]
        if self.private_expect is not None:
            scopes.append(("private", self.private_expect))
        cases = []
        for scope, expect in scopes:
            outcomes = expect.split()
            assert len(outcomes) == len(ROLES), f"{self.name}: one outcome per role"
            cases.extend(
                (scope, role, outcome) for role, outcome in zip(ROLES, outcomes, strict=True)
            )
        return cases


def community_url(suffix: str = "") -> Callable[[World, Any], str]:
    return lambda world, community: f"/communities/{community.slug}/{suffix}"


def member_membership(world: World, community: Any) -> Membership:
    return Membership.objects.get(person=world.member, community=community)


def pending_membership(world: World, community: Any) -> Membership:
    applicant = UserFactory(email=f"applicant-{community.slug}@example.org")
    return Membership.objects.create(
        person=applicant, community=community, state=MembershipState.PENDING
    )


def sponsor_assignment(world: World, community: Any) -> RoleAssignment:
    return RoleAssignment.objects.get(person=world.sponsor, community=community)


def a_stakeholder(community: Any) -> Stakeholder:
    return Stakeholder.objects.create(community=community, kind="sponsor", name="World Bank")


def invitation_token(world: World, community: Any) -> str:
    from django.utils import timezone

    invitation = Invitation.objects.create(
        community=community,
        email="invitee@example.org",
        invited_by=world.convener,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    return invitation.token


def member_with_photo(world: World, community: Any) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, format="PNG")
    world.member.photo.save("member.png", ContentFile(buffer.getvalue()))
    return f"/people/{world.member.pk}/photo/"


def member_token_id(world: World, community: Any) -> int:
    token, _raw = access_token_create(person=world.member, name="matrix")
    return token.pk


EVERYONE = "ok ok ok ok ok ok"
MANAGERS = "login 403 403 ok 403 ok"
MANAGERS_PRIVATE = "404 404 403 ok 403 ok"
API_MANAGERS = "401 403 403 ok 403 ok"
API_MANAGERS_PRIVATE = "404 404 403 ok 403 ok"

ROWS = [
    Row("communities:home", "GET", lambda w, c: "/", EVERYONE),
    Row("communities:list", "GET", lambda w, c: "/communities/", EVERYONE),
    Row("communities:create", "GET", lambda w, c: "/communities/new/", "login 403 403 403 403 ok"),
    Row(
        "communities:detail",
        "GET",
        community_url(),
        EVERYONE,
        "404 404 ok ok ok ok",
    ),
    Row("communities:edit", "GET", community_url("edit/"), MANAGERS, MANAGERS_PRIVATE),
    Row("communities:history", "GET", community_url("history/"), MANAGERS, MANAGERS_PRIVATE),
    Row("communities:manage", "GET", community_url("manage/"), MANAGERS, MANAGERS_PRIVATE),
    Row("communities:roles", "GET", community_url("roles/"), MANAGERS, MANAGERS_PRIVATE),
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
    Row("accounts:directory", "GET", lambda w, c: "/people/", EVERYONE),
    Row("accounts:profile", "GET", lambda w, c: f"/people/{w.member.pk}/", "404 ok ok ok ok ok"),
    Row("accounts:photo", "GET", member_with_photo, "404 ok ok ok ok ok"),
    Row("accounts:profile_edit", "GET", lambda w, c: "/profile/", "login ok ok ok ok ok"),
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
    ),
    # The API: the same predicates, answered in JSON.
    Row("api:api-root", "GET", lambda w, c: "/api/v1/", "404 404 404 404 404 404"),
    Row("api:openapi-json", "GET", lambda w, c: "/api/v1/openapi.json", EVERYONE),
    Row("api:openapi-view", "GET", lambda w, c: "/api/v1/docs", EVERYONE),
    Row("api:network_get", "GET", lambda w, c: "/api/v1/network", EVERYONE),
    Row("api:community_list", "GET", lambda w, c: "/api/v1/communities", EVERYONE),
    Row(
        "api:community_create",
        "POST",
        lambda w, c: "/api/v1/communities",
        "401 403 403 403 403 ok",
        data={"code": "NEW", "slug": "new-cop", "name": {"en": "New", "ru": "Новое"}},
        json=True,
    ),
    Row(
        "api:community_get",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}",
        EVERYONE,
        "404 404 ok ok ok ok",
    ),
    Row(
        "api:community_update",
        "PATCH",
        lambda w, c: f"/api/v1/communities/{c.slug}",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"stage": "maturing"},
        json=True,
    ),
    Row(
        "api:member_list",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}/members",
        "401 ok ok ok ok ok",
        "404 404 ok ok 403 ok",
    ),
    Row(
        "api:membership_join",
        "POST",
        lambda w, c: f"/api/v1/communities/{c.slug}/join",
        "401 ok 403 403 ok ok",
        "404 404 403 403 403 403",
        json=True,
    ),
    Row(
        "api:membership_leave",
        "POST",
        lambda w, c: f"/api/v1/communities/{c.slug}/leave",
        "401 403 ok ok 403 403",
        "404 404 ok ok 403 403",
        json=True,
    ),
    Row("api:me_get", "GET", lambda w, c: "/api/v1/me", "401 ok ok ok ok ok"),
    Row("api:person_list", "GET", lambda w, c: "/api/v1/people", EVERYONE),
    Row(
        "api:person_get",
        "GET",
        lambda w, c: f"/api/v1/people/{w.member.pk}",
        "404 ok ok ok ok ok",
    ),
    Row(
        "api:token_create",
        "POST",
        lambda w, c: "/api/v1/tokens",
        EVERYONE,
        data={"email": "member@example.org", "password": "password", "name": "cli"},
        json=True,
    ),
    Row("api:token_list", "GET", lambda w, c: "/api/v1/tokens", "401 ok ok ok ok ok"),
    Row(
        "api:token_revoke",
        "DELETE",
        lambda w, c: f"/api/v1/tokens/{member_token_id(w, c)}",
        "401 404 ok 404 404 404",
    ),
]

ROWS_BY_NAME: dict[tuple[str, str], Row] = {(row.name, row.method): row for row in ROWS}


def url_names() -> set[str]:
    def walk(patterns: list[Any], prefix: str, namespace: str) -> list[str]:
        names = []
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                names += walk(pattern.url_patterns, route, inner)
            elif isinstance(pattern, URLPattern) and not route.startswith(EXEMPT_PREFIXES):
                names.append(f"{namespace}:{pattern.name}" if namespace else str(pattern.name))
        return names

    return set(walk(get_resolver().url_patterns, "", ""))


def test_every_url_has_a_row() -> None:
    covered = {name for name, _method in ROWS_BY_NAME}
    missing = url_names() - covered
    assert not missing, f"URL patterns without a permission-matrix row: {sorted(missing)}"
    stale = covered - url_names()
    assert not stale, f"Rows for URL patterns that no longer exist: {sorted(stale)}"


CASES = [
    pytest.param(row, scope, role, outcome, id=f"{row.name}-{row.method}-{scope}-{role}")
    for row in ROWS
    for scope, role, outcome in row.cases()
]


@pytest.mark.parametrize(("row", "scope", "role", "outcome"), CASES)
def test_permission_matrix(client, world, row: Row, scope: str, role: str, outcome: str) -> None:
    community = world.public if scope == "public" else world.private
    path = row.path(world, community)
    person = world.person(role)
    if person is not None:
        client.force_login(person)
    call = getattr(client, row.method.lower())
    if row.json:
        import json

        response = call(path, data=json.dumps(row.data), content_type="application/json")
    elif row.method in {"GET"}:
        response = call(path, row.data)
    elif row.method in {"PATCH", "DELETE", "PUT"}:
        response = call(path)
    else:
        response = call(path, row.data)
    status = response.status_code
    redirect = response.get("Location", "") if status in {301, 302, 303} else ""
    to_login = "/accounts/login/" in redirect
    if outcome == "ok":
        assert status < 400 and not to_login, f"{role} {row.method} {path}: {status} {redirect}"
    elif outcome == "login":
        assert status == 302 and to_login, f"{role} {row.method} {path}: {status} {redirect}"
    else:
        assert status == int(outcome), f"{role} {row.method} {path}: {status}"
