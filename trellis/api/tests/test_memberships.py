"""What conveners do with memberships through the API, as on the page for requests and
invitations: requests to join and their decisions, declared levels, removal, a membership's
history and transactional participants. Members withdraw a request with `POST .../leave`.

Every response is checked against the OpenAPI document by the `api` fixture.
"""

import pytest

from trellis.accounts.services import access_token_create
from trellis.accounts.tests.factories import UserFactory
from trellis.api.tests.client import error_of
from trellis.communities.models import (
    AuditEntry,
    Membership,
    MembershipState,
    TransactionalParticipant,
)
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db

TOO_BIG = 2**63


def ask_to_join(community, message="I work on budgets"):
    applicant = UserFactory(full_name="Applicant Person")
    return Membership.objects.create(
        person=applicant,
        community=community,
        state=MembershipState.PENDING,
        request_message=message,
    )


def membership_path(membership, suffix=""):
    return f"/api/v1/communities/{membership.community.slug}/memberships/{membership.pk}{suffix}"


def own_membership(world, community=None):
    return Membership.objects.get(person=world.member, community=community or world.public)


def test_conveners_list_the_requests_to_join(api, world):
    pending = ask_to_join(world.public)

    response = api.get("/api/v1/communities/public-cop/requests", person=world.convener)

    assert response.status_code == 200
    [request] = response.json()["items"]
    assert request["id"] == pending.pk
    assert request["person"]["full_name"] == "Applicant Person"
    assert request["message"] == "I work on budgets"


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_leaders_see_the_requests(api, world, role, status, code):
    ask_to_join(world.public)
    response = api.get("/api/v1/communities/public-cop/requests", person=world.person(role))
    assert response.status_code == status
    assert error_of(response)["code"] == code


def test_approving_a_request_makes_a_member_and_is_audited(api, world):
    pending = ask_to_join(world.public)

    response = api.post(
        membership_path(pending, "/decision"), {"decision": "approve"}, person=world.convener
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["state"]) == (pending.pk, "active")
    assert body["person"]["id"] == pending.person_id
    assert AuditEntry.objects.filter(
        community=world.public, action="membership.approved", actor=world.convener
    ).exists()
    assert Contribution.objects.filter(
        person=pending.person, kind=ContributionKind.COMMUNITY_JOINED
    ).exists()


def test_declining_a_request_and_deciding_it_again(api, world):
    pending = ask_to_join(world.public)
    path = membership_path(pending, "/decision")

    declined = api.post(path, {"decision": "decline"}, person=world.convener)
    again = api.post(path, {"decision": "approve"}, person=world.admin)

    assert declined.json()["state"] == "declined"
    assert again.status_code == 409
    assert error_of(again)["code"] == "already_handled"
    pending.refresh_from_db()
    assert pending.state == MembershipState.DECLINED


@pytest.mark.parametrize("body", [{"decision": "maybe"}, {"decision": None}, {}, {"x": 1}])
def test_a_decision_must_be_approve_or_decline(api, world, body):
    pending = ask_to_join(world.public)
    response = api.post(membership_path(pending, "/decision"), body, person=world.convener)
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_error"
    pending.refresh_from_db()
    assert pending.state == MembershipState.PENDING


def test_an_applicant_cannot_approve_their_own_request(api, world):
    pending = ask_to_join(world.public)
    response = api.post(
        membership_path(pending, "/decision"), {"decision": "approve"}, person=pending.person
    )
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"


@pytest.mark.parametrize("role", ["outsider", "member", "sponsor"])
def test_others_do_not_learn_who_asked_to_join(api, world, role):
    """Someone else's membership answers as one that does not exist."""
    pending = ask_to_join(world.public)
    found = api.post(
        membership_path(pending, "/decision"), {"decision": "approve"}, person=world.person(role)
    )
    missing = api.post(
        f"/api/v1/communities/public-cop/memberships/{pending.pk + 1000}/decision",
        {"decision": "approve"},
        person=world.person(role),
    )
    assert found.status_code == missing.status_code == 404
    assert found.json() == missing.json()
    assert error_of(found)["code"] == "not_found"


@pytest.mark.parametrize("membership_id", ["0", "-1", str(TOO_BIG), "abc"])
def test_membership_ids_that_cannot_exist_are_refused(api, world, membership_id):
    response = api.post(
        f"/api/v1/communities/public-cop/memberships/{membership_id}/decision",
        {"decision": "approve"},
        person=world.convener,
    )
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == ["membership_id"]


def test_a_membership_of_another_community_is_not_found(api, world):
    other = ask_to_join(CommunityFactory())
    response = api.post(
        f"/api/v1/communities/public-cop/memberships/{other.pk}/decision",
        {"decision": "approve"},
        person=world.admin,
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.state == MembershipState.PENDING


def test_withdrawing_a_request(api, world):
    pending = ask_to_join(world.public)
    response = api.post("/api/v1/communities/public-cop/leave", person=pending.person)
    assert response.status_code == 200
    assert response.json()["state"] == "left"


# Declared participation levels.


def test_members_declare_their_own_level(api, world):
    membership = own_membership(world)
    response = api.patch(
        membership_path(membership), {"declared_level": "active"}, person=world.member
    )
    assert response.status_code == 200
    assert response.json()["declared_level"] == "active"
    membership.refresh_from_db()
    assert membership.declared_level == "active"


def test_only_conveners_name_the_core_group(api, world):
    membership = own_membership(world)

    refused = api.patch(
        membership_path(membership), {"declared_level": "core"}, person=world.member
    )
    named = api.patch(
        membership_path(membership), {"declared_level": "core"}, person=world.convener
    )

    assert refused.status_code == 403
    assert error_of(refused)["code"] == "permission_denied"
    assert named.status_code == 200
    entry = AuditEntry.objects.get(community=world.public, action="membership.level")
    assert entry.actor == world.convener


@pytest.mark.parametrize("level", ["expert", "", None, "x" * 10_000, 3])
def test_a_level_must_be_one_of_the_levels(api, world, level):
    membership = own_membership(world)
    response = api.patch(
        membership_path(membership), {"declared_level": level}, person=world.convener
    )
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == ["declared_level"]


# Removal and history.


def test_a_convener_removes_a_member_once(api, world):
    membership = own_membership(world)

    removed = api.post(membership_path(membership, "/remove"), person=world.convener)
    again = api.post(membership_path(membership, "/remove"), person=world.convener)

    assert removed.status_code == 200
    assert removed.json()["state"] == "left"
    assert again.status_code == 409
    assert error_of(again)["code"] == "not_a_member"
    assert (
        AuditEntry.objects.filter(action="membership.removed", community=world.public).count() == 1
    )
    kinds = list(membership.events.values_list("kind", flat=True))
    assert kinds[-1] == "removed"


def test_members_cannot_remove_themselves_this_way(api, world):
    membership = own_membership(world)
    response = api.post(membership_path(membership, "/remove"), person=world.member)
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"
    membership.refresh_from_db()
    assert membership.state == MembershipState.ACTIVE


def test_a_membership_history_for_its_member_and_the_conveners(api, world):
    membership = own_membership(world)
    api.patch(membership_path(membership), {"declared_level": "occasional"}, person=world.convener)

    mine = api.get(membership_path(membership, "/history"), person=world.member)
    theirs = api.get(membership_path(membership, "/history"), person=world.outsider)

    assert mine.status_code == 200
    [event] = mine.json()["items"]
    assert (event["kind"], event["level"]) == ("level", "occasional")
    assert event["actor"]["id"] == world.convener.pk
    assert theirs.status_code == 404


# Transactional participants.


def test_recording_a_participant_links_an_existing_account(api, world):
    response = api.post(
        "/api/v1/communities/public-cop/participants",
        {"full_name": " Guest Speaker ", "email": "Outsider@Example.org", "country": "md"},
        person=world.convener,
    )

    assert response.status_code == 201
    body = response.json()
    assert body["full_name"] == "Guest Speaker"
    assert body["country"] == "MD"
    assert body["person"]["id"] == world.outsider.pk
    listed = api.get("/api/v1/communities/public-cop/participants", person=world.convener)
    assert [item["id"] for item in listed.json()["items"]] == [body["id"]]
    assert AuditEntry.objects.filter(action="transactional.recorded").exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"full_name": ""}, "full_name"),
        ({"full_name": "x" * 201}, "full_name"),
        ({"full_name": "Two\nlines"}, "full_name"),
        ({"full_name": None}, "full_name"),
        ({"full_name": "Guest", "country": "XX"}, "country"),
        ({"full_name": "Guest", "email": "not an email"}, "email"),
        ({"full_name": "Guest", "email": "a@" + "x" * 300 + ".org"}, "email"),
        ({"full_name": "Guest", "note": "n" * 301}, "note"),
    ],
)
def test_a_participant_with_bad_input_is_a_field_error(api, world, body, field):
    response = api.post("/api/v1/communities/public-cop/participants", body, person=world.convener)
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == [field]
    assert not TransactionalParticipant.objects.exists()


@pytest.mark.parametrize("role", ["member", "sponsor", "outsider"])
def test_only_leaders_record_participants(api, world, role):
    response = api.post(
        "/api/v1/communities/public-cop/participants",
        {"full_name": "Guest"},
        person=world.person(role),
    )
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"


def test_lists_of_requests_run_a_fixed_number_of_queries(api, world, django_assert_max_num_queries):
    for _n in range(15):
        ask_to_join(world.public)
        MembershipFactory(community=world.public)
    _token, raw = access_token_create(person=world.convener, name="test")
    with django_assert_max_num_queries(8):
        response = api.get("/api/v1/communities/public-cop/requests", token=raw)
    assert response.json()["count"] == 15
    assert len(response.json()["items"]) == 15
