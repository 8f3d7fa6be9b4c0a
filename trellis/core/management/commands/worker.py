"""`manage.py worker`: the task worker, with Trellis's own schedule of periodic work.

It is django-tasks-db's `db_worker` (the same options) plus a scheduler thread that enqueues
each periodic job (daily and weekly digests, ...) once per period; see `trellis.core.schedule`.
With `--batch` the schedule is checked once, before the queue is worked through.
"""

import logging
import os
import threading
from argparse import ArgumentParser
from typing import Any

from django.db import close_old_connections, connection
from django.utils import timezone
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from trellis.core.schedule import periodic_jobs_enqueue

logger = logging.getLogger("trellis.core.schedule")


def schedule_check() -> None:
    close_old_connections()
    try:
        periodic_jobs_enqueue(now=timezone.now())
    except Exception:
        logger.exception("Checking the schedule of periodic work failed; trying again later")
    finally:
        connection.close()


def scheduler_start(*, every: float) -> threading.Event:
    """Check the schedule now and every `every` seconds in a daemon thread; set the returned
    event to stop it."""
    stop = threading.Event()

    def loop() -> None:
        schedule_check()
        while not stop.wait(every):
            schedule_check()

    threading.Thread(target=loop, name="trellis-scheduler", daemon=True).start()
    return stop


class Command(db_worker.Command):
    help = "Run the task worker, and enqueue the periodic work (digests) when it is due."

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=30.0,
            help="Seconds between checks of the schedule of periodic work (default: 30).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        every = options.pop("schedule_interval")
        self.configure_logging(options["verbosity"])
        logger.setLevel(logging.getLogger("django_tasks_db").level)
        if not logger.hasHandlers():
            logger.addHandler(logging.StreamHandler(self.stdout))
        if options["batch"]:
            periodic_jobs_enqueue(now=timezone.now())
        elif not options["reload"] or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
            # With --reload the parent process only watches files; its child runs the tasks,
            # and the schedule with them.
            scheduler_start(every=every)
        super().handle(*args, **options)
