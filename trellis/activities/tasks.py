"""Background work for activities: the emails registrants receive.

Each email is written in the recipient's language, with times in the activity's own time zone
(named, so nobody has to guess), and a link to the activity. A task checks, when it runs, that
what it announces is still true, so an email queued before a later change says nothing stale,
and that the registrant may still see the activity.
"""

import zoneinfo

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from trellis.activities.models import (
    Activity,
    ActivityStatus,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.activities.permissions import can_see_online_link
from trellis.activities.selectors import activity_community_list
from trellis.activities.selectors.registration import waitlist_position
from trellis.activities.services.registration import reminder_due

EMAIL_KINDS = ("confirmed", "waitlisted", "promoted", "changed", "cancelled", "reminder")


def _still_true(registration: Registration, kind: str) -> bool:
    answer, state = registration.answer, registration.state
    if kind in {"confirmed", "promoted"}:
        return answer == RegistrationAnswer.YES and state == RegistrationState.CONFIRMED
    if kind == "waitlisted":
        return answer == RegistrationAnswer.YES and state == RegistrationState.WAITLISTED
    informed = answer != RegistrationAnswer.NO and state != RegistrationState.CANCELLED
    if kind == "cancelled":
        return informed and registration.activity.status == ActivityStatus.CANCELLED
    return informed


def _field_label(name: str) -> str:
    return str(getattr(Activity._meta.get_field(name), "verbose_name", name))


def _activity_url(activity: Activity) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("activities:detail", args=[activity.pk])


def _send(registration: Registration, kind: str, changed: list[str] | None = None) -> None:
    activity = registration.activity
    person = registration.person
    if not activity_community_list(viewer=person, activity=activity):
        # Asked when the email goes, not when it was queued: someone who has left the
        # private community since hears nothing more about its activities.
        return
    language = person.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language), timezone.override(zoneinfo.ZoneInfo(activity.timezone)):
        context = {
            "kind": kind,
            "person": person,
            "activity": activity,
            "registration": registration,
            "position": waitlist_position(registration),
            "changed": [_field_label(name) for name in changed or []],
            "activity_url": _activity_url(activity),
            "show_online_link": can_see_online_link(person, activity),
        }
        subject = render_to_string("activities/email/registration_subject.txt", context)
        body = render_to_string(f"activities/email/registration_{kind}.txt", context)
    send_mail(" ".join(subject.split()), body.strip() + "\n", None, [person.email])


def _registration(registration_id: int) -> Registration | None:
    return (
        Registration.objects.select_related("activity", "person").filter(pk=registration_id).first()
    )


@task()
def registration_email_send(
    *, registration_id: int, kind: str, changed: list[str] | None = None
) -> None:
    """One registrant's email about their registration or a change to the activity."""
    if kind not in EMAIL_KINDS:
        raise ValueError(kind)
    registration = _registration(registration_id)
    if registration is None or not _still_true(registration, kind):
        return
    _send(registration, kind, changed)


@task()
def registration_reminder_send(*, registration_id: int, token: str) -> None:
    """The reminder a day before the start; does nothing if the plans changed since."""
    registration = _registration(registration_id)
    if registration is None or not reminder_due(registration, token=token, now=timezone.now()):
        return
    _send(registration, "reminder")
