"""Reads about registration: places left, waiting-list positions, the conveners' overview.

They mirror the rules the registration services enforce, so the box on a page, the API and the
services agree on what "full", "accepting" and "may still cancel" mean.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.db.models import Q
from django.utils import timezone

from trellis.activities import permissions
from trellis.activities.models import (
    Activity,
    ActivityStatus,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.core.permissions import require

if TYPE_CHECKING:
    pass

# Statuses in which registrations still matter: the waiting list moves, cancelling is possible.
LIVE_STATUSES = frozenset({ActivityStatus.OPEN, ActivityStatus.CLOSED})
HOLDS_PLACE = Q(answer=RegistrationAnswer.YES, state=RegistrationState.CONFIRMED)


@dataclass(frozen=True)
class RegistrationStatus:
    """What the registration box shows about an activity and the viewer's registration."""

    capacity: int | None
    confirmed_count: int
    places_left: int | None
    accepting: bool
    deadline: datetime | None
    deadline_passed: bool
    answer: str | None
    state: str | None
    waitlist_position: int | None
    can_cancel: bool

    @property
    def is_full(self) -> bool:
        return self.places_left is not None and self.places_left <= 0

    @property
    def holds_place(self) -> bool:
        return self.answer == RegistrationAnswer.YES and self.state == RegistrationState.CONFIRMED

    @property
    def is_waitlisted(self) -> bool:
        return self.state == RegistrationState.WAITLISTED

    @property
    def is_cancelled(self) -> bool:
        return self.state == RegistrationState.CANCELLED


def confirmed_count(activity: Activity) -> int:
    return Registration.objects.filter(HOLDS_PLACE, activity=activity).count()


def places_left(activity: Activity, confirmed: int) -> int | None:
    """Places still free; None when the activity has no limit."""
    if activity.capacity is None:
        return None
    return max(activity.capacity - confirmed, 0)


def deadline_passed(activity: Activity, now: datetime) -> bool:
    return activity.registration_deadline is not None and now > activity.registration_deadline


def is_accepting(activity: Activity, now: datetime) -> bool:
    return (
        activity.status == ActivityStatus.OPEN
        and not deadline_passed(activity, now)
        and activity.starts_at > now
    )


def is_cancellable(activity: Activity, now: datetime) -> bool:
    return activity.status in LIVE_STATUSES and activity.starts_at > now


def waitlist_position(registration: Registration) -> int | None:
    """1 for the next person to get a place; None when not on the waiting list."""
    if registration.state != RegistrationState.WAITLISTED or registration.waitlisted_at is None:
        return None
    ahead = Registration.objects.filter(
        Q(waitlisted_at__lt=registration.waitlisted_at)
        | Q(waitlisted_at=registration.waitlisted_at, pk__lt=registration.pk),
        activity_id=registration.activity_id,
        state=RegistrationState.WAITLISTED,
    ).count()
    return ahead + 1


def registration_status(
    *, activity: Activity, registration: Registration | None
) -> RegistrationStatus:
    now = timezone.now()
    confirmed = confirmed_count(activity)
    live = registration is not None and registration.state != RegistrationState.CANCELLED
    return RegistrationStatus(
        capacity=activity.capacity,
        confirmed_count=confirmed,
        places_left=places_left(activity, confirmed),
        accepting=is_accepting(activity, now),
        deadline=activity.registration_deadline,
        deadline_passed=deadline_passed(activity, now),
        answer=registration.answer if registration is not None else None,
        state=registration.state if registration is not None else None,
        waitlist_position=waitlist_position(registration) if registration is not None else None,
        can_cancel=live and is_cancellable(activity, now),
    )


@dataclass
class RegistrationOverview:
    """A convener's view of who is coming: each group in the order it is acted upon."""

    confirmed: list[Registration] = field(default_factory=list)
    maybe: list[Registration] = field(default_factory=list)
    waitlist: list[Registration] = field(default_factory=list)
    declined: list[Registration] = field(default_factory=list)
    cancelled: list[Registration] = field(default_factory=list)


def registration_overview(*, viewer: Any, activity: Activity) -> RegistrationOverview:
    """Every registration of an activity, grouped; for those who run it. Two queries."""
    require(viewer, permissions.can_manage_activity(viewer, activity))
    overview = RegistrationOverview()
    registrations = (
        Registration.objects.filter(activity=activity)
        .select_related("person")
        .order_by("waitlisted_at", "created_at", "id")
    )
    for registration in registrations:
        if registration.state == RegistrationState.CANCELLED:
            overview.cancelled.append(registration)
        elif registration.state == RegistrationState.WAITLISTED:
            overview.waitlist.append(registration)
        elif registration.answer == RegistrationAnswer.YES:
            overview.confirmed.append(registration)
        elif registration.answer == RegistrationAnswer.MAYBE:
            overview.maybe.append(registration)
        else:
            overview.declined.append(registration)
    overview.confirmed.sort(key=lambda item: (item.person.full_name.casefold(), item.pk))
    overview.maybe.sort(key=lambda item: (item.person.full_name.casefold(), item.pk))
    return overview
