"""Recording attendance: the services, the check-in page with htmx, walk-ins and the import."""

import io
import re
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.importing import ImportRow, rows_match, spreadsheet_read
from trellis.activities.models import (
    Activity,
    Attendance,
    AttendanceRole,
    Registration,
    RegistrationAnswer,
)
from trellis.activities.services import attendance as services
from trellis.activities.services import attendance_import as import_services
from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.models import TransactionalParticipant
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

RUNNERS_RECORD_ATTENDANCE = re.escape("Only those who run this activity can record its attendance.")

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(world: Any) -> Any:
    return ActivityFactory(communities=[world.public])


def contributions(person: Any) -> list[tuple[str, str]]:
    return [
        (c.kind, c.details["role"])
        for c in Contribution.objects.standing().filter(person=person, kind__startswith="activity.")
    ]


# Services.


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("participant", ContributionKind.ACTIVITY_ATTENDED),
        ("interpreter", ContributionKind.ACTIVITY_ATTENDED),
        ("organiser", ContributionKind.ACTIVITY_ATTENDED),
        ("speaker", ContributionKind.ACTIVITY_SPOKE),
        ("host", ContributionKind.ACTIVITY_HOSTED),
        ("facilitator", ContributionKind.ACTIVITY_FACILITATED),
    ],
)
def test_marking_records_a_contribution_of_the_role(world, activity, role, kind) -> None:
    services.attendance_mark(
        actor=world.convener, activity=activity, person=world.member, role=role
    )
    contribution = Contribution.objects.get(person=world.member, kind=kind)
    assert contribution.community == world.public
    assert contribution.target == activity
    assert contribution.details["role"] == role


def test_changing_the_role_replaces_the_contribution_and_unmarking_withdraws_it(
    world, activity
) -> None:
    mark = services.attendance_mark
    mark(actor=world.convener, activity=activity, person=world.member, role="participant")
    mark(actor=world.convener, activity=activity, person=world.member, role="participant")
    assert contributions(world.member) == [("activity.attended", "participant")]
    mark(actor=world.convener, activity=activity, person=world.member, role="speaker")
    assert contributions(world.member) == [("activity.spoke", "speaker")]
    assert Attendance.objects.get(activity=activity, person=world.member).role == "speaker"
    services.attendance_unmark(actor=world.convener, activity=activity, person=world.member)
    services.attendance_unmark(actor=world.convener, activity=activity, person=world.member)
    assert contributions(world.member) == []
    assert not Attendance.objects.filter(activity=activity).exists()


def test_only_those_who_run_the_activity_record_attendance(world, activity) -> None:
    with pytest.raises(PermissionDenied, match=RUNNERS_RECORD_ATTENDANCE):
        services.attendance_mark(actor=world.member, activity=activity, person=world.member)
    assert not Attendance.objects.exists()


def test_a_walk_in_guest_has_no_contribution_and_a_known_email_marks_the_member(
    world, activity
) -> None:
    guest_attendance = services.attendance_guest_record(
        actor=world.convener, activity=activity, full_name="Outside Expert", country="SI"
    )
    assert guest_attendance.guest.community == world.public
    assert guest_attendance.person is None
    member_attendance = services.attendance_guest_record(
        actor=world.convener,
        activity=activity,
        full_name="Whatever",
        email="MEMBER@example.org",
        role="speaker",
    )
    assert member_attendance.person == world.member
    assert contributions(world.member) == [("activity.spoke", "speaker")]


def test_import_saves_people_and_guests_and_reuses_guests_on_a_second_import(
    world, activity
) -> None:
    decisions = [
        import_services.ImportDecision(
            row=ImportRow(2, "Member Person", role="host"), person_id=world.member.pk
        ),
        import_services.ImportDecision(
            row=ImportRow(3, "Guest One", email="g1@example.org"), person_id=None
        ),
    ]
    outcome = import_services.attendance_import(
        actor=world.convener, activity=activity, decisions=decisions
    )
    assert (outcome.marked, outcome.guests_created) == (2, 1)
    assert contributions(world.member) == [("activity.hosted", "host")]
    again = import_services.attendance_import(
        actor=world.convener, activity=activity, decisions=decisions
    )
    assert (again.marked, again.already_recorded, again.guests_created) == (0, 2, 0)
    assert TransactionalParticipant.objects.filter(email="g1@example.org").count() == 1


def test_a_failing_import_saves_nothing(world, activity, monkeypatch) -> None:
    calls = []
    real = services.contribution_record

    def failing(**kwargs: Any) -> Any:
        calls.append(kwargs)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        return real(**kwargs)

    monkeypatch.setattr(services, "contribution_record", failing)
    others = [UserFactory() for _ in range(3)]
    decisions = [
        import_services.ImportDecision(row=ImportRow(2, "Guest One"), person_id=None),
        *(
            import_services.ImportDecision(
                row=ImportRow(n + 3, person.full_name), person_id=person.pk
            )
            for n, person in enumerate(others)
        ),
    ]
    with pytest.raises(RuntimeError, match="the database went away"):
        import_services.attendance_import(
            actor=world.convener, activity=activity, decisions=decisions
        )
    assert not Attendance.objects.exists()
    assert not TransactionalParticipant.objects.exists()
    assert not Contribution.objects.filter(kind__startswith="activity.").exists()


# The check-in page.


def test_the_check_in_list_puts_confirmed_registrants_first(client, world, activity) -> None:
    maybe = UserFactory(full_name="Aaron Maybe")
    yes = UserFactory(full_name="Zoe Yes")
    Registration.objects.create(activity=activity, person=maybe, answer=RegistrationAnswer.MAYBE)
    Registration.objects.create(activity=activity, person=yes, answer=RegistrationAnswer.YES)
    services.attendance_guest_record(
        actor=world.convener, activity=activity, full_name="Gina Guest"
    )
    client.force_login(world.convener)
    response = client.get(f"/activities/{activity.pk}/attendance/")
    assert response.status_code == 200
    page = response.content.decode()
    assert page.index("Zoe Yes") < page.index("Aaron Maybe") < page.index("Gina Guest")
    assert f'href="/activities/{activity.pk}/"' in page


def test_htmx_marking_returns_only_the_row(client, world, activity) -> None:
    client.force_login(world.convener)
    response = client.post(
        f"/activities/{activity.pk}/attendance/mark/",
        {"person": world.member.pk, "present": "on", "role": "facilitator"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    row = response.content.decode()
    assert row.lstrip().startswith(f'<tr id="attendance-person-{world.member.pk}"')
    assert "<html" not in row
    assert 'value="facilitator" selected' in row and "checked" in row
    assert contributions(world.member) == [("activity.facilitated", "facilitator")]
    assert 'id="present-count"' in row and 'hx-swap-oob="true"' in row
    assert "1 person recorded as present." in row
    unticked = client.post(
        f"/activities/{activity.pk}/attendance/mark/",
        {"person": world.member.pk, "role": "facilitator"},
        HTTP_HX_REQUEST="true",
    )
    assert "checked" not in unticked.content.decode()
    assert "0 people recorded as present." in unticked.content.decode()
    assert not Attendance.objects.exists()


def test_without_htmx_marking_redirects_back_to_the_list(client, world, activity) -> None:
    client.force_login(world.convener)
    response = client.post(
        f"/activities/{activity.pk}/attendance/mark/",
        {"person": world.member.pk, "present": "on", "role": "participant"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/activities/{activity.pk}/attendance/"
    assert Attendance.objects.filter(person=world.member).exists()


def test_walk_in_form_keeps_what_was_typed_on_error(client, world, activity) -> None:
    client.force_login(world.convener)
    response = client.post(
        f"/activities/{activity.pk}/attendance/walk-in/",
        {"full_name": "Walk In", "email": "not-an-email", "role": "participant"},
    )
    assert response.status_code == 200
    assert 'value="Walk In"' in response.content.decode()
    assert not Attendance.objects.exists()


def test_member_search_offers_people_to_add(client, world, activity) -> None:
    client.force_login(world.convener)
    response = client.get(f"/activities/{activity.pk}/attendance/", {"q": "Member"})
    assert "Member Person" in response.content.decode()


def test_sessions_get_a_switcher(client, world, activity) -> None:
    session = ActivityFactory(
        communities=[world.public],
        parent=activity,
        starts_at=activity.starts_at,
        ends_at=activity.starts_at + timedelta(hours=1),
        title={"en": "Workshop A"},
    )
    client.force_login(world.convener)
    page = client.get(f"/activities/{session.pk}/attendance/").content.decode()
    assert f'href="/activities/{activity.pk}/attendance/"' in page
    assert "Workshop A" in page and 'aria-current="page"' in page


def read_and_match(content: bytes) -> Any:
    return rows_match(spreadsheet_read(content).rows)


def test_confirm_without_choices_records_what_the_review_proposes(world, activity) -> None:
    UserFactory(full_name="Dmitry Volkov", country="KZ")
    UserFactory(full_name="Dmitry Volkov", country="AM")
    matches = read_and_match(
        b"Name,Email\nSomeone,member@example.org\nDmitry Volkov,\nNew Guest,new@example.org\n"
    )
    outcome = import_services.attendance_import_confirm(
        actor=world.convener, activity=activity, matches=matches
    )
    assert (outcome.marked, outcome.guests_created, outcome.skipped) == (2, 1, 1)
    recorded = set(Attendance.objects.values_list("person", "guest__full_name"))
    assert recorded == {(world.member.pk, None), (None, "New Guest")}


def test_confirm_refuses_every_row_that_chooses_someone_not_offered(world, activity) -> None:
    matches = read_and_match(b"Name\nSomebody New\nAnother One\n")
    choices = {2: f"person:{world.admin.pk}", 3: "person:x"}
    with pytest.raises(ValidationError, match="Row 2: choose one of the people offered") as error:
        import_services.attendance_import_confirm(
            actor=world.convener, activity=activity, matches=matches, choices=choices
        )
    assert "Row 3: choose one of the people offered." in error.value.messages
    assert not Attendance.objects.exists()


def test_only_those_who_record_attendance_confirm_an_import(world, activity) -> None:
    matches = read_and_match(b"Name\nSomebody New\n")
    with pytest.raises(PermissionDenied, match=RUNNERS_RECORD_ATTENDANCE):
        import_services.attendance_import_confirm(
            actor=world.member, activity=activity, matches=matches
        )
    assert not TransactionalParticipant.objects.exists()


# Import: upload, review, confirm.


def upload(client: Any, activity: Activity, content: bytes, name: str = "list.csv") -> Any:
    return client.post(
        f"/activities/{activity.pk}/attendance/import/",
        {"file": SimpleUploadedFile(name, content)},
    )


def test_import_is_reviewed_before_anything_is_saved(client, world, activity) -> None:
    twin_a = UserFactory(full_name="Дмитрий Волков", country="KZ")
    twin_b = UserFactory(full_name="Dmitry Volkov", country="AM")
    content = (
        "ФИО;Эл. почта;Страна\n"
        "Member Person;member@example.org;\n"
        "Дмитрий Волков;;\n"
        "Новый Гость;guest@example.org;KZ\n"
        ";;\n"
        ";nobody@example.org;\n"
    ).encode("cp1251")
    client.force_login(world.convener)
    response = upload(client, activity, content, name="list.txt")
    assert response.status_code == 302
    review = client.get(response["Location"])
    page = review.content.decode()
    assert "by email" in page and "Several people have this name" in page
    assert "Row 6: no name" in page
    assert not Attendance.objects.exists()
    confirmed = client.post(
        response["Location"],
        {"row-2": f"person:{world.member.pk}", "row-3": f"person:{twin_b.pk}", "row-4": "guest"},
    )
    assert confirmed.status_code == 302
    recorded = set(Attendance.objects.values_list("person", "guest__full_name"))
    assert recorded == {(world.member.pk, None), (twin_b.pk, None), (None, "Новый Гость")}
    assert not Attendance.objects.filter(person=twin_a).exists()


def test_review_refuses_a_person_who_was_not_offered(client, world, activity) -> None:
    client.force_login(world.convener)
    response = upload(client, activity, b"Name\nSomebody New\n")
    refused = client.post(response["Location"], {"row-2": f"person:{world.admin.pk}"})
    assert refused.status_code == 200
    assert "choose one of the people offered" in refused.content.decode()
    assert not Attendance.objects.exists()


def test_an_unreadable_upload_is_refused_on_the_form(client, world, activity) -> None:
    client.force_login(world.convener)
    response = upload(client, activity, b"Email\nx@y.org\n")
    assert response.status_code == 200
    assert "No column of names was found" in response.content.decode()


def test_an_xlsx_upload_is_read(client, world, activity) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["Name", "Email"])
    workbook.active.append(["Member Person", "member@example.org"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    client.force_login(world.convener)
    response = upload(client, activity, buffer.getvalue(), name="list.csv")
    client.post(response["Location"], {})
    assert Attendance.objects.get().person == world.member
    assert Attendance.objects.get().role == AttendanceRole.PARTICIPANT
