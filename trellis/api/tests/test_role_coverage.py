"""GET/POST /communities/{slug}/roles: leadership coverage with vacant roles and the rotation
history, and assigning a role; PATCH /roles/{id}: changing an assignment's period."""

from datetime import date

import pytest

from trellis.api.tests.client import error_of
from trellis.communities.models import AuditEntry, RoleAssignment
from trellis.communities.tests.coverage import PAST_END, SINCE, leaders_build

pytestmark = pytest.mark.django_db

ROLES = "/api/v1/communities/public-cop/roles"


def _by_role(body):
    return {entry["role"]: entry for entry in body["roles"]}


def test_a_member_reads_filled_and_vacant_roles_and_the_history(api, world):
    leaders_build(world)

    body = api.get(ROLES, person=world.member).json()

    roles = _by_role(body)
    assert len(roles) == 10
    assert body["vacant"] == 5
    assert roles["value_detective"]["vacant"] is True
    assert roles["value_detective"]["holders"] == []
    friend = roles["critical_friend"]["holders"]
    assert [h["person"]["full_name"] for h in friend] == ["Vera Figner"]
    assert friend[0]["starts_on"] == SINCE.isoformat()
    ada = roles["agenda_setter"]["holders"][0]
    assert (ada["roles_here"], ada["roles_in_network"], ada["holds_many"]) == (3, 3, True)
    assert body["history_count"] == 1
    [past] = body["history"]
    assert past["person"]["full_name"] == "Boris Pasternak"
    assert past["assigned_by"]["full_name"] == "Admin Person"
    assert past["ends_on"] == PAST_END.isoformat()


def test_the_history_is_paged(api, world):
    leaders_build(world)

    body = api.get(ROLES + "?history_limit=0", person=world.member).json()
    later = api.get(ROLES + "?history_offset=1", person=world.member).json()

    assert (body["history"], body["history_count"]) == ([], 1)
    assert later["history"] == []
    assert api.get(ROLES + "?history_limit=500", person=world.member).status_code == 422


def test_a_convener_fills_a_vacant_role(api, world):
    leaders = leaders_build(world)

    response = api.post(
        ROLES, {"person": leaders.vera.pk, "role": "value_detective"}, person=world.convener
    )
    refused = api.post(
        ROLES, {"person": leaders.vera.pk, "role": "practice_developer"}, person=world.member
    )

    assert response.status_code == 201
    assert response.json()["role"] == "value_detective"
    assert refused.status_code == 403
    after = api.get(ROLES, person=world.member).json()
    assert after["vacant"] == 4
    assert _by_role(after)["value_detective"]["holders"][0]["person"]["full_name"] == "Vera Figner"


def test_a_convener_changes_the_period_and_it_is_audited(api, world):
    leaders = leaders_build(world)
    assignment = RoleAssignment.objects.get(person=leaders.vera)
    path = f"/api/v1/roles/{assignment.pk}"

    ended = api.patch(path, {"ends_on": "2022-01-31"}, person=world.convener)
    moved = api.patch(path, {"starts_on": "2021-08-01"}, person=world.admin)
    reopened = api.patch(path, {"ends_on": None}, person=world.convener)

    assert ended.status_code == 200
    assert ended.json()["ends_on"] == "2022-01-31"
    assert moved.json()["starts_on"] == "2021-08-01"
    assert moved.json()["ends_on"] == "2022-01-31"
    assert reopened.json()["ends_on"] is None
    assignment.refresh_from_db()
    assert (assignment.starts_on, assignment.ends_on) == (date(2021, 8, 1), None)
    assert AuditEntry.objects.filter(action="role.period_changed").count() == 3


def test_bad_periods_are_refused_with_a_translated_message(api, world):
    leaders = leaders_build(world)
    assignment = RoleAssignment.objects.get(person=leaders.vera)
    path = f"/api/v1/roles/{assignment.pk}"

    before = api.patch(path, {"ends_on": "2020-01-01"}, person=world.convener)
    russian = api.patch(path, {"ends_on": "2020-01-01"}, person=world.convener, language="ru")
    garbled = api.patch(path, {"ends_on": "2021-13-45"}, person=world.convener)

    assert before.status_code == 422
    assert "ends_on" in error_of(before)["fields"]
    assert error_of(before)["fields"]["ends_on"] == ["A role cannot end before it starts."]
    assert error_of(russian)["fields"]["ends_on"] == [
        "Роль не может закончиться раньше, чем началась."
    ]
    assert garbled.status_code == 422
    assignment.refresh_from_db()
    assert assignment.ends_on is None
    assert not AuditEntry.objects.filter(action="role.period_changed").exists()


def test_only_those_who_assign_change_a_period(api, world):
    leaders = leaders_build(world)
    assignment = RoleAssignment.objects.get(person=leaders.vera)
    path = f"/api/v1/roles/{assignment.pk}"

    assert api.patch(path, {"ends_on": "2022-01-31"}, person=world.member).status_code == 403
    assert api.patch(path, {"ends_on": "2022-01-31"}).status_code == 401
    assert api.patch("/api/v1/roles/999999", {}, person=world.admin).status_code == 404
    assignment.refresh_from_db()
    assert assignment.ends_on is None
