"""Rebuild the monthly snapshots of levels for past months, in one pass over the log."""

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trellis.analytics.periods import add_months, month_start
from trellis.analytics.services.snapshots import level_snapshots_rebuild
from trellis.communities.selectors.community import community_ids_by_slug
from trellis.core.network_time import network_today


def _month(value: str) -> date:
    try:
        year, month = (int(part) for part in value.split("-"))
        return date(year, month, 1)
    except ValueError as error:
        raise CommandError(f"{value!r} is not a month written as YYYY-MM") from error


class Command(BaseCommand):
    help = (
        "Rebuild the snapshots of participation levels for each month from --since to --until "
        "(the last ended month by default), for every community or the one named."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--since", required=True, help="first month, YYYY-MM")
        parser.add_argument("--until", help="last month, YYYY-MM (default: last month)")
        parser.add_argument("--community", help="a community's slug (default: all)")

    def handle(self, *args: Any, **options: Any) -> None:
        since = _month(options["since"])
        last_ended = add_months(month_start(network_today()), -1)
        until = _month(options["until"]) if options["until"] else last_ended
        if since > until:
            raise CommandError("--since comes after --until")
        if until > last_ended:
            raise CommandError(f"{until:%Y-%m} has not ended yet (last ended: {last_ended:%Y-%m})")
        community_ids = None
        if options["community"]:
            found = community_ids_by_slug(slugs=[options["community"]])
            if not found:
                raise CommandError(f"No community with the slug {options['community']!r}")
            community_ids = list(found.values())
        written = level_snapshots_rebuild(first=since, last=until, community_ids=community_ids)
        for number, (month, rows) in enumerate(written.items(), start=1):
            self.stdout.write(f"[{number}/{len(written)}] {month:%Y-%m}: {rows} snapshots")
