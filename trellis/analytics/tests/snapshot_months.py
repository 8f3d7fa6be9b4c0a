"""The stored snapshots as one row per person and month, as readers see them: each run of
months (`LevelSnapshot.period` to `last_period`) stands for every month it covers."""

from datetime import date

from trellis.analytics.models import LevelSnapshot
from trellis.analytics.periods import months_between


def snapshot_months(*columns: str, period: date | None = None) -> list[tuple]:
    """Sorted rows of (month, *columns) for every month of every run; `period` keeps one."""
    rows = []
    for first, last, *values in LevelSnapshot.objects.values_list(
        "period", "last_period", *columns
    ):
        rows += [(month, *values) for month in months_between(first, last)]
    return sorted(row for row in rows if period is None or row[0] == period)
