"""Reads for the check-in list and the attendance API, on behalf of the person asking."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q

from trellis.activities import permissions
from trellis.activities.models import (
    Activity,
    Attendance,
    AttendanceRole,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.communities.models import TransactionalParticipant
from trellis.core.permissions import require

if TYPE_CHECKING:
    from trellis.accounts.models import User


def attendance_list(*, viewer: Any, activity: Activity) -> Any:
    """Everyone recorded at the activity, members first, for those who record attendance."""
    require(viewer, permissions.can_record_attendance(viewer, activity))
    return (
        Attendance.objects.filter(activity=activity)
        .select_related("person", "guest")
        .order_by("guest", "person__full_name", "guest__full_name", "pk")
    )


@dataclass
class CheckInRow:
    """One line of the check-in list: a registrant or someone already recorded."""

    key: str
    person: Any = None
    guest: Any = None
    registration: Any = None
    attendance: Any = None

    @property
    def attended(self) -> bool:
        return self.attendance is not None

    @property
    def role(self) -> str:
        return self.attendance.role if self.attendance else AttendanceRole.PARTICIPANT


_ANSWER_ORDER = {RegistrationAnswer.YES: 0, RegistrationAnswer.MAYBE: 1, RegistrationAnswer.NO: 2}


def _registration_rank(registration: Registration) -> tuple[int, int]:
    confirmed = registration.state == RegistrationState.CONFIRMED
    if confirmed and registration.answer == RegistrationAnswer.YES:
        return (0, 0)
    if confirmed and registration.answer == RegistrationAnswer.MAYBE:
        return (1, 0)
    waiting = registration.state == RegistrationState.WAITLISTED
    return (2 if waiting else 3, _ANSWER_ORDER.get(RegistrationAnswer(registration.answer), 3))


def checkin_list(*, viewer: Any, activity: Activity) -> list[CheckInRow]:
    """Registrants (confirmed yes, then maybe, then the others), then everyone else recorded.

    A session lists the registrants of its own and of the activity it belongs to. Three
    queries, however long the list.
    """
    attendances = list(attendance_list(viewer=viewer, activity=activity))
    by_person = {a.person_id: a for a in attendances if a.person_id is not None}
    registered_for = [activity.pk] + ([activity.parent_id] if activity.parent_id else [])
    registrations = sorted(
        Registration.objects.filter(activity_id__in=registered_for).select_related("person"),
        key=lambda r: (r.activity_id != activity.pk, _registration_rank(r)),
    )
    best: dict[int, Registration] = {}
    for registration in registrations:
        best.setdefault(registration.person_id, registration)
    ordered = sorted(
        best.values(), key=lambda r: (_registration_rank(r), r.person.full_name.casefold())
    )
    rows = [
        CheckInRow(
            key=f"person-{r.person_id}",
            person=r.person,
            registration=r,
            attendance=by_person.get(r.person_id),
        )
        for r in ordered
        if r.person.is_active or r.person_id in by_person
    ]
    listed = {r.person_id for r in ordered}
    for attendance in attendances:
        if attendance.person_id is not None and attendance.person_id not in listed:
            rows.append(
                CheckInRow(
                    key=f"person-{attendance.person_id}",
                    person=attendance.person,
                    attendance=attendance,
                )
            )
        elif attendance.guest_id is not None:
            rows.append(
                CheckInRow(
                    key=f"guest-{attendance.guest_id}",
                    guest=attendance.guest,
                    attendance=attendance,
                )
            )
    return rows


def checkin_row(
    *,
    viewer: Any,
    activity: Activity,
    person: "User | None" = None,
    guest: TransactionalParticipant | None = None,
) -> CheckInRow:
    """The one line of the check-in list an htmx request replaces after a mark."""
    require(viewer, permissions.can_record_attendance(viewer, activity))
    who = Q(person=person) if person is not None else Q(guest=guest)
    attendance = Attendance.objects.filter(who, activity=activity).first()
    registration = None
    if person is not None:
        registrations = Registration.objects.filter(person=person)
        registration = registrations.filter(activity=activity).first()
        if registration is None and activity.parent_id is not None:
            registration = registrations.filter(activity_id=activity.parent_id).first()
    key = f"person-{person.pk}" if person is not None else f"guest-{guest.pk if guest else 0}"
    return CheckInRow(
        key=key, person=person, guest=guest, registration=registration, attendance=attendance
    )


def attendees_count(activities: Iterable[Activity]) -> dict[int, int]:
    """Number recorded at each activity (for a session switcher), in one query."""
    rows = (
        Attendance.objects.filter(activity__in=list(activities))
        .values("activity_id")
        .annotate(count=Count("pk"))
    )
    return {row["activity_id"]: row["count"] for row in rows}
