"""Rows for attendance: the check-in list, walk-ins, the spreadsheet import and their API."""

from types import SimpleNamespace
from typing import Any

from trellis.activities.importing import rows_match, spreadsheet_read
from trellis.activities.models import Activity, Attendance
from trellis.activities.tests.factories import ActivityFactory
from trellis.activities.views.attendance_import import _import_store
from trellis.tests.permission_rows import (
    API_MANAGERS,
    API_MANAGERS_PRIVATE,
    MANAGERS,
    MANAGERS_PRIVATE,
    Row,
)

CSV = b"Name;Email;Country\nWalk In;walk.in@example.org;SI\n"


class RereadableFile:
    """An upload the test client can send once per case: every read gives the whole file."""

    name = "attendance.csv"
    content_type = "text/csv"

    def read(self, *args: Any) -> bytes:
        return CSV


def attendance_url(suffix: str = "") -> Any:
    def url(world: Any, community: Any) -> str:
        activity = ActivityFactory(communities=[community])
        return f"/activities/{activity.pk}/attendance/{suffix}"

    return url


def api_url(suffix: str = "") -> Any:
    def url(world: Any, community: Any) -> str:
        activity = ActivityFactory(communities=[community])
        return f"/api/v1/activities/{activity.pk}/attendance{suffix}"

    return url


def pending_import(world: Any, community: Any) -> dict[str, Any]:
    """What uploading the spreadsheet leaves in the session, waiting for review."""
    activity = Activity.objects.filter(communities=community).latest("pk")
    sheet = spreadsheet_read(CSV)
    pending = SimpleNamespace(session={})
    _import_store(
        pending, activity, name="attendance.csv", matches=rows_match(sheet.rows), sheet=sheet
    )
    return pending.session


def attendees(world: Any, community: Any) -> int:
    return Attendance.objects.filter(activity__communities=community).count()


ROWS = [
    Row("activities:attendance", "GET", attendance_url(), MANAGERS, MANAGERS_PRIVATE),
    Row(
        "activities:attendance_mark",
        "POST",
        attendance_url("mark/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data=lambda w, c: {"person": w.member.pk, "present": "on", "role": "participant"},
        effect=attendees,
    ),
    Row(
        "activities:attendance_walk_in",
        "POST",
        attendance_url("walk-in/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data={"full_name": "Walk In", "country": "SI", "role": "participant"},
        effect=attendees,
    ),
    Row(
        "activities:attendance_import",
        "GET",
        attendance_url("import/"),
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "activities:attendance_import",
        "POST",
        attendance_url("import/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data={"file": RereadableFile()},
        # The upload waits in the session for review; nothing is saved yet.
        changes=False,
    ),
    Row(
        "activities:attendance_import_review",
        "GET",
        attendance_url("import/review/"),
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "activities:attendance_import_review",
        "POST",
        attendance_url("import/review/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        session=pending_import,
        effect=attendees,
    ),
    Row("api:attendance_list", "GET", api_url(), API_MANAGERS, API_MANAGERS_PRIVATE),
    Row(
        "api:attendance_mark",
        "POST",
        api_url(),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"guest": {"full_name": "Walk In", "country": "SI"}, "role": "speaker"},
        json=True,
    ),
    Row(
        "api:attendance_import",
        "POST",
        api_url("/import"),
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"file": RereadableFile()},
        effect=attendees,
    ),
]
