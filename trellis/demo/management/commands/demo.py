"""`manage.py demo`: load the demo network into an empty database, then say how to log in."""

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trellis.accounts.models import User
from trellis.demo.accounts import demo_account_list, demo_password
from trellis.demo.builder import demo_is_needed, demo_load
from trellis.demo.scale import ScaleSummary, scale_load
from trellis.search.indexing import search_rebuild


class Command(BaseCommand):
    help = (
        "Load the PEMPAL-like demo network when the database has no communities yet; "
        "otherwise leave the data alone. Always prints the demo accounts."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--accounts",
            action="store_true",
            help="Only print the demo accounts and their password (`make run` ends with them).",
        )
        parser.add_argument(
            "--members",
            type=int,
            default=None,
            help="Also generate a network of this many members on top of the demo (for "
            "benchmarks: 10000 builds about a million rows).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["accounts"]:
            self._accounts_print()
            return
        members = options["members"]
        if members is not None and members < 1:
            raise CommandError("--members must be a positive number.")
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
                    f"{summary.documents} documents in {summary.collections} collections, "
                    f"{summary.contributions} contributions, "
                    f"{summary.observations} value indicator observations."
                )
            )
            if members is not None and summary.anchor is not None:
                started = time.monotonic()
                scaled = scale_load(members=members, anchor=summary.anchor)
                self._scale_print(scaled, time.monotonic() - started)
            # The demo writes its rows in bulk, past the services that queue reindexing: the
            # search index is built once, at the end, from every registered source.
            started = time.monotonic()
            indexed = sum(search_rebuild().values())
            self.stdout.write(
                f"Indexed {indexed} items for search in {time.monotonic() - started:.1f} s."
            )
        else:
            self.stdout.write("The database already has communities: the demo was not loaded.")
            if members is not None:
                self.stderr.write(
                    "--members builds on an empty database only: no network was generated. "
                    "Give it a new one, e.g. DATABASE_URL=sqlite:////tmp/large.sqlite3."
                )
        self._accounts_print()

    def _scale_print(self, summary: ScaleSummary, seconds: float) -> None:
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated a network of {summary.people} members in {seconds:.1f} s: "
                f"{summary.communities} communities, {summary.memberships} memberships, "
                f"{summary.role_assignments} role assignments, {summary.agenda_items} learning "
                f"agenda items, {summary.activities} activities with {summary.registrations} "
                f"registrations and {summary.attendances} attendances, {summary.posts} posts "
                f"({summary.questions} questions, {summary.answers} answers, "
                f"{summary.discussions} discussions, {summary.replies} replies), "
                f"{summary.contributions} contributions."
            )
        )

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
