"""Send the daily or weekly digests; run by cron (daily at 06:00, weekly on Monday at 06:00)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trellis.notifications.digests import digests_send
from trellis.notifications.models import Frequency


class Command(BaseCommand):
    help = "Email this period's digest to everyone who has something new or waiting."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--frequency", choices=[Frequency.DAILY, Frequency.WEEKLY], required=True
        )

    def handle(self, *args: Any, frequency: str, **options: Any) -> None:
        run = digests_send(frequency=frequency)
        self.stdout.write(f"{frequency} digests sent: {run.sent}")
        if run.failed:
            raise CommandError(f"{run.failed} {frequency} digests failed; see the log.")
