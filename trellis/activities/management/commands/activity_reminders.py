"""`manage.py activity_reminders`: remind confirmed registrants a day before an activity starts.

Meant to run every hour from cron, for deployments whose task backend cannot defer tasks: each
run handles the activities starting 23 to 24 hours later, so each registrant is reminded once.
With a backend that defers tasks (the database backend), reminders are scheduled when a place
is confirmed; the command then does nothing unless asked with --force, to avoid sending twice.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from trellis.activities.services.registration import registration_reminders_enqueue
from trellis.activities.tasks import registration_reminder_send


class Command(BaseCommand):
    help = (
        "Queue reminders for confirmed registrants of activities starting 23 to 24 hours from "
        "now. Run hourly when the task backend cannot schedule tasks for later."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Send even though the task backend schedules reminders itself.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if registration_reminder_send.get_backend().supports_defer and not options["force"]:
            self.stdout.write(
                "The task backend schedules reminders when places are confirmed; nothing to do."
            )
            return
        count = registration_reminders_enqueue()
        self.stdout.write(f"Queued {count} reminder(s).")
