"""Monthly snapshots of levels: what the movement between levels is read from.

A snapshot is work the system does (a scheduled task, or `manage.py participation_snapshots`
for the past), not a person's action: no actor, no permission to check, nothing audited.
The snapshots are kept as runs of months with the same level (`LevelSnapshot`), computed and
written by the database (`snapshot_runs`).
"""

import logging
from collections.abc import Iterable
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery

from trellis.analytics.models import LevelSnapshot
from trellis.analytics.periods import add_months, month_start, months_between
from trellis.analytics.selectors.levels import rules_for, rules_groups
from trellis.analytics.services.snapshot_runs import level_runs_insert
from trellis.communities.selectors.community import community_ids_by_slug

logger = logging.getLogger(__name__)


def _range_clear(*, first: date, last: date, community_ids: list[int]) -> None:
    """Leave the months from `first` to `last` without runs, keeping the months around them:
    a run that crosses an edge of the range keeps its part outside (two parts when it spans
    the whole range)."""
    overlapping = LevelSnapshot.objects.filter(
        community_id__in=community_ids, period__lte=last, last_period__gte=first
    )
    crossing = list(overlapping.filter(Q(period__lt=first) | Q(last_period__gt=last)))
    overlapping.delete()
    parts = []
    for run in crossing:
        if run.period < first:
            parts.append(_run_part(run, period=run.period, last_period=add_months(first, -1)))
        if run.last_period > last:
            parts.append(_run_part(run, period=add_months(last, 1), last_period=run.last_period))
    LevelSnapshot.objects.bulk_create(parts)


def _run_part(run: LevelSnapshot, *, period: date, last_period: date) -> LevelSnapshot:
    return LevelSnapshot(
        community_id=run.community_id,
        person_id=run.person_id,
        level=run.level,
        declared_core=run.declared_core,
        period=period,
        last_period=last_period,
    )


def _runs_join(*, first: date, community_ids: list[int]) -> None:
    """Join each run that starts on `first` to the run just before it when both hold the same
    level and declared core flag: month after month, the scheduled task extends runs instead
    of starting one per person and month."""
    starting = LevelSnapshot.objects.filter(
        community_id=OuterRef("community_id"),
        person_id=OuterRef("person_id"),
        period=first,
        level=OuterRef("level"),
        declared_core=OuterRef("declared_core"),
    )
    LevelSnapshot.objects.filter(
        community_id__in=community_ids, last_period=add_months(first, -1)
    ).filter(Exists(starting)).update(last_period=Subquery(starting.values("last_period")[:1]))
    covering = LevelSnapshot.objects.filter(
        community_id=OuterRef("community_id"),
        person_id=OuterRef("person_id"),
        period__lt=first,
        last_period__gte=first,
    )
    LevelSnapshot.objects.filter(community_id__in=community_ids, period=first).filter(
        Exists(covering)
    ).delete()


def _people_by_month(*, months: list[date], community_ids: list[int]) -> dict[date, int]:
    """How many people each month of the range has a snapshot for: runs counted by their
    first and last month, in one grouped query."""
    runs = (
        LevelSnapshot.objects.filter(
            community_id__in=community_ids, period__gte=months[0], last_period__lte=months[-1]
        )
        .order_by()
        .values("period", "last_period")
        .annotate(n=Count("id"))
        .values_list("period", "last_period", "n")
    )
    people = dict.fromkeys(months, 0)
    for first, last, n in runs:
        for month in months_between(first, last):
            people[month] += n
    return people


def level_snapshots_rebuild(
    *, first: date, last: date, community_ids: Iterable[int] | None = None
) -> dict[date, int]:
    """Replace the snapshots of every month from `first`'s to `last`'s (of the communities
    given, or all) with the levels for the windows ending on each month's last day; the
    number of people with a snapshot in each month.

    The range is replaced in one transaction: readers see the old months or the new ones,
    never half of them. Rebuilding gives the same snapshots. When another worker rebuilds the
    same months at the same moment, the unique constraint stops the second insert; the
    rebuild then runs once more over the rows the first one committed, so both end with the
    same snapshots.
    """
    months = months_between(month_start(first), month_start(last))
    ids = (
        list(community_ids) if community_ids is not None else list(community_ids_by_slug().values())
    )
    if not ids:
        return dict.fromkeys(months, 0)
    rules = rules_for(ids)
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                _range_clear(first=months[0], last=months[-1], community_ids=ids)
                for group in rules_groups(rules):
                    level_runs_insert(community_ids=group, rules=rules[group[0]], months=months)
                _runs_join(first=months[0], community_ids=ids)
        except IntegrityError:
            if attempt == 2:
                raise
            logger.info("Snapshots from %s were built by another worker; building again", first)
            continue
        break
    return _people_by_month(months=months, community_ids=ids)


def level_snapshots_build(*, period: date, community_ids: Iterable[int] | None = None) -> int:
    """Replace the month's snapshots (of the communities given, or all) with the levels for
    the window ending on the month's last day; the number of people with a snapshot."""
    month = month_start(period)
    return level_snapshots_rebuild(first=month, last=month, community_ids=community_ids)[month]
