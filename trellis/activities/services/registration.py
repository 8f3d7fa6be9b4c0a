"""Registration: answering yes, maybe or no, the waiting list, and the emails about it."""

from trellis.activities.models import Activity


def registrations_notify_change(*, activity: Activity, changed: set[str]) -> None:
    """Tell everyone registered that the activity's date, place or status changed."""
