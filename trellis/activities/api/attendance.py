"""Attendance: the list of who was there, marking one person, importing a spreadsheet.

Only those who record attendance (the activity's conveners and network admins) may use these;
others who can see the activity get 403, the rest 404, as for an activity that does not exist.
"""

from datetime import datetime
from typing import Annotated, Any, Literal

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, File, Form, Query, Router, Schema
from ninja.files import UploadedFile
from ninja.pagination import paginate
from ninja.responses import Status
from pydantic import StringConstraints

from trellis.activities.importing import (
    MAX_BYTES,
    SpreadsheetError,
    rows_match,
    spreadsheet_read,
)
from trellis.activities.models import Attendance, AttendanceRole
from trellis.activities.selectors import attendance as attendance_reads
from trellis.activities.services import attendance as services
from trellis.activities.services import attendance_import as import_services
from trellis.core.api_schemas import (
    ONE_LINE,
    CountryCode,
    InputSchema,
    ObjectId,
    Pagination,
    PathId,
    error_responses,
)
from trellis.core.permissions import signed_in_person

router = Router(tags=["attendance"])

ShortText = Annotated[str, StringConstraints(max_length=200, strip_whitespace=True), ONE_LINE]


class AttendeePersonOut(Schema):
    id: int
    full_name: str
    full_name_latin: str
    country: str = Field(description="ISO 3166-1 alpha-2 code, or empty.")


class AttendeeGuestOut(Schema):
    id: int
    full_name: str
    organisation: str
    country: str = Field(description="ISO 3166-1 alpha-2 code, or empty.")


class AttendanceOut(Schema):
    id: int
    role: AttendanceRole
    person: AttendeePersonOut | None = Field(description="The member, or null for a guest.")
    guest: AttendeeGuestOut | None = Field(description="The guest without an account, or null.")
    recorded_at: datetime

    @staticmethod
    def resolve_person(attendance: Attendance) -> dict[str, Any] | None:
        person = attendance.person
        if person is None:
            return None
        return {
            "id": person.pk,
            "full_name": person.full_name,
            "full_name_latin": person.full_name_latin,
            "country": str(person.country or ""),
        }

    @staticmethod
    def resolve_guest(attendance: Attendance) -> dict[str, Any] | None:
        guest = attendance.guest
        if guest is None:
            return None
        return {
            "id": guest.pk,
            "full_name": guest.full_name,
            "organisation": guest.organisation,
            "country": str(guest.country or ""),
        }


class GuestIn(InputSchema):
    full_name: Annotated[
        str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True), ONE_LINE
    ]
    organisation: ShortText = ""
    country: CountryCode = Field("", description="ISO 3166-1 alpha-2 code.")
    email: Annotated[str, StringConstraints(max_length=254, strip_whitespace=True)] = ""


class AttendanceMarkIn(InputSchema):
    person_id: ObjectId | None = Field(None, description="A member; or give `guest`.")
    guest: GuestIn | None = Field(None, description="Someone without an account.")
    role: AttendanceRole = AttendanceRole.PARTICIPANT


class ImportRowOut(Schema):
    row: int = Field(description="The row's number in the file, the header row included.")
    full_name: str
    email: str
    country: str
    organisation: str
    role: str = Field(description="The role the file gives, or empty.")
    match: Literal["email", "name", "ambiguous", "guest"]
    person_id: int | None = Field(description="The matched member, if matched.")
    candidate_ids: list[int] = Field(description="Members the name fits, if several.")
    notes: list[str]


class RejectedRowOut(Schema):
    row: int
    reason: str


class ImportCountsOut(Schema):
    marked: int
    role_changed: int
    already_recorded: int
    guests_created: int
    skipped_ambiguous: int


class ImportReportOut(Schema):
    dry_run: bool
    columns: dict[str, str] = Field(description="Which header of the file was read as what.")
    rows: list[ImportRowOut]
    rejected: list[RejectedRowOut]
    saved: ImportCountsOut | None = Field(description="What was saved; null for a dry run.")


@router.get(
    "/activities/{activity_id}/attendance",
    response={200: list[AttendanceOut], **error_responses(403, 404, 422)},
)
@paginate(Pagination)
def attendance_list(request: HttpRequest, activity_id: PathId) -> QuerySet[Attendance]:
    activity = attendance_reads.access_recorded_activity(
        viewer=request.user, activity_id=activity_id
    )
    return attendance_reads.attendance_list(viewer=request.user, activity=activity)


@router.post(
    "/activities/{activity_id}/attendance",
    response={200: AttendanceOut, 201: AttendanceOut, **error_responses(403, 404, 413, 422)},
    summary="Mark one person as present",
    description="Marks a member (`person_id`) or records a guest (`guest`) in a role. "
    "Marking a member again changes only the role (200); a new mark answers 201.",
)
def attendance_mark(
    request: HttpRequest, activity_id: PathId, payload: AttendanceMarkIn
) -> Status[Attendance]:
    activity = attendance_reads.access_recorded_activity(
        viewer=request.user, activity_id=activity_id
    )
    actor = signed_in_person(request)
    if (payload.person_id is None) == (payload.guest is None):
        raise ValidationError(_("Give either person_id or guest."))
    if payload.person_id is not None:
        person, _guest = attendance_reads.attendee_get(
            person_id=payload.person_id, active_only=True
        )
        assert person is not None
        existed = attendance_reads.attendance_is_recorded(activity=activity, person=person)
        attendance = services.attendance_mark(
            actor=actor, activity=activity, person=person, role=payload.role
        )
        return Status(200 if existed else 201, attendance)
    assert payload.guest is not None
    attendance = services.attendance_guest_record(
        actor=actor, activity=activity, role=payload.role, **payload.guest.model_dump()
    )
    return Status(201, attendance)


@router.post(
    "/activities/{activity_id}/attendance/import",
    response={200: ImportReportOut, **error_responses(403, 404, 413, 422)},
    summary="Import an attendance list from a spreadsheet",
    description="Multipart upload, field `file`: XLSX, or CSV in UTF-8 or Windows-1251 with "
    f"commas or semicolons, at most {MAX_BYTES // (1024 * 1024)} MB. With `dry_run=true` "
    "(query or form field) nothing is saved and the match report is returned. Otherwise rows "
    "matched by email or name and new guests are saved in one transaction (all or nothing); "
    "rows whose name fits several members are skipped and reported.",
)
def attendance_import(
    request: HttpRequest,
    activity_id: PathId,
    file: File[UploadedFile],
    dry_run: bool = Query(False),
    dry_run_form: bool = Form(False, alias="dry_run"),
) -> ImportReportOut:
    activity = attendance_reads.access_recorded_activity(
        viewer=request.user, activity_id=activity_id
    )
    actor = signed_in_person(request)
    if file.size is not None and file.size > MAX_BYTES:
        raise ValidationError(
            {"file": _("The file is larger than %(limit)s MB.") % {"limit": MAX_BYTES // 1048576}}
        )
    try:
        sheet = spreadsheet_read(file.read())
    except SpreadsheetError as error:
        raise ValidationError({"file": error.messages}) from error
    matches = rows_match(sheet.rows)
    is_dry_run = dry_run or dry_run_form
    saved = None
    if not is_dry_run:
        # No review here: every row is recorded as the review page would propose.
        outcome = import_services.attendance_import_confirm(
            actor=actor, activity=activity, matches=matches
        )
        saved = ImportCountsOut(
            marked=outcome.marked,
            role_changed=outcome.role_changed,
            already_recorded=outcome.already_recorded,
            guests_created=outcome.guests_created,
            skipped_ambiguous=outcome.skipped,
        )
    return ImportReportOut(
        dry_run=is_dry_run,
        columns=sheet.columns,
        rows=[
            ImportRowOut(
                row=match.row.number,
                full_name=match.row.full_name,
                email=match.row.email,
                country=match.row.country,
                organisation=match.row.organisation,
                role=match.row.role,
                match=match.how,  # type: ignore[arg-type]
                person_id=match.person_id,
                candidate_ids=list(match.candidate_ids),
                notes=list(match.row.notes),
            )
            for match in matches
        ],
        rejected=[RejectedRowOut(row=item.number, reason=item.reason) for item in sheet.rejected],
        saved=saved,
    )
