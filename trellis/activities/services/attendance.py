"""Attendance: who was at an activity or session, in which role, marked one by one on the
check-in list or imported from a spreadsheet after the convener's review.

Each member's attendance is also a contribution (`contribution_record`), of the kind its role
names, for each of the activity's communities. An attendance that is unmarked (or whose role
changes) withdraws its contributions (`contribution_withdraw`, by `details["attendance"]`): a
mis-click on the check-in list must not count as participation in the analytics, and the log
keeps the withdrawn rows for history.

Guests (transactional participants) have no account and so no contributions.
"""

from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.activities import permissions
from trellis.activities.models import (
    Activity,
    Attendance,
    AttendanceRole,
)
from trellis.communities.models import Community, TransactionalParticipant
from trellis.communities.services import transactional_participant_record
from trellis.core.permissions import require
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record, contribution_withdraw

if TYPE_CHECKING:
    from trellis.accounts.models import User

CONTRIBUTION_OF_ROLE = {
    AttendanceRole.PARTICIPANT: ContributionKind.ACTIVITY_ATTENDED,
    AttendanceRole.INTERPRETER: ContributionKind.ACTIVITY_ATTENDED,
    AttendanceRole.ORGANISER: ContributionKind.ACTIVITY_ATTENDED,
    AttendanceRole.SPEAKER: ContributionKind.ACTIVITY_SPOKE,
    AttendanceRole.HOST: ContributionKind.ACTIVITY_HOSTED,
    AttendanceRole.FACILITATOR: ContributionKind.ACTIVITY_FACILITATED,
}


def _role(role: str) -> AttendanceRole:
    if role not in AttendanceRole.values:
        raise ValidationError({"role": _("Choose a valid role.")})
    return AttendanceRole(role)


def _attendee_check(activity: Activity, person: "User | None", guest: Any) -> None:
    if (person is None) == (guest is None):
        raise ValidationError(_("Choose either a member or a guest."))
    if person is not None and not person.is_active:
        raise ValidationError({"person": _("This account is not active.")})
    if guest is not None:
        community_ids = {community.pk for community in activity.communities.all()}
        if guest.community_id not in community_ids:
            raise ValidationError({"guest": _("This guest was recorded by another community.")})


def _contribution_withdraw(attendance: Attendance, role: str) -> None:
    """Withdraw what the attendance recorded while it had `role`."""
    if attendance.person is None:
        return
    contribution_withdraw(
        kind=CONTRIBUTION_OF_ROLE[AttendanceRole(role)],
        target=attendance.activity,
        person=attendance.person,
        details={"attendance": attendance.pk},
    )


def _contribution_record(attendance: Attendance) -> None:
    if attendance.person is None:
        return
    activity = attendance.activity
    at = min(activity.starts_at, timezone.now())  # one act, one moment in every community
    for community in activity.communities.all():
        contribution_record(
            person=attendance.person,
            kind=CONTRIBUTION_OF_ROLE[AttendanceRole(attendance.role)],
            community=community,
            target=activity,
            occurred_at=at,
            details={"role": attendance.role, "attendance": attendance.pk},
        )


def _mark(
    *,
    actor: "User",
    activity: Activity,
    person: "User | None",
    guest: TransactionalParticipant | None,
    role: str,
) -> tuple[Attendance, bool]:
    """Record the attendance, or change its role; (attendance, whether anything changed)."""
    who = Q(person=person) if person is not None else Q(guest=guest)
    attendance = Attendance.objects.select_for_update().filter(who, activity=activity).first()
    if attendance is None:
        attendance = Attendance(
            activity=activity, person=person, guest=guest, role=role, recorded_by=actor
        )
        try:
            with transaction.atomic():
                attendance.save()
        except IntegrityError:
            # Marked at the same moment from another browser: take that record.
            attendance = Attendance.objects.select_for_update().get(who, activity=activity)
        else:
            _contribution_record(attendance)
            return attendance, True
    if attendance.role == role:
        return attendance, False
    _contribution_withdraw(attendance, attendance.role)
    attendance.role = role
    attendance.recorded_by = actor
    attendance.save(update_fields=["role", "recorded_by"])
    _contribution_record(attendance)
    return attendance, True


def attendance_mark(
    *,
    actor: "User",
    activity: Activity,
    person: "User | None" = None,
    guest: TransactionalParticipant | None = None,
    role: str = AttendanceRole.PARTICIPANT,
) -> Attendance:
    """Mark a member or a guest as present, in a role; marking again changes only the role."""
    require(
        actor,
        permissions.can_record_attendance(actor, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
    _attendee_check(activity, person, guest)
    checked_role = _role(role)
    with transaction.atomic():
        attendance, _changed = _mark(
            actor=actor, activity=activity, person=person, guest=guest, role=checked_role
        )
    return attendance


def attendance_unmark(
    *,
    actor: "User",
    activity: Activity,
    person: "User | None" = None,
    guest: TransactionalParticipant | None = None,
) -> None:
    """Take back a mark and withdraw the contributions it recorded. Unmarking twice does
    nothing."""
    require(
        actor,
        permissions.can_record_attendance(actor, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
    if (person is None) == (guest is None):
        raise ValidationError(_("Choose either a member or a guest."))
    who = Q(person=person) if person is not None else Q(guest=guest)
    with transaction.atomic():
        attendance = Attendance.objects.select_for_update().filter(who, activity=activity).first()
        if attendance is None:
            return
        _contribution_withdraw(attendance, attendance.role)
        attendance.delete()


def _guest_community(actor: "User", activity: Activity) -> Community:
    """The community that records the activity's guests: the first the actor runs."""
    community = permissions.community_run_by(actor, activity)
    if community is None:
        raise ValidationError(_("You run none of this activity's communities."))
    return community


def _member_with_email(email: str) -> "User | None":
    if not email:
        return None
    user_model = get_user_model()
    return user_model.objects.filter(email__iexact=email.strip(), is_active=True).first()


def attendance_guest_record(
    *,
    actor: "User",
    activity: Activity,
    full_name: str,
    organisation: str = "",
    country: str = "",
    email: str = "",
    role: str = AttendanceRole.PARTICIPANT,
) -> Attendance:
    """A walk-in without an account: recorded as a guest of the activity's community.

    Someone whose email belongs to an account is marked as that member instead.
    """
    require(
        actor,
        permissions.can_record_attendance(actor, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
    checked_role = _role(role)
    if not full_name.strip():
        raise ValidationError({"full_name": _("Enter the guest's name.")})
    member = _member_with_email(email)
    with transaction.atomic():
        if member is not None:
            attendance, _changed = _mark(
                actor=actor, activity=activity, person=member, guest=None, role=checked_role
            )
            return attendance
        guest = transactional_participant_record(
            actor=actor,
            community=_guest_community(actor, activity),
            full_name=full_name,
            organisation=organisation,
            country=country,
            email=email,
            note=(_("Attended %(activity)s") % {"activity": activity})[:300],
        )
        attendance, _changed = _mark(
            actor=actor, activity=activity, person=None, guest=guest, role=checked_role
        )
    return attendance
