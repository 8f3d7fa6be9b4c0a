"""Role assignments through the API, for a community and for the network: listing, assigning
and ending them, as on the roles pages.

Every response is checked against the OpenAPI document by the `api` fixture.
"""

from datetime import timedelta

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.api.tests.client import error_of
from trellis.communities.models import AuditEntry, Role, RoleAssignment
from trellis.communities.tests.factories import RoleAssignmentFactory
from trellis.core.network_time import network_today
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db

COMMUNITY_ROLES = "/api/v1/communities/{slug}/role-assignments"
NETWORK_ROLES = "/api/v1/network/role-assignments"
LEFT_OUT = object()


def test_a_convener_makes_a_member_agenda_setter(api, world):
    response = api.post(
        COMMUNITY_ROLES.format(slug="public-cop"),
        {"person": world.member.pk, "role": "agenda_setter"},
        person=world.convener,
    )

    assert response.status_code == 201
    body = response.json()
    assert (body["role"], body["community"]) == ("agenda_setter", "public-cop")
    assert body["person"]["id"] == world.member.pk
    assert body["starts_on"] == network_today().isoformat()
    assert body["ends_on"] is None
    entry = AuditEntry.objects.get(action="role.assigned", community=world.public)
    assert entry.actor == world.convener
    assert Contribution.objects.filter(
        person=world.member, kind=ContributionKind.ROLE_ASSIGNED
    ).exists()
    listed = api.get(COMMUNITY_ROLES.format(slug="public-cop"), person=world.convener).json()
    assert ("agenda_setter", world.member.pk) in {
        (item["role"], item["person"]["id"]) for item in listed["items"]
    }


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"person": LEFT_OUT, "role": "agenda_setter"}, "person", "This field is required."),
        ({"person": 0, "role": "agenda_setter"}, "person", None),
        ({"person": 2**63, "role": "agenda_setter"}, "person", None),
        ({"person": None, "role": "agenda_setter"}, "person", "This field cannot be null."),
        ({"person": 10**9, "role": "agenda_setter"}, "person", "No one has this id."),
        ({"person": "outsider", "role": "agenda_setter"}, "person", "Enter a whole number."),
        ({"role": "no_such_role"}, "role", "No such role."),
        ({"role": "network_admin"}, "role", "No such role."),
        ({"role": "x" * 41}, "role", None),
        ({"role": "Agenda Setter!"}, "role", None),
        ({"role": "agenda_setter", "starts_on": "yesterday"}, "starts_on", None),
        ({"role": "agenda_setter", "ends_on": "2000-01-01"}, "__all__", None),
    ],
)
def test_bad_assignments_are_field_errors(api, world, body, field, message):
    body = {"person": world.member.pk, **body}
    body = {name: value for name, value in body.items() if value is not LEFT_OUT}
    response = api.post(COMMUNITY_ROLES.format(slug="public-cop"), body, person=world.convener)

    assert response.status_code == 422, response.content
    error = error_of(response)
    assert error["code"] == "validation_error"
    assert list(error["fields"]) == [field]
    if message:
        assert error["fields"][field] == [message]
    assert not RoleAssignment.objects.filter(role__code="agenda_setter").exists()


def test_roles_other_than_sponsor_are_for_members(api, world):
    refused = api.post(
        COMMUNITY_ROLES.format(slug="public-cop"),
        {"person": world.outsider.pk, "role": "agenda_setter"},
        person=world.convener,
    )
    sponsor = api.post(
        COMMUNITY_ROLES.format(slug="public-cop"),
        {"person": world.outsider.pk, "role": "sponsor"},
        person=world.convener,
    )
    assert refused.status_code == 422
    assert error_of(refused)["fields"] == {
        "person": ["Only members of the community can hold this role."]
    }
    assert sponsor.status_code == 201


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_leaders_assign_and_list_community_roles(api, world, role, status, code):
    # An id that names no one: those who may not assign learn nothing from it.
    for person_id in [world.member.pk, 10**9]:
        response = api.post(
            COMMUNITY_ROLES.format(slug="public-cop"),
            {"person": person_id, "role": "agenda_setter"},
            person=world.person(role),
        )
        assert response.status_code == status
        assert error_of(response)["code"] == code
    listed = api.get(COMMUNITY_ROLES.format(slug="public-cop"), person=world.person(role))
    assert listed.status_code == status
    assert not RoleAssignment.objects.filter(role__code="agenda_setter").exists()


def test_the_list_shows_past_roles_unless_only_current_ones_are_asked(api, world):
    yesterday = network_today() - timedelta(days=1)
    past = RoleAssignmentFactory(
        community=world.public,
        person=world.member,
        role=Role.objects.get(code="agenda_setter"),
        starts_on=yesterday - timedelta(days=30),
        ends_on=yesterday,
    )
    path = COMMUNITY_ROLES.format(slug="public-cop")

    everything = api.get(path, person=world.convener).json()["items"]
    current = api.get(f"{path}?current=true", person=world.convener).json()["items"]

    assert past.pk in {item["id"] for item in everything}
    assert past.pk not in {item["id"] for item in current}
    assert {item["role"] for item in current} == {"convener", "sponsor"}
    assert api.get(f"{path}?current=perhaps", person=world.convener).status_code == 422


def test_network_roles_are_for_network_admins(api, world):
    body = {"person": world.member.pk, "role": "technology_steward"}

    convener = api.post(NETWORK_ROLES, body, person=world.convener)
    admin = api.post(NETWORK_ROLES, body, person=world.admin)

    assert convener.status_code == 403
    assert error_of(convener)["code"] == "permission_denied"
    assert admin.status_code == 201
    assert admin.json()["community"] is None
    listed = api.get(NETWORK_ROLES, person=world.admin).json()["items"]
    assert {item["role"] for item in listed} == {"network_admin", "technology_steward"}
    assert api.get(NETWORK_ROLES, person=world.convener).status_code == 403


def test_ending_a_role_keeps_the_record(api, world):
    assignment = RoleAssignment.objects.get(person=world.sponsor, community=world.public)

    response = api.post(f"/api/v1/role-assignments/{assignment.pk}/end", person=world.convener)

    assert response.status_code == 200
    assert response.json()["ends_on"] == network_today().isoformat()
    assignment.refresh_from_db()
    assert assignment.ends_on == network_today()
    assert AuditEntry.objects.filter(action="role.ended", community=world.public).exists()


def test_a_role_ends_on_the_day_given_never_before_it_started(api, world):
    assignment = RoleAssignment.objects.get(person=world.sponsor, community=world.public)
    response = api.post(
        f"/api/v1/role-assignments/{assignment.pk}/end",
        {"ends_on": "1999-01-01"},
        person=world.convener,
    )
    assert response.json()["ends_on"] == assignment.starts_on.isoformat()


@pytest.mark.parametrize(("role", "status"), [("member", 403), ("sponsor", 403), ("visitor", 401)])
def test_only_leaders_end_roles(api, world, role, status):
    assignment = RoleAssignment.objects.get(person=world.sponsor, community=world.public)
    response = api.post(f"/api/v1/role-assignments/{assignment.pk}/end", person=world.person(role))
    assert response.status_code == status
    assert error_of(response)["code"] in {"permission_denied", "not_authenticated"}
    assignment.refresh_from_db()
    assert assignment.ends_on is None


def test_roles_of_a_private_community_are_not_found_by_outsiders(api, world):
    private = RoleAssignment.objects.get(person=world.sponsor, community=world.private)
    for person in [None, world.outsider]:
        response = api.post(f"/api/v1/role-assignments/{private.pk}/end", person=person)
        missing = api.post("/api/v1/role-assignments/999999/end", person=person)
        assert response.status_code == missing.status_code == 404
        assert response.json() == missing.json()


@pytest.mark.parametrize(
    ("assignment_id", "body"),
    [("0", None), (str(2**63), None), ("x", None), ("1", {"ends_on": "soon"}), ("1", {"x": 1})],
)
def test_bad_input_to_end_a_role_is_refused(api, world, assignment_id, body):
    response = api.post(f"/api/v1/role-assignments/{assignment_id}/end", body, person=world.admin)
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_error"


def test_inactive_people_cannot_be_given_roles(api, world):
    gone = UserFactory(is_active=False)
    response = api.post(
        NETWORK_ROLES, {"person": gone.pk, "role": "technology_steward"}, person=world.admin
    )
    assert response.status_code == 422
    assert error_of(response)["fields"] == {"person": ["No one has this id."]}
