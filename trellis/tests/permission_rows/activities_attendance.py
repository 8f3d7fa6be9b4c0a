"""Rows for attendance: the check-in list, walk-ins, the spreadsheet import and their API."""

from typing import Any

from trellis.activities.tests.factories import ActivityFactory
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


# Who is marked is known only once the world exists: building the path fills it in (the
# matrix builds the path before it sends the row's data).
MARK_DATA: dict[str, Any] = {"present": "on", "role": "participant"}


def member_mark(world: Any, community: Any) -> str:
    MARK_DATA["person"] = world.member.pk
    return attendance_url("mark/")(world, community)


ROWS = [
    Row("activities:attendance", "GET", attendance_url(), MANAGERS, MANAGERS_PRIVATE),
    Row(
        "activities:attendance_mark",
        "POST",
        member_mark,
        MANAGERS,
        MANAGERS_PRIVATE,
        data=MARK_DATA,
    ),
    Row(
        "activities:attendance_walk_in",
        "POST",
        attendance_url("walk-in/"),
        MANAGERS,
        MANAGERS_PRIVATE,
        data={"full_name": "Walk In", "country": "SI", "role": "participant"},
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
        data={"cancel": "1"},
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
        data={"file": RereadableFile(), "dry_run": "true"},
    ),
]
