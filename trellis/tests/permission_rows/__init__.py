"""Rows of the permission matrix, one module per area; `Row` and shared fixtures live here.

The permission matrix: every URL, for every role, in a public and a private community.

Each row names a URL pattern, the method, how to call it, and what each role gets. A method a
view accepts without a row here fails `test_every_url_has_a_row`, so no page, form or endpoint
ships unchecked. A row that writes sends what a real submission would (a valid form or body), so
that "ok" shows the action done and a refusal shows an action that would otherwise succeed.

Outcomes: "ok" is a success (below 400, not a redirect to login, no error message, no form sent
back with errors; a write must change something); "login" is a redirect to the login page;
"error" is an error message, usually after a redirect back (a service refused the action);
"invalid" is a form sent back with errors; a number is that exact status. A refusal changes
nothing. Roles, in order: visitor (not signed in), outsider (signed in, not a member), member,
convener, sponsor, admin (network admin).
"""

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.files.base import ContentFile
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
    # The body, or a function that makes it once the path has made what the body names.
    data: dict[str, Any] | Callable[[World, Any], Any] = field(default_factory=dict)
    json: bool = False
    # False for the few writes that are "ok" without storing anything (a preview, a language
    # cookie for a visitor).
    changes: bool = True
    # What the person's session holds before the request (a step taken before this one).
    session: Callable[[World, Any], dict[str, Any]] | None = None
    # What the action changes, read before and after: an "ok" must change it, a refusal not.
    effect: Callable[[World, Any], Any] | None = None

    def body(self, world: World, community: Any) -> Any:
        return self.data(world, community) if callable(self.data) else self.data

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
