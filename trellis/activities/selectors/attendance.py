"""Reads for the check-in list and the attendance API, on behalf of the person asking."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404

from trellis.activities import permissions
from trellis.activities.importing import CHOICE_PERSON, MatchHow, RowMatch, import_choice_default
from trellis.activities.models import (
    Activity,
    Attendance,
    AttendanceRole,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.activities.selectors import access_activity
from trellis.communities.models import TransactionalParticipant
from trellis.core.permissions import require

if TYPE_CHECKING:
    from trellis.accounts.models import User


def access_recorded_activity(*, viewer: Any, activity_id: int) -> Activity:
    """The activity whose attendance the viewer records: 404 when they may not know it
    exists, 403 when they see it but do not record its attendance."""
    activity = access_activity(viewer=viewer, activity_id=activity_id)
    require(
        viewer,
        permissions.can_record_attendance(viewer, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
    return activity


def checkin_session_list(*, viewer: Any, activity: Activity) -> list[Activity]:
    """The activity (or the one a session belongs to) and its sessions, for the session
    switcher of the check-in list; [] when there are no sessions."""
    require(
        viewer,
        permissions.can_record_attendance(viewer, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
    root = activity.parent if activity.parent is not None else activity
    sessions = list(root.sessions.order_by("starts_at", "id"))
    return [root, *sessions] if sessions else []


def attendance_list(*, viewer: Any, activity: Activity) -> Any:
    """Everyone recorded at the activity, members first, for those who record attendance."""
    require(
        viewer,
        permissions.can_record_attendance(viewer, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
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


def checkin_rows_matching(rows: Sequence[CheckInRow], *, search: str) -> list[CheckInRow]:
    """The lines of the check-in list whose name (in either script), organisation or country
    (its name in the reader's language, or its code) contains `search`, ignoring case.

    Filters the list already read, so the page runs no more queries for it."""
    needle = search.strip().casefold()
    if not needle:
        return list(rows)

    def words(row: CheckInRow) -> str:
        who = row.person if row.person is not None else row.guest
        return " ".join(
            [
                who.full_name,
                getattr(who, "full_name_latin", ""),
                who.organisation,
                str(who.country.name) if who.country else "",
                who.country.code if who.country else "",
            ]
        ).casefold()

    return [row for row in rows if needle in words(row)]


def checkin_row(
    *,
    viewer: Any,
    activity: Activity,
    person: "User | None" = None,
    guest: TransactionalParticipant | None = None,
) -> CheckInRow:
    """The one line of the check-in list an htmx request replaces after a mark."""
    require(
        viewer,
        permissions.can_record_attendance(viewer, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
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


def attendee_get(
    *, person_id: int | None = None, guest_id: int | None = None, active_only: bool = False
) -> "tuple[User | None, TransactionalParticipant | None]":
    """The member or the guest to mark, by id (give one); 404 when there is none."""
    if person_id is not None:
        people = get_user_model().objects.all()
        if active_only:
            people = people.filter(is_active=True)
        return get_object_or_404(people, pk=person_id), None
    return None, get_object_or_404(TransactionalParticipant, pk=guest_id)


def attendance_is_recorded(*, activity: Activity, person: "User") -> bool:
    return Attendance.objects.filter(activity=activity, person=person).exists()


def _person_label(person: Any) -> str:
    label = person.full_name
    if person.full_name_latin and person.full_name_latin != person.full_name:
        label += f" / {person.full_name_latin}"
    if person.country:
        label += f" ({person.country.code})"
    if person.organisation:
        label += f", {person.organisation}"
    return label


@dataclass(frozen=True)
class ImportReviewRow:
    """A row of the list as the review shows it: its match, the members it may be recorded
    as (value, label), and the choice shown selected."""

    match: RowMatch
    person: Any
    options: list[tuple[str, str]]
    choice: str


@dataclass(frozen=True)
class ImportReview:
    rows: list[ImportReviewRow]
    # How many rows were matched each way: {"email": 3, "name": 1, "ambiguous": 0, ...}.
    counts: dict[str, int]


def import_review(
    *,
    viewer: Any,
    activity: Activity,
    matches: Sequence[RowMatch],
    choices: Mapping[int, str],
) -> ImportReview:
    """The rows of a list waiting for review, each with the choice posted for it (`choices`,
    by row number) or else the one proposed. One query for the people offered."""
    require(
        viewer,
        permissions.can_record_attendance(viewer, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
    ids = {pk for match in matches for pk in (*match.candidate_ids, match.person_id) if pk}
    people = get_user_model().objects.in_bulk(list(ids))
    rows = [
        ImportReviewRow(
            match=match,
            person=people.get(match.person_id) if match.person_id else None,
            options=[
                (f"{CHOICE_PERSON}{pk}", _person_label(people[pk]))
                for pk in dict.fromkeys([match.person_id, *match.candidate_ids])
                if pk in people
            ],
            choice=choices.get(match.row.number, import_choice_default(match)),
        )
        for match in matches
    ]
    counts = {
        how: sum(1 for match in matches if match.how == how)
        for how in (MatchHow.EMAIL, MatchHow.NAME, MatchHow.AMBIGUOUS, MatchHow.GUEST)
    }
    return ImportReview(rows=rows, counts=counts)
