"""The attendance API: list, mark, import (with dry run); every answer checked against OpenAPI."""

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import Attendance
from trellis.activities.tests.factories import ActivityFactory
from trellis.api.tests.client import assert_matches_openapi, error_of
from trellis.communities.models import TransactionalParticipant
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(world: Any) -> Any:
    return ActivityFactory(communities=[world.public])


def upload(client: Any, activity: Any, content: bytes, **fields: Any) -> Any:
    query = "?dry_run=true" if fields.pop("query_dry_run", False) else ""
    response = client.post(
        f"/api/v1/activities/{activity.pk}/attendance/import{query}",
        {"file": SimpleUploadedFile("list.csv", content), **fields},
    )
    assert_matches_openapi(response)
    return response


LIST = (
    b"Name,Email,Country,Role\n"
    b"Someone,MEMBER@example.org,,speaker\n"
    b"Dmitry Volkov,,,\n"
    b"New Guest,guest@example.org,SI,\n"
    b",orphan@example.org,,\n"
)


def test_mark_then_list(api, world, activity) -> None:
    url = f"/api/v1/activities/{activity.pk}/attendance"
    created = api.post(url, {"person_id": world.member.pk, "role": "host"}, person=world.convener)
    assert created.status_code == 201
    assert created.json()["person"]["id"] == world.member.pk
    again = api.post(url, {"person_id": world.member.pk, "role": "speaker"}, person=world.convener)
    assert again.status_code == 200 and again.json()["role"] == "speaker"
    guest = api.post(
        url, {"guest": {"full_name": "Walk In", "country": "SI"}}, person=world.convener
    )
    assert guest.status_code == 201 and guest.json()["person"] is None
    listed = api.get(url, person=world.convener).json()
    assert listed["count"] == 2
    assert {item["role"] for item in listed["items"]} == {"speaker", "participant"}
    assert Contribution.objects.filter(person=world.member, kind="activity.spoke").count() == 1


def test_mark_refuses_bad_input(api, world, activity) -> None:
    url = f"/api/v1/activities/{activity.pk}/attendance"
    both = api.post(
        url, {"person_id": world.member.pk, "guest": {"full_name": "X"}}, person=world.convener
    )
    assert both.status_code == 422
    role = api.post(url, {"person_id": world.member.pk, "role": "boss"}, person=world.convener)
    assert role.status_code == 422 and "role" in error_of(role)["fields"]
    email = api.post(url, {"guest": {"full_name": "X", "email": "nope"}}, person=world.convener)
    assert email.status_code == 422
    missing = api.post(url, {"person_id": 999999}, person=world.convener)
    assert missing.status_code == 404


@pytest.mark.parametrize(
    ("role", "status"), [("visitor", 401), ("outsider", 403), ("member", 403), ("sponsor", 403)]
)
def test_only_those_who_run_it_see_the_list(api, world, activity, role, status) -> None:
    response = api.get(f"/api/v1/activities/{activity.pk}/attendance", person=world.person(role))
    assert response.status_code == status


def test_a_private_activity_is_not_found_for_outsiders(api, world) -> None:
    private = ActivityFactory(communities=[world.private])
    response = api.get(f"/api/v1/activities/{private.pk}/attendance", person=world.outsider)
    assert response.status_code == 404


@pytest.mark.parametrize("how", ["query_dry_run", "dry_run"])
def test_dry_run_reports_matches_and_saves_nothing(client, world, activity, how) -> None:
    UserFactory(full_name="Дмитрий Волков")
    UserFactory(full_name="Dmitriy Volkov")
    client.force_login(world.convener)
    fields = {"query_dry_run": True} if how == "query_dry_run" else {"dry_run": "true"}
    response = upload(client, activity, LIST, **fields)
    assert response.status_code == 200
    report = response.json()
    assert report["dry_run"] is True and report["saved"] is None
    assert [(row["row"], row["match"]) for row in report["rows"]] == [
        (2, "email"),
        (3, "ambiguous"),
        (4, "guest"),
    ]
    assert len(report["rows"][1]["candidate_ids"]) == 2
    assert report["rejected"] == [{"row": 5, "reason": "no name"}]
    assert not Attendance.objects.exists()
    assert not TransactionalParticipant.objects.exists()


def test_import_saves_matched_rows_and_guests_and_skips_ambiguous_ones(
    client, world, activity
) -> None:
    UserFactory(full_name="Дмитрий Волков")
    UserFactory(full_name="Dmitriy Volkov")
    client.force_login(world.convener)
    response = upload(client, activity, LIST)
    assert response.status_code == 200
    assert response.json()["saved"] == {
        "marked": 2,
        "role_changed": 0,
        "already_recorded": 0,
        "guests_created": 1,
        "skipped_ambiguous": 1,
    }
    assert Attendance.objects.get(person=world.member).role == "speaker"
    assert Attendance.objects.filter(guest__email="guest@example.org").exists()


def test_import_refuses_unreadable_files_and_outsiders(client, world, activity) -> None:
    client.force_login(world.convener)
    refused = upload(client, activity, b"\x00\x01\x02 binary")
    assert refused.status_code == 422
    assert "file" in error_of(refused)["fields"]
    client.force_login(world.member)
    assert upload(client, activity, LIST).status_code == 403
