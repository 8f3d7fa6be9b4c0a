"""Reads for an activity that has taken place: whether it is over, and who took part."""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q

from trellis.activities import permissions
from trellis.activities.models import Activity, ActivityStatus, Attendance

if TYPE_CHECKING:
    from trellis.accounts.models import User


def activity_is_over(activity: Activity, *, now: datetime) -> bool:
    """Held, or ended by `now`: its page shows what came out of it instead of registration.
    A cancelled activity is never over: it did not take place."""
    if activity.status == ActivityStatus.CANCELLED:
        return False
    return activity.status == ActivityStatus.HELD or activity.ends_at <= now


@dataclass(frozen=True)
class Participants:
    """Who took part, as the viewer may know it."""

    count: int
    # Members with an active account, by name, for those who may see names; else None.
    people: "list[User] | None" = None
    # Those counted but not named: guests without an account, closed accounts.
    others: int = 0

    @property
    def recorded(self) -> bool:
        return self.count > 0


def activity_participant_list(*, viewer: Any, activity: Activity) -> Participants:
    """Those recorded at the activity. The viewer sees names when they may see who belongs to
    one of its communities (`can_view_participants`); anyone who sees the page sees the count.
    Guests are counted, never named: they gave their names to the conveners only."""
    recorded = Attendance.objects.filter(activity=activity)
    if not permissions.can_view_participants(viewer, activity):
        return Participants(count=recorded.count())
    named = Q(person__isnull=False, person__is_active=True)
    totals = recorded.aggregate(count=Count("pk"), named=Count("pk", filter=named))
    people = [
        attendance.person
        for attendance in recorded.filter(named)
        .select_related("person")
        .order_by("person__full_name", "person_id")
        if attendance.person is not None
    ]
    return Participants(
        count=totals["count"],
        people=people,
        others=totals["count"] - totals["named"],
    )
