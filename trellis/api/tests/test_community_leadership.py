"""What leaders change about a community through the API besides its description: sponsors
and stakeholders, the stage (with a note), and the audit trail that records it all. And, for
every operation the pages' parity added, that a private community stays unknown to outsiders.

Every response is checked against the OpenAPI document by the `api` fixture.
"""

import pytest

from trellis.api.tests.client import error_of
from trellis.communities import services
from trellis.communities.models import (
    AuditEntry,
    Invitation,
    Membership,
    RoleAssignment,
    Stakeholder,
)
from trellis.communities.tests.factories import CommunityFactory

pytestmark = pytest.mark.django_db

STAKEHOLDERS = "/api/v1/communities/{slug}/stakeholders"


def test_a_convener_names_a_sponsor_who_then_shows_on_the_community(api, world):
    response = api.post(
        STAKEHOLDERS.format(slug="public-cop"),
        {"kind": "sponsor", "name": "  GIZ ", "interest": {"en": "Reform", "ru": "Реформа"}},
        person=world.convener,
    )

    assert response.status_code == 201
    body = response.json()
    assert (body["kind"], body["name"]) == ("sponsor", "GIZ")
    shown = api.get("/api/v1/communities/public-cop").json()["stakeholders"]
    assert shown == [body]
    assert AuditEntry.objects.filter(action="stakeholder.added", actor=world.convener).exists()


def test_removing_a_stakeholder(api, world):
    stakeholder = services.stakeholder_add(
        actor=world.convener, community=world.public, kind="stakeholder", name="Ministry"
    )
    path = f"{STAKEHOLDERS.format(slug='public-cop')}/{stakeholder.pk}"

    removed = api.delete(path, person=world.admin)
    again = api.delete(path, person=world.admin)

    assert removed.status_code == 204
    assert again.status_code == 404
    assert error_of(again)["code"] == "not_found"
    assert not Stakeholder.objects.exists()
    assert AuditEntry.objects.filter(action="stakeholder.removed", actor=world.admin).exists()


def test_a_stakeholder_of_another_community_is_not_found(api, world):
    other = CommunityFactory()
    stakeholder = services.stakeholder_add(
        actor=world.admin, community=other, kind="sponsor", name="World Bank"
    )
    response = api.delete(
        f"{STAKEHOLDERS.format(slug='public-cop')}/{stakeholder.pk}", person=world.convener
    )
    assert response.status_code == 404
    assert Stakeholder.objects.filter(pk=stakeholder.pk).exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "donor", "name": "GIZ"}, "kind"),
        ({"kind": None, "name": "GIZ"}, "kind"),
        ({"kind": "sponsor", "name": ""}, "name"),
        ({"kind": "sponsor", "name": "   "}, "name"),
        ({"kind": "sponsor", "name": "x" * 201}, "name"),
        ({"kind": "sponsor", "name": "Two\nlines"}, "name"),
        ({"kind": "sponsor", "name": None}, "name"),
        ({"kind": "sponsor", "name": "GIZ", "interest": {"fr": "Réforme"}}, "interest.fr.[key]"),
        ({"kind": "sponsor", "name": "GIZ", "interest": {"en": "x" * 20_001}}, "interest.en"),
        ({"kind": "sponsor", "name": "GIZ", "interest": "Reform"}, "interest"),
        ({"kind": "sponsor", "name": "GIZ", "person": 1}, "person"),
    ],
)
def test_bad_stakeholders_are_field_errors(api, world, body, field):
    response = api.post(STAKEHOLDERS.format(slug="public-cop"), body, person=world.convener)
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == [field]
    assert not Stakeholder.objects.exists()


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_leaders_change_stakeholders_and_read_the_history(api, world, role, status, code):
    stakeholder = services.stakeholder_add(
        actor=world.convener, community=world.public, kind="sponsor", name="GIZ"
    )
    person = world.person(role)
    added = api.post(
        STAKEHOLDERS.format(slug="public-cop"), {"kind": "sponsor", "name": "X"}, person=person
    )
    removed = api.delete(
        f"{STAKEHOLDERS.format(slug='public-cop')}/{stakeholder.pk}", person=person
    )
    history = api.get("/api/v1/communities/public-cop/history", person=person)
    for response in (added, removed, history):
        assert response.status_code == status
        assert error_of(response)["code"] == code
    assert list(Stakeholder.objects.values_list("name", flat=True)) == ["GIZ"]


def test_a_stage_change_is_in_the_stage_history_and_the_audit_trail(api, world):
    api.patch(
        "/api/v1/communities/public-cop",
        {"stage": "coalescing", "stage_note": {"en": "We meet monthly"}},
        person=world.convener,
    )

    community = api.get("/api/v1/communities/public-cop").json()
    history = api.get("/api/v1/communities/public-cop/history", person=world.convener).json()

    assert community["stage_history"][0]["stage"] == "coalescing"
    assert community["stage_history"][0]["note"] == {"en": "We meet monthly"}
    entry = history["items"][0]
    assert entry["action"] == "community.updated"
    assert entry["actor"]["id"] == world.convener.pk
    assert entry["changes"]["stage"] == ["potential", "coalescing"]


@pytest.mark.parametrize("role", ["member", "sponsor", "outsider"])
def test_only_leaders_change_the_stage(api, world, role):
    response = api.patch(
        "/api/v1/communities/public-cop", {"stage": "maturing"}, person=world.person(role)
    )
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"
    world.public.refresh_from_db()
    assert world.public.stage == "potential"


# A private community stays unknown: every operation on it answers an outsider exactly as for
# a community that does not exist.


def private_operations(world):
    membership = Membership.objects.get(person=world.member, community=world.private)
    stakeholder = Stakeholder.objects.create(community=world.private, kind="sponsor", name="X")
    invitation = services.invitation_create(
        actor=world.convener, community=world.private, email="x@example.org"
    )
    return [
        ("GET", "/history", None),
        ("POST", "/stakeholders", {"kind": "sponsor", "name": "Spy"}),
        ("DELETE", f"/stakeholders/{stakeholder.pk}", None),
        ("GET", "/requests", None),
        ("POST", f"/memberships/{membership.pk}/decision", {"decision": "decline"}),
        ("PATCH", f"/memberships/{membership.pk}", {"declared_level": "core"}),
        ("POST", f"/memberships/{membership.pk}/remove", None),
        ("GET", f"/memberships/{membership.pk}/history", None),
        ("GET", "/participants", None),
        ("POST", "/participants", {"full_name": "Spy"}),
        ("GET", "/invitations", None),
        ("POST", "/invitations", {"email": "spy@example.org"}),
        ("DELETE", f"/invitations/{invitation.pk}", None),
        ("GET", "/role-assignments", None),
        ("POST", "/role-assignments", {"person": world.outsider.pk, "role": "sponsor"}),
    ]


@pytest.mark.parametrize("role", ["visitor", "outsider"])
def test_outsiders_learn_nothing_about_a_private_community(api, world, role):
    operations = private_operations(world)
    before = (
        AuditEntry.objects.count(),
        Stakeholder.objects.count(),
        Invitation.objects.count(),
        RoleAssignment.objects.count(),
        sorted(Membership.objects.values_list("state", "declared_level")),
    )
    for method, suffix, body in operations:
        private = api.request(
            method, f"/api/v1/communities/private-cop{suffix}", body, person=world.person(role)
        )
        missing = api.request(
            method, f"/api/v1/communities/no-such-cop{suffix}", body, person=world.person(role)
        )
        assert private.status_code == missing.status_code == 404, (method, suffix)
        assert private.json() == missing.json(), (method, suffix)
    after = (
        AuditEntry.objects.count(),
        Stakeholder.objects.count(),
        Invitation.objects.count(),
        RoleAssignment.objects.count(),
        sorted(Membership.objects.values_list("state", "declared_level")),
    )
    assert after == before


@pytest.mark.parametrize("slug", ["%00", "a" * 200, "кириллица", "x%20y"])
def test_addresses_that_cannot_be_slugs_are_not_found_by_the_new_operations(api, world, slug):
    for suffix in ["/history", "/requests", "/invitations", "/participants", "/role-assignments"]:
        response = api.get(f"/api/v1/communities/{slug}{suffix}", person=world.admin)
        assert response.status_code == 404, suffix
