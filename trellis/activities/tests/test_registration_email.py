"""The emails registrants receive: in their language, in the activity's time zone, with a link."""

import zoneinfo
from datetime import UTC, datetime, timedelta
from io import StringIO
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import default_task_backend

from trellis.activities.models import (
    Activity,
    ActivityStatus,
    Mode,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.activities.services.planning import activity_update
from trellis.activities.services.registration import (
    REMINDER_BEFORE,
    registration_answer,
    registration_cancel,
    registration_reminders_enqueue,
    reminder_token,
)
from trellis.activities.tasks import registration_reminder_send
from trellis.activities.tests.factories import ActivityFactory

YES, MAYBE, NO = RegistrationAnswer.YES, RegistrationAnswer.MAYBE, RegistrationAnswer.NO


def next_january_15() -> datetime:
    """09:00 UTC is 10:00 in Ljubljana in winter."""
    return datetime(timezone.now().year + 1, 1, 15, 9, 0, tzinfo=UTC)


def winter_activity(community: Any, **fields: Any) -> Any:
    start = next_january_15()
    return ActivityFactory(
        communities=[community], starts_at=start, ends_at=start + timedelta(hours=3), **fields
    )


@pytest.fixture
def russian_member(world):
    world.member.preferred_language = "ru"
    world.member.save()
    return world.member


def mail_to(person: Any) -> list[Any]:
    return [message for message in mail.outbox if message.to == [person.email]]


def the_mail_to(person: Any) -> Any:
    [message] = mail_to(person)
    return message


def test_confirmation_in_english_with_the_time_in_the_activitys_zone(
    world, django_capture_on_commit_callbacks
):
    activity = winter_activity(world.public, capacity=5)

    with django_capture_on_commit_callbacks(execute=True):
        registration_answer(person=world.convener, activity=activity, answer=YES)

    message = the_mail_to(world.convener)
    assert message.subject == f"You are registered: {activity.title['en']}"
    assert "Your place is confirmed." in message.body
    assert f"15 Jan {activity.starts_at.year}, 10:00 · Ljubljana (UTC+01:00)" in message.body
    assert f"{settings.SITE_URL.rstrip('/')}/activities/{activity.pk}/" in message.body


def test_confirmation_in_the_recipients_language(
    world, russian_member, django_capture_on_commit_callbacks
):
    activity = winter_activity(world.public, capacity=5)

    with django_capture_on_commit_callbacks(execute=True):
        registration_answer(person=russian_member, activity=activity, answer=YES)

    body = the_mail_to(russian_member).body
    assert f"15 января {activity.starts_at.year}, 10:00 · Любляна (UTC+01:00)" in body
    assert activity.title["ru"] in body


@override_settings(SITE_URL="https://trellis.example.org/")
def test_the_link_leads_to_the_activity_on_the_site(world, django_capture_on_commit_callbacks):
    activity = winter_activity(world.public)

    with django_capture_on_commit_callbacks(execute=True):
        registration_answer(person=world.convener, activity=activity, answer=YES)

    assert (
        f"https://trellis.example.org/activities/{activity.pk}/" in the_mail_to(world.convener).body
    )


def test_maybe_and_no_send_nothing(world, django_capture_on_commit_callbacks):
    activity = winter_activity(world.public)
    with django_capture_on_commit_callbacks(execute=True):
        registration_answer(person=world.member, activity=activity, answer=MAYBE)
        registration_answer(person=world.convener, activity=activity, answer=NO)
    assert mail.outbox == []


def test_waiting_list_email_gives_the_position_in_russian(
    world, russian_member, django_capture_on_commit_callbacks
):
    activity = winter_activity(world.public, capacity=1)
    registration_answer(person=world.convener, activity=activity, answer=YES)

    with django_capture_on_commit_callbacks(execute=True):
        registration_answer(person=russian_member, activity=activity, answer=YES)

    assert "15 января" in the_mail_to(russian_member).body
    assert Registration.objects.get(person=russian_member).state == RegistrationState.WAITLISTED


def test_waiting_list_email_in_english(world, django_capture_on_commit_callbacks):
    activity = winter_activity(world.public, capacity=1)
    registration_answer(person=world.member, activity=activity, answer=YES)

    with django_capture_on_commit_callbacks(execute=True):
        registration_answer(person=world.convener, activity=activity, answer=YES)

    message = the_mail_to(world.convener)
    assert message.subject.startswith("On the waiting list:")
    assert "waiting list, number 1" in message.body


def test_promotion_email_when_a_place_frees_up(
    world, russian_member, django_capture_on_commit_callbacks
):
    activity = winter_activity(world.public, capacity=1)
    registration_answer(person=world.convener, activity=activity, answer=YES)
    registration_answer(person=russian_member, activity=activity, answer=YES)

    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(person=world.convener, activity=activity)

    body = the_mail_to(russian_member).body
    assert "15 января" in body
    assert mail_to(world.convener) == []


def test_promotion_email_in_english(world, django_capture_on_commit_callbacks):
    activity = winter_activity(world.public, capacity=1)
    registration_answer(person=world.member, activity=activity, answer=YES)
    registration_answer(person=world.convener, activity=activity, answer=YES)

    with django_capture_on_commit_callbacks(execute=True):
        registration_answer(person=world.member, activity=activity, answer=NO)

    message = the_mail_to(world.convener)
    assert message.subject.startswith("A place is yours:")
    assert "a place has freed up and it is yours" in message.body


def test_a_new_date_is_announced_to_those_who_said_yes_or_maybe(
    world, russian_member, django_capture_on_commit_callbacks
):
    activity = winter_activity(world.public, capacity=5)
    registration_answer(person=russian_member, activity=activity, answer=MAYBE)
    registration_answer(person=world.sponsor, activity=activity, answer=YES)
    registration_answer(person=world.admin, activity=activity, answer=NO)
    start = activity.starts_at.replace(month=12, day=10)

    with django_capture_on_commit_callbacks(execute=True):
        activity_update(
            actor=world.convener,
            activity=activity,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
        )

    russian = the_mail_to(russian_member)
    assert "декабря" in russian.body
    english = the_mail_to(world.sponsor)
    assert english.subject.startswith("Changed:")
    assert "What changed: ends, starts" in english.body
    assert " Dec " in english.body
    assert mail_to(world.admin) == []


def test_a_new_place_is_announced(world, django_capture_on_commit_callbacks):
    activity = winter_activity(world.public)
    registration_answer(person=world.sponsor, activity=activity, answer=YES)

    with django_capture_on_commit_callbacks(execute=True):
        activity_update(actor=world.convener, activity=activity, venue="Hotel Union")

    body = the_mail_to(world.sponsor).body
    assert "What changed: venue" in body
    assert "Hotel Union" in body


def test_closing_registration_is_not_news(world, django_capture_on_commit_callbacks):
    activity = winter_activity(world.public)
    registration_answer(person=world.sponsor, activity=activity, answer=YES)

    with django_capture_on_commit_callbacks(execute=True):
        activity_update(actor=world.convener, activity=activity, status=ActivityStatus.CLOSED)

    assert mail.outbox == []


def test_a_cancelled_activity_gets_its_own_email(
    world, russian_member, django_capture_on_commit_callbacks
):
    activity = winter_activity(world.public)
    registration_answer(person=russian_member, activity=activity, answer=YES)
    registration_answer(person=world.sponsor, activity=activity, answer=YES)
    registration_answer(person=world.admin, activity=activity, answer=YES)
    registration_cancel(person=world.admin, activity=activity)

    with django_capture_on_commit_callbacks(execute=True):
        activity_update(actor=world.convener, activity=activity, status=ActivityStatus.CANCELLED)

    english = the_mail_to(world.sponsor)
    assert english.subject.startswith("Cancelled:")
    assert "have cancelled an activity you registered for" in english.body
    assert "15 января" in the_mail_to(russian_member).body
    assert mail_to(world.admin) == []


def test_the_online_link_is_only_for_those_holding_a_place(
    world, django_capture_on_commit_callbacks
):
    activity = winter_activity(
        world.public, mode=Mode.ONLINE, online_url="https://meet.example.org/cop", capacity=1
    )
    registration_answer(person=world.sponsor, activity=activity, answer=YES)
    registration_answer(person=world.outsider, activity=activity, answer=YES)  # waiting

    with django_capture_on_commit_callbacks(execute=True):
        activity_update(actor=world.convener, activity=activity, venue="Studio 2")

    assert "https://meet.example.org/cop" in the_mail_to(world.sponsor).body
    assert "https://meet.example.org/cop" not in the_mail_to(world.outsider).body


# Reminders -----------------------------------------------------------------------------------


def soon_activity(community: Any, hours: float = 20, **fields: Any) -> Any:
    start = timezone.now() + timedelta(hours=hours)
    return ActivityFactory(
        communities=[community], starts_at=start, ends_at=start + timedelta(hours=2), **fields
    )


def test_the_reminder_is_sent_in_the_recipients_language(world, russian_member):
    activity = soon_activity(world.public)
    registration = registration_answer(person=russian_member, activity=activity, answer=YES)
    mail.outbox.clear()

    registration_reminder_send.enqueue(
        registration_id=registration.pk, token=reminder_token(registration)
    )

    body = the_mail_to(russian_member).body
    local = timezone.localtime(activity.starts_at, zoneinfo.ZoneInfo(activity.timezone))
    months = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    assert f"{local.day} {months.split()[local.month - 1]}" in body


def test_the_reminder_in_english(world):
    activity = soon_activity(world.public)
    registration = registration_answer(person=world.sponsor, activity=activity, answer=YES)
    mail.outbox.clear()

    registration_reminder_send.enqueue(
        registration_id=registration.pk, token=reminder_token(registration)
    )

    message = the_mail_to(world.sponsor)
    assert message.subject.startswith("Reminder:")
    assert "starts within a day" in message.body


@pytest.mark.parametrize("change", ["cancelled_registration", "cancelled_activity", "moved"])
def test_stale_reminders_send_nothing(world, change):
    activity = soon_activity(world.public)
    registration = registration_answer(person=world.sponsor, activity=activity, answer=YES)
    token = reminder_token(registration)
    if change == "cancelled_registration":
        registration_cancel(person=world.sponsor, activity=activity)
    elif change == "cancelled_activity":
        Activity.objects.filter(pk=activity.pk).update(status=ActivityStatus.CANCELLED)
    else:
        Activity.objects.filter(pk=activity.pk).update(
            starts_at=activity.starts_at + timedelta(days=3),
            ends_at=activity.ends_at + timedelta(days=3),
        )
    mail.outbox.clear()

    registration_reminder_send.enqueue(registration_id=registration.pk, token=token)

    assert mail.outbox == []


def test_a_reminder_too_early_sends_nothing(world):
    activity = soon_activity(world.public, hours=24 * 5)
    registration = registration_answer(person=world.sponsor, activity=activity, answer=YES)
    mail.outbox.clear()

    registration_reminder_send.enqueue(
        registration_id=registration.pk, token=reminder_token(registration)
    )

    assert mail.outbox == []


DEFERRING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def reminders_queued() -> list[Any]:
    return [
        result
        for result in default_task_backend.results  # type: ignore[attr-defined]
        if result.task.name == "registration_reminder_send"
    ]


@override_settings(TASKS=DEFERRING)
def test_a_confirmed_place_schedules_a_reminder_a_day_before(
    world, django_capture_on_commit_callbacks
):
    activity = winter_activity(world.public, capacity=1)

    with django_capture_on_commit_callbacks(execute=True):
        registration = registration_answer(person=world.sponsor, activity=activity, answer=YES)
        registration_answer(person=world.admin, activity=activity, answer=YES)  # waiting

    [reminder] = reminders_queued()
    assert reminder.task.run_after == activity.starts_at - REMINDER_BEFORE
    assert reminder.kwargs == {
        "registration_id": registration.pk,
        "token": reminder_token(Registration.objects.get(pk=registration.pk)),
    }


@override_settings(TASKS=DEFERRING)
def test_a_new_start_reschedules_reminders_and_makes_old_ones_stale(
    world, django_capture_on_commit_callbacks
):
    activity = winter_activity(world.public)
    with django_capture_on_commit_callbacks(execute=True):
        registration_answer(person=world.sponsor, activity=activity, answer=YES)
    assert len(reminders_queued()) == 1
    start = activity.starts_at + timedelta(days=1)

    with django_capture_on_commit_callbacks(execute=True):
        activity_update(actor=world.convener, activity=activity, starts_at=start, ends_at=start)

    old_again, new = reminders_queued()
    assert old_again.kwargs["token"] != new.kwargs["token"]
    assert new.task.run_after == start - REMINDER_BEFORE
    registration = Registration.objects.select_related("activity").get(person=world.sponsor)
    assert new.kwargs["token"] == reminder_token(registration)


def test_hourly_reminders_remind_each_registrant_once(world):
    activity = soon_activity(world.public, hours=23.5)
    registration_answer(person=world.sponsor, activity=activity, answer=YES)
    registration_answer(person=world.member, activity=activity, answer=MAYBE)
    mail.outbox.clear()
    now = timezone.now()

    sent = [registration_reminders_enqueue(now=now + timedelta(hours=hour)) for hour in (-1, 0, 1)]

    assert sent == [0, 1, 0]
    assert [message.to for message in mail.outbox] == [[world.sponsor.email]]


def test_the_reminder_command_sends_due_reminders(world):
    activity = soon_activity(world.public, hours=23.5)
    registration_answer(person=world.sponsor, activity=activity, answer=YES)
    mail.outbox.clear()
    out = StringIO()

    call_command("activity_reminders", stdout=out)

    assert "Queued 1 reminder(s)." in out.getvalue()
    assert len(the_mail_to(world.sponsor).body) > 0


@override_settings(TASKS=DEFERRING)
def test_the_reminder_command_leaves_scheduling_backends_alone(world):
    out = StringIO()
    call_command("activity_reminders", stdout=out)
    assert "nothing to do" in out.getvalue()
