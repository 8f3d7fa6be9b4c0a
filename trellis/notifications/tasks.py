"""Background work for notifications: a notice by email at once, and the digests.

A task checks, when it runs, that its email is still wanted: a notice already read, already
emailed, or whose kind the person has since moved to a digest or turned off is not sent.
"""

from django.utils import timezone
from django_tasks import task

from trellis.notifications import digests
from trellis.notifications.emails import notice_email_send
from trellis.notifications.models import Frequency, Notification
from trellis.notifications.selectors import frequencies_of, may_see_conversations
from trellis.notifications.services import notification_emailed


@task()
def notification_email_send(*, notification_id: int) -> None:
    """One notice by email, for a person who wants its kind at once."""
    notification = (
        Notification.objects.select_related("recipient", "actor", "community", "target_type")
        .filter(pk=notification_id, emailed_at__isnull=True, read_at__isnull=True)
        .first()
    )
    if notification is None:
        return
    person = notification.recipient
    if not person.is_active or not person.email:
        return
    if frequencies_of(people=[person])[person.pk][notification.kind] != Frequency.IMMEDIATE:
        return
    if not may_see_conversations(person, notification.community):
        return
    notice_email_send(notification)
    notification_emailed(notification=notification, at=timezone.now())


@task()
def digests_send(*, frequency: str) -> dict[str, int]:
    """The daily or weekly digests, for a worker; `manage.py send_digests` does the same."""
    run = digests.digests_send(frequency=frequency)
    return {"sent": run.sent, "failed": run.failed}
