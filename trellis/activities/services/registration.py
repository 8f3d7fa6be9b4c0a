"""Registration: answering yes, maybe or no, the waiting list, and the emails about it.

Places are counted while the activity's row is locked (`select_for_update`), so two people
answering "yes" for the last place at the same moment get one place and one waiting-list
position on PostgreSQL; SQLite serialises writers anyway. "Maybe" and "no" never take a place.
Whenever a place may have freed up (a cancellation, a "yes" changed to something else, more
places planned), the waiting list is promoted first come, first served.

A registration is recorded in the contribution log once per person and activity (one row for
each of the activity's communities): the first time their answer is "yes" or "maybe". Changing
one's mind later is not a new act of participation, and counting every change would reward
indecision in the participation levels.

The reads the registration box, the API and the conveners' list need are in
`trellis.activities.selectors.registration`, which these services share their rules with.
"""

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.activities import permissions
from trellis.activities.models import (
    Activity,
    ActivityStatus,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.activities.selectors.registration import (
    HOLDS_PLACE,
    LIVE_STATUSES,
    confirmed_count,
    deadline_passed,
    is_cancellable,
    places_left,
)
from trellis.core.errors import TrellisError
from trellis.core.permissions import require
from trellis.participation.kinds import ContributionKind
from trellis.participation.selectors import contribution_exists
from trellis.participation.services import contribution_record

if TYPE_CHECKING:
    from trellis.accounts.models import User

# How long before the start the reminder goes out.
REMINDER_BEFORE = timedelta(hours=24)
# A reminder that runs late (a worker was down) is still worth sending within this margin.
REMINDER_LATENESS = timedelta(hours=1)

# Changes registrants are told about. Opening, closing registration and marking an activity
# held are not news to them; a cancellation gets its own email.
CHANGE_FIELDS = frozenset(
    {"starts_at", "ends_at", "timezone", "venue", "city", "country", "online_url", "mode"}
)
# Registrations that hear about changes: everyone who said yes or maybe and did not cancel.
INFORMED = Q(
    answer__in=[RegistrationAnswer.YES, RegistrationAnswer.MAYBE],
    state__in=[RegistrationState.CONFIRMED, RegistrationState.WAITLISTED],
)


# Writes ----------------------------------------------------------------------------------


def _open_check(activity: Activity, now: datetime) -> None:
    """Refuse answers when the activity does not take registrations (any more)."""
    if activity.status != ActivityStatus.OPEN:
        raise TrellisError(_("Registration for this activity is not open."), code="not_open")
    if activity.starts_at <= now:
        raise TrellisError(_("This activity has already started."), code="started")
    if deadline_passed(activity, now):
        raise TrellisError(_("The registration deadline has passed."), code="deadline_passed")


def _locked(activity: Activity) -> Activity:
    """The activity's row, locked until the transaction ends: capacity is counted under it."""
    return Activity.objects.select_for_update().get(pk=activity.pk)


def _promote(activity: Activity) -> list[Registration]:
    """Give free places to the waiting list, first come first served. Caller holds the lock."""
    if activity.status not in LIVE_STATUSES or activity.starts_at <= timezone.now():
        return []
    waiting = (
        Registration.objects.filter(
            activity=activity,
            answer=RegistrationAnswer.YES,
            state=RegistrationState.WAITLISTED,
        )
        .select_related("person")
        .order_by("waitlisted_at", "id")
    )
    free = places_left(activity, confirmed_count(activity))
    promoted = list(waiting if free is None else waiting[:free])
    for registration in promoted:
        registration.state = RegistrationState.CONFIRMED
        registration.waitlisted_at = None
        registration.save(update_fields=["state", "waitlisted_at", "updated_at"])
    if promoted:
        ids = [registration.pk for registration in promoted]
        transaction.on_commit(lambda: _emails_enqueue(ids, kind="promoted", reminders=True))
    return promoted


def _registered_before(registration: Registration) -> bool:
    return contribution_exists(
        kind=ContributionKind.ACTIVITY_REGISTERED,
        target=registration,
        person=registration.person,
    )


def registration_answer(*, person: "User", activity: Activity, answer: str) -> Registration:
    """Answer yes, maybe or no for an open activity, before its deadline.

    "Yes" takes a place if one is left, else a place on the waiting list; "maybe" and "no"
    never take one, and leaving a place frees it for the waiting list. Answering the same
    again changes nothing (a waiting-list position is kept).
    """
    require(
        person,
        permissions.can_view_activity(person, activity),
        reason=permissions.VIEW_ACTIVITY_REASON,
    )
    if answer not in RegistrationAnswer.values:
        raise ValidationError({"answer": _("Answer yes, maybe or no.")})
    _open_check(activity, timezone.now())
    require(person, permissions.can_register(person, activity), reason=permissions.REGISTER_REASON)
    with transaction.atomic():
        locked = _locked(activity)
        now = timezone.now()
        _open_check(locked, now)
        registration = (
            Registration.objects.select_for_update().filter(activity=locked, person=person).first()
        )
        if registration is None:
            registration = Registration(activity=locked, person=person)
        elif registration.state != RegistrationState.CANCELLED and registration.answer == answer:
            return registration
        held_place = (
            registration.pk is not None
            and registration.answer == RegistrationAnswer.YES
            and registration.state == RegistrationState.CONFIRMED
        )
        # Those already waiting come before a newcomer when places have appeared.
        _promote(locked)
        registration.answer = answer
        if answer == RegistrationAnswer.YES:
            free = places_left(locked, confirmed_count(locked))
            if free is None or free > 0:
                registration.state = RegistrationState.CONFIRMED
                registration.waitlisted_at = None
            else:
                registration.state = RegistrationState.WAITLISTED
                registration.waitlisted_at = now
        else:
            registration.state = RegistrationState.CONFIRMED
            registration.waitlisted_at = None
        registration.save()
        if held_place:
            _promote(locked)
        if answer != RegistrationAnswer.NO and not _registered_before(registration):
            at = timezone.now()
            for community in locked.communities.all():
                contribution_record(
                    person=person,
                    kind=ContributionKind.ACTIVITY_REGISTERED,
                    community=community,
                    target=registration,
                    occurred_at=at,
                    details={"answer": answer},
                )
        if answer == RegistrationAnswer.YES:
            kind = (
                "confirmed" if registration.state == RegistrationState.CONFIRMED else "waitlisted"
            )
            ids = [registration.pk]
            transaction.on_commit(
                lambda: _emails_enqueue(ids, kind=kind, reminders=kind == "confirmed")
            )
    return registration


def registration_cancel(*, person: "User", activity: Activity) -> Registration:
    """Withdraw one's registration before the start; a place taken goes to the waiting list."""
    require(person, permissions.is_signed_in(person))
    require(
        person,
        permissions.can_view_activity(person, activity),
        reason=permissions.VIEW_ACTIVITY_REASON,
    )
    with transaction.atomic():
        locked = _locked(activity)
        registration = (
            Registration.objects.select_for_update()
            .filter(activity=locked, person=person)
            .exclude(state=RegistrationState.CANCELLED)
            .first()
        )
        if registration is None:
            raise TrellisError(
                _("You are not registered for this activity."), code="not_registered"
            )
        if not is_cancellable(locked, timezone.now()):
            raise TrellisError(
                _("This activity has started or is over; its registrations stay as they are."),
                code="not_cancellable",
            )
        held_place = (
            registration.answer == RegistrationAnswer.YES
            and registration.state == RegistrationState.CONFIRMED
        )
        registration.state = RegistrationState.CANCELLED
        registration.waitlisted_at = None
        registration.save()
        if held_place:
            _promote(locked)
    return registration


def waitlist_promote(*, activity: Activity) -> list[Registration]:
    """Fill free places from the waiting list (after a cancellation or more places planned)."""
    with transaction.atomic():
        return _promote(_locked(activity))


def registrations_notify_change(*, activity: Activity, changed: set[str]) -> None:
    """Tell everyone registered that the activity's date, place or status changed.

    Called after the change committed. It also moves the waiting list, since more places may
    have been planned, and reschedules reminders when the start moved. A cancelled activity
    gets its own email; other status changes (opening or closing registration, marking it
    held) are not news to registrants and send nothing. Planning does not pass the old
    status, so reinstating a cancelled activity is only announced with a date or place change.
    """
    activity = Activity.objects.get(pk=activity.pk)
    if activity.status in LIVE_STATUSES:
        waitlist_promote(activity=activity)
    if "status" in changed and activity.status == ActivityStatus.CANCELLED:
        kind = "cancelled"
    elif changed & CHANGE_FIELDS:
        kind = "changed"
    else:
        return
    registrations = Registration.objects.filter(INFORMED, activity=activity)
    ids = list(registrations.values_list("pk", flat=True))
    _emails_enqueue(ids, kind=kind, changed=sorted(changed & CHANGE_FIELDS))
    if "starts_at" in changed and activity.status in LIVE_STATUSES:
        # Touching the registrations makes reminders scheduled for the old start stale.
        confirmed = Registration.objects.filter(HOLDS_PLACE, activity=activity)
        confirmed.update(updated_at=timezone.now())
        _reminders_schedule(confirmed.select_related("activity"))


# Side effects, queued after commit -------------------------------------------------------


def _emails_enqueue(
    registration_ids: Iterable[int],
    *,
    kind: str,
    changed: list[str] | None = None,
    reminders: bool = False,
) -> None:
    from trellis.activities.tasks import registration_email_send

    ids = list(registration_ids)
    for registration_id in ids:
        registration_email_send.enqueue(
            registration_id=registration_id, kind=kind, changed=changed or []
        )
    if reminders:
        _reminders_schedule(Registration.objects.filter(pk__in=ids).select_related("activity"))


def reminder_token(registration: Registration) -> str:
    """What a scheduled reminder must still find to be sent: the same start, the same answer.

    Any later change of the registration (or of the start, which touches the registrations)
    makes earlier reminders stale, so each person gets at most one.
    """
    return f"{registration.activity.starts_at.isoformat()}|{registration.updated_at.isoformat()}"


def _reminders_schedule(registrations: Iterable[Registration]) -> None:
    """Schedule a reminder a day before the start, where the task backend can defer tasks.

    Without deferral (the immediate backend of the tests), `manage.py activity_reminders`,
    run hourly, sends them instead. Someone registering within a day of the start has the
    confirmation in hand and gets no reminder.
    """
    from trellis.activities.tasks import registration_reminder_send

    if not registration_reminder_send.get_backend().supports_defer:
        return
    now = timezone.now()
    for registration in registrations:
        run_after = registration.activity.starts_at - REMINDER_BEFORE
        if run_after <= now:
            continue
        registration_reminder_send.using(run_after=run_after).enqueue(
            registration_id=registration.pk, token=reminder_token(registration)
        )


def reminder_due(registration: Registration, *, token: str, now: datetime) -> bool:
    """Whether a reminder should go out now: still coming, still on, starting within a day."""
    activity = registration.activity
    return (
        registration.answer == RegistrationAnswer.YES
        and registration.state == RegistrationState.CONFIRMED
        and activity.status in LIVE_STATUSES
        and reminder_token(registration) == token
        and now < activity.starts_at <= now + REMINDER_BEFORE + REMINDER_LATENESS
    )


def registration_reminders_enqueue(*, now: datetime | None = None) -> int:
    """Send reminders for activities starting 23 to 24 hours from now; for hourly cron runs.

    Each activity falls in exactly one hourly window, so running this every hour reminds each
    confirmed registrant once. Returns how many reminders were queued.
    """
    from trellis.activities.tasks import registration_reminder_send

    now = now or timezone.now()
    registrations = Registration.objects.filter(
        HOLDS_PLACE,
        activity__status__in=LIVE_STATUSES,
        activity__starts_at__gt=now + REMINDER_BEFORE - timedelta(hours=1),
        activity__starts_at__lte=now + REMINDER_BEFORE,
    ).select_related("activity")
    count = 0
    for registration in registrations:
        registration_reminder_send.enqueue(
            registration_id=registration.pk, token=reminder_token(registration)
        )
        count += 1
    return count
