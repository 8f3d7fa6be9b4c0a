"""Periodic work, scheduled by Trellis itself rather than by cron lines beside it.

Apps register their jobs (`periodic_job_register`) when they start; the task worker
(`manage.py worker`) calls `periodic_jobs_enqueue` every half minute, which enqueues each job
once for its latest due time. Times of day are in the network's calendar.

- Once: a `ScheduledRun` row per (job, due time), under a unique constraint, so several
  workers or a restarted one enqueue a period's run exactly once.
- No backlog: a worker that was down for three days enqueues the latest period only.
- No surprise on a fresh installation: the period current when a job is first seen is
  recorded as skipped, so starting Trellis at noon does not send that morning's digest.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from django.db import IntegrityError, transaction

from trellis.core.models import ScheduledRun
from trellis.core.network_time import network_zone

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PeriodicJob:
    """A task to enqueue every day at `at` (network time), every week on `weekday` (0 is
    Monday) at `at`, or every month on its day `monthday` (1 to 28) at `at`."""

    name: str
    task: Any
    at: time
    weekday: int | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)
    monthday: int | None = None

    def last_due(self, now: datetime) -> datetime:
        """The latest moment at or before `now` when the job was due."""
        zone = network_zone()
        local = now.astimezone(zone)
        due = datetime.combine(local.date(), self.at, tzinfo=zone)
        if self.monthday is not None:
            due = due.replace(day=self.monthday)
            if due <= local:
                return due
            previous = local.date().replace(day=1) - timedelta(days=1)
            return due.replace(year=previous.year, month=previous.month)
        if self.weekday is None:
            step = timedelta(days=1)
        else:
            due -= timedelta(days=(local.weekday() - self.weekday) % 7)
            step = timedelta(days=7)
        # Aware arithmetic on one zone keeps the wall-clock time across a DST change.
        return due - step if due > local else due


_jobs: dict[str, PeriodicJob] = {}


def periodic_job_register(job: PeriodicJob) -> None:
    _jobs[job.name] = job


def periodic_jobs() -> list[PeriodicJob]:
    return sorted(_jobs.values(), key=lambda job: job.name)


def periodic_jobs_enqueue(*, now: datetime) -> list[str]:
    """Enqueue every job whose latest period has not been claimed yet; the names enqueued."""
    enqueued = []
    for job in periodic_jobs():
        due = job.last_due(now)
        first_seen = not ScheduledRun.objects.filter(job=job.name).exists()
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(job=job.name, due_at=due, enqueued=not first_seen)
                if not first_seen:
                    job.task.enqueue(**job.kwargs)
        except IntegrityError:
            continue
        if first_seen:
            logger.info("First start of %s: the period due %s is skipped", job.name, due)
        else:
            logger.info("Enqueued %s, due %s", job.name, due)
            enqueued.append(job.name)
    return enqueued
