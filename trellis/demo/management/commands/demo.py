"""`manage.py demo`: load the demo network into an empty database, then say how to log in."""

import time
from typing import Any

from django.core.management.base import BaseCommand

from trellis.accounts.models import User
from trellis.demo.accounts import demo_account_list, demo_password
from trellis.demo.builder import demo_is_needed, demo_load


class Command(BaseCommand):
    help = (
        "Load the PEMPAL-like demo network when the database has no communities yet; "
        "otherwise leave the data alone. Always prints the demo accounts."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if demo_is_needed():
            started = time.monotonic()
            summary = demo_load()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Loaded the demo network in {time.monotonic() - started:.1f} s: "
                    f"{summary.people} people from {summary.countries} countries, "
                    f"{summary.communities} communities, {summary.memberships} memberships, "
                    f"{summary.role_assignments} role assignments, "
                    f"{summary.transactional_participants} transactional participants, "
                    f"{summary.agenda_items} learning agenda items, "
                    f"{summary.activities} activities around {summary.anchor} with "
                    f"{summary.registrations} registrations and {summary.attendances} "
                    f"attendances, {summary.questions} questions with {summary.answers} "
                    f"answers, {summary.discussions} discussions with {summary.replies} "
                    f"replies, {summary.peer_assists} peer assists, "
                    f"{summary.contributions} contributions."
                )
            )
        else:
            self.stdout.write("The database already has communities: the demo was not loaded.")
        self._accounts_print()

    def _accounts_print(self) -> None:
        accounts = demo_account_list()
        present = set(
            User.objects.filter(email__in=[account.email for account in accounts]).values_list(
                "email", flat=True
            )
        )
        accounts = [account for account in accounts if account.email in present]
        if not accounts:
            self.stdout.write("No demo accounts in this database.")
            return
        self.stdout.write(f"Log in with (password: {demo_password()}):")
        width = max(len(account.email) for account in accounts)
        for account in accounts:
            self.stdout.write(f"  {account.email.ljust(width)}  {account.what}")
