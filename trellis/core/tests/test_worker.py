"""The real task worker, on the database backend, delivers what the pages enqueue.

Every other test uses the immediate backend; these use the database backend of `make run` and
production, so a task that is enqueued but never run (as under `make run` once) would show.
Mail goes to a real SMTP server.
"""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from trellis.activities.tests.factories import ActivityFactory
from trellis.core.models import ScheduledRun
from trellis.notifications.models import Frequency, NotificationKind, NotificationSetting
from trellis.notifications.services import notify
from trellis.tests.smtp import body_of

ALMATY = ZoneInfo("Asia/Almaty")

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def worker_run() -> None:
    call_command("worker", "--batch", "--no-reload", "--no-startup-delay", "--verbosity", "0")


def test_a_registration_email_waits_for_the_worker_and_the_worker_delivers_it(
    client, world, smtp, database_tasks
):
    activity = ActivityFactory(
        communities=[world.public], starts_at=datetime.now(UTC) + timedelta(days=10)
    )
    client.force_login(world.member)

    client.post(f"/activities/{activity.pk}/registration/", {"answer": "yes"})

    assert smtp.to(world.member) == []
    waiting = DBTaskResult.objects.get(task_path__endswith="registration_email_send")
    assert waiting.status == "READY"

    worker_run()

    [message] = smtp.to(world.member)
    assert str(activity) in message["Subject"] + body_of(message)
    waiting.refresh_from_db()
    assert waiting.status == "SUCCESSFUL"


def test_the_worker_sends_the_daily_digest_when_it_is_due(world, smtp, database_tasks, settings):
    settings.TIME_ZONE = "Asia/Almaty"
    NotificationSetting.objects.create(
        person=world.member, kind=NotificationKind.MENTIONED, frequency=Frequency.DAILY
    )
    # Seven in the morning in Almaty, an hour after the digests' time.
    tomorrow = datetime.now(ALMATY).date() + timedelta(days=1)
    start = datetime.combine(tomorrow, time(7), tzinfo=ALMATY)
    with time_machine.travel(start, tick=False):
        worker_run()  # the first start: this period is skipped
        notify(
            kind=NotificationKind.MENTIONED,
            recipients=[world.member],
            actor=world.convener,
            community=world.public,
            target=world.public,
        )
    with time_machine.travel(start + timedelta(hours=22, minutes=59), tick=False):
        worker_run()
    assert smtp.to(world.member) == []

    with time_machine.travel(start + timedelta(hours=23, minutes=1), tick=False):
        worker_run()

    [digest] = smtp.to(world.member)
    assert "Convener Person" in body_of(digest)
    assert ScheduledRun.objects.filter(job="notifications.daily_digests", enqueued=True).exists()
