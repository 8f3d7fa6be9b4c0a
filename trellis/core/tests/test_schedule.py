"""Periodic work is enqueued by Trellis once per period, in the network's calendar."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django_tasks_db.models import DBTaskResult

from trellis.core.models import ScheduledRun
from trellis.core.schedule import PeriodicJob, periodic_jobs, periodic_jobs_enqueue
from trellis.notifications.tasks import digests_send

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LJUBLJANA = ZoneInfo("Europe/Ljubljana")
DAILY = PeriodicJob("test.daily", digests_send, at=time(6), kwargs={"frequency": "daily"})
MONDAYS = PeriodicJob("test.weekly", digests_send, at=time(6), weekday=0)


@pytest.mark.parametrize(
    ("job", "now", "due"),
    [
        # 05:59 is before today's run: yesterday's is the latest.
        (DAILY, datetime(2027, 1, 13, 5, 59), datetime(2027, 1, 12, 6, 0)),
        (DAILY, datetime(2027, 1, 13, 6, 0), datetime(2027, 1, 13, 6, 0)),
        (DAILY, datetime(2027, 1, 13, 23, 59), datetime(2027, 1, 13, 6, 0)),
        # 2027-01-13 is a Wednesday.
        (MONDAYS, datetime(2027, 1, 13, 12, 0), datetime(2027, 1, 11, 6, 0)),
        (MONDAYS, datetime(2027, 1, 11, 5, 0), datetime(2027, 1, 4, 6, 0)),
        (MONDAYS, datetime(2027, 1, 11, 6, 30), datetime(2027, 1, 11, 6, 0)),
        # Summer time starts on 28 March 2027: still six o'clock on the wall.
        (DAILY, datetime(2027, 3, 28, 7, 0), datetime(2027, 3, 28, 6, 0)),
        (MONDAYS, datetime(2027, 3, 29, 5, 0), datetime(2027, 3, 22, 6, 0)),
    ],
)
def test_the_latest_due_time_is_on_the_networks_wall_clock(settings, job, now, due):
    settings.TIME_ZONE = "Europe/Ljubljana"

    assert job.last_due(now.replace(tzinfo=LJUBLJANA)) == due.replace(tzinfo=LJUBLJANA)


@pytest.mark.parametrize("network_zone", ["Asia/Almaty", "America/Mexico_City"])
def test_the_due_day_is_the_networks_day_not_utcs(settings, network_zone):
    settings.TIME_ZONE = network_zone
    zone = ZoneInfo(network_zone)
    # 00:30 UTC is already morning in Almaty and still evening in Mexico City.
    now = datetime(2027, 1, 13, 0, 30, tzinfo=UTC)

    due = DAILY.last_due(now)

    assert due.tzinfo is not None
    assert due.astimezone(zone).time() == time(6)
    assert due <= now < due + timedelta(days=1)


def test_the_digests_are_on_the_schedule():
    names = {job.name: job for job in periodic_jobs()}

    assert names["notifications.daily_digests"].kwargs == {"frequency": "daily"}
    assert names["notifications.weekly_digests"].weekday == 0


@pytest.fixture
def only(monkeypatch):
    """The schedule holds only the given jobs for the test."""
    from trellis.core import schedule

    def keep(*jobs):
        monkeypatch.setattr(schedule, "_jobs", {job.name: job for job in jobs})

    return keep


def queued() -> list[dict]:
    return [result.args_kwargs["kwargs"] for result in DBTaskResult.objects.order_by("enqueued_at")]


@pytest.mark.django_db
def test_each_period_is_enqueued_once_and_the_first_is_skipped(settings, only):
    settings.TASKS = DATABASE_TASKS
    settings.TIME_ZONE = "UTC"
    only(DAILY)
    first_start = datetime(2027, 1, 13, 14, 0, tzinfo=UTC)

    assert periodic_jobs_enqueue(now=first_start) == []
    assert periodic_jobs_enqueue(now=first_start + timedelta(hours=9)) == []
    assert queued() == []

    next_morning = datetime(2027, 1, 14, 6, 0, 30, tzinfo=UTC)
    assert periodic_jobs_enqueue(now=next_morning) == ["test.daily"]
    assert periodic_jobs_enqueue(now=next_morning + timedelta(minutes=1)) == []
    assert queued() == [{"frequency": "daily"}]

    # Down for three days: one run, not three.
    assert periodic_jobs_enqueue(now=next_morning + timedelta(days=3)) == ["test.daily"]
    assert len(queued()) == 2
    assert ScheduledRun.objects.filter(job="test.daily", enqueued=True).count() == 2


@pytest.mark.django_db
def test_a_second_worker_does_not_enqueue_the_same_period_again(settings, only):
    settings.TASKS = DATABASE_TASKS
    only(MONDAYS)
    ScheduledRun.objects.create(
        job="test.weekly", due_at=datetime(2027, 1, 4, 6, tzinfo=UTC), enqueued=False
    )
    monday = datetime(2027, 1, 11, 6, 1, tzinfo=UTC)

    enqueued = [periodic_jobs_enqueue(now=monday) for _worker in range(3)]

    assert enqueued == [["test.weekly"], [], []]
    assert len(queued()) == 1
