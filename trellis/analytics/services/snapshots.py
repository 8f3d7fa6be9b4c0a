"""Monthly snapshots of levels: what the movement between levels is read from.

A snapshot is work the system does (a scheduled task, or `manage.py participation_snapshots`
for the past), not a person's action: no actor, no permission to check, nothing audited.
"""

import logging
from collections.abc import Iterable
from datetime import date

from django.db import IntegrityError, connection, transaction

from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot
from trellis.analytics.periods import month_end, month_start, months_between
from trellis.analytics.selectors.level_history import levels_by_month
from trellis.analytics.selectors.levels import CommunityLevels, levels_for_communities
from trellis.communities.selectors.community import community_ids_by_slug

logger = logging.getLogger(__name__)


_SNAPSHOT_COLUMNS = ("community_id", "person_id", "period", "level", "score", "declared_core")


def _snapshot_tuples(*, period: date, levels: dict[int, CommunityLevels]) -> list[tuple]:
    month = connection.ops.adapt_datefield_value(period)
    rows: list[tuple] = []
    for community_id, community in levels.items():
        rows += [
            (community_id, m.person_id, month, str(m.level), m.score, m.declared_core)
            for m in community.members.values()
        ]
        rows += [
            (community_id, person_id, month, str(Level.TRANSACTIONAL), score, False)
            for person_id, score in community.transactional.items()
        ]
    return rows


def _snapshots_insert(*, rows: list[tuple]) -> None:
    """Write rows as plain tuples, not through `bulk_create`, which makes a model and prepares
    each field of every row in Python: for the 700,000 rows of three years of a 10,000-member
    network that takes minutes where the database needs seconds. PostgreSQL takes them by
    COPY, one stream parsed once (multi-row INSERTs of 6,000 parameters each were parsed,
    planned and bound statement by statement); SQLite by one prepared INSERT run for every row.

    COPY goes round Django's cursor wrapper, so the write-watch (`trellis.core.generations`)
    does not see it: callers run a DELETE on the same table in the same transaction first,
    which it does see, so remembered pages still learn that snapshots changed."""
    table = connection.ops.quote_name(LevelSnapshot._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(c) for c in _SNAPSHOT_COLUMNS)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Django's own error types (IntegrityError on a clash) for the raw driver's call.
            with (
                connection.wrap_database_errors,
                cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
            return
        one_row = ", ".join(["%s"] * len(_SNAPSHOT_COLUMNS))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({one_row})", rows)  # noqa: S608 (names from the model, values as parameters)


def level_snapshots_build(*, period: date, community_ids: Iterable[int] | None = None) -> int:
    """Replace the month's snapshots (of the communities given, or all) with the levels for
    the window ending on the month's last day; the number of rows written.

    The levels come from the engine's grouped queries, and the rows are replaced in one
    transaction: readers see the old month or the new one, never half of it. Building the same
    month twice gives the same rows. When another worker builds the same month at the same
    moment, the unique constraint stops the second insert; the build then runs once more over
    the rows the first one committed, so both end with the same month.
    """
    period = month_start(period)
    ids = (
        list(community_ids) if community_ids is not None else list(community_ids_by_slug().values())
    )
    if not ids:
        return 0
    rows = _snapshot_tuples(
        period=period, levels=levels_for_communities(community_ids=ids, on=month_end(period))
    )
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                LevelSnapshot.objects.filter(period=period, community_id__in=ids).delete()
                _snapshots_insert(rows=rows)
        except IntegrityError:
            if attempt == 2:
                raise
            logger.info("Snapshots of %s were built by another worker; building again", period)
            continue
        break
    return len(rows)


def level_snapshots_rebuild(
    *, first: date, last: date, community_ids: Iterable[int] | None = None
) -> dict[date, int]:
    """Replace the snapshots of every month from `first`'s to `last`'s (of the communities
    given, or all) with what `level_snapshots_build` gives month by month; the number of rows
    written for each month.

    Rebuilding the past month by month would read each act once per window it falls in;
    here the levels of all the months come from one pass over the log
    (`levels_by_month`), and the whole range is replaced in one transaction.
    """
    months = months_between(month_start(first), month_start(last))
    ids = (
        list(community_ids) if community_ids is not None else list(community_ids_by_slug().values())
    )
    if not ids:
        return dict.fromkeys(months, 0)
    for attempt in (1, 2):
        written: dict[date, int] = {}
        try:
            with transaction.atomic():
                LevelSnapshot.objects.filter(
                    period__gte=months[0], period__lte=months[-1], community_id__in=ids
                ).delete()
                for period, levels in levels_by_month(community_ids=ids, months=months):
                    rows = _snapshot_tuples(period=period, levels=levels)
                    _snapshots_insert(rows=rows)
                    written[period] = len(rows)
        except IntegrityError:
            if attempt == 2:
                raise
            logger.info("Snapshots from %s were built by another worker; building again", first)
            continue
        break
    return written
