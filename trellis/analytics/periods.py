"""Periods of the movement between levels: months, and quarters made of them.

A snapshot is taken for a month (`LevelSnapshot.period`, the month's first day) and holds
everyone's level for the window ending on the month's last day. A quarter's state is that of
its latest month with a snapshot. A range of periods is asked for as `from=YYYY-MM&to=YYYY-MM
&period=month|quarter`; `period_range_parse` checks it for the page and the API alike.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MONTH = "month"
QUARTER = "quarter"
PERIOD_KINDS = (MONTH, QUARTER)
# A range longer than this would draw an unreadable chart and read too many rows.
MAX_RANGE_MONTHS = 60
DEFAULT_RANGE_MONTHS = 12
_MONTH_TEXT = re.compile(r"(\d{4})-(\d{2})")


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """The first day of the month `months` after (or before) the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """First days of the months from `first`'s to `last`'s, both included."""
    count = (last.year - first.year) * 12 + last.month - first.month
    return [add_months(first, n) for n in range(count + 1)]


@dataclass(frozen=True)
class Period:
    """A month or a quarter: its label and its months' first days."""

    label: str
    months: tuple[date, ...]

    @property
    def first_month(self) -> date:
        return self.months[0]


@dataclass(frozen=True)
class PeriodRange:
    start: date  # first day of the first month
    end: date  # first day of the last month
    kind: str

    def periods(self) -> list[Period]:
        months = months_between(self.start, self.end)
        if self.kind == MONTH:
            return [Period(f"{m:%Y-%m}", (m,)) for m in months]
        quarters: dict[tuple[int, int], list[date]] = {}
        for m in months:
            quarters.setdefault((m.year, (m.month - 1) // 3 + 1), []).append(m)
        return [Period(f"{year} Q{q}", tuple(ms)) for (year, q), ms in quarters.items()]

    def previous(self) -> Period:
        """The period just before the range: movement into its first period is read from it."""
        if self.kind == MONTH:
            month = add_months(self.start, -1)
            return Period(f"{month:%Y-%m}", (month,))
        first = add_months(self.start, -((self.start.month - 1) % 3) - 3)
        months = tuple(add_months(first, n) for n in range(3))
        return Period(f"{first.year} Q{(first.month - 1) // 3 + 1}", months)


def _month(value: str) -> date | None:
    match = _MONTH_TEXT.fullmatch(value.strip())
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        return None
    return date(year, month, 1)


def period_range_parse(
    *, start: str | None, end: str | None, kind: str | None, latest: date
) -> PeriodRange:
    """The range asked for; by default the twelve months up to `latest` (a month's first day).
    Raises ValidationError with a translated message per field that is not valid."""
    errors: dict[str, str] = {}
    kind = kind or MONTH
    if kind not in PERIOD_KINDS:
        errors["period"] = _("Choose month or quarter.")
    last = latest if not end else _month(end)
    if last is None:
        errors["to"] = _("Enter a month as YYYY-MM, for example 2026-03.")
    first = add_months(last or latest, 1 - DEFAULT_RANGE_MONTHS) if not start else _month(start)
    if first is None:
        errors["from"] = _("Enter a month as YYYY-MM, for example 2026-03.")
    if first and last and not errors:
        if first > last:
            errors["from"] = _("The first month must not come after the last one.")
        elif len(months_between(first, last)) > MAX_RANGE_MONTHS:
            errors["from"] = _("Ask for at most %(months)d months at once.") % {
                "months": MAX_RANGE_MONTHS
            }
    if errors:
        raise ValidationError(errors)
    assert first is not None and last is not None
    return PeriodRange(start=first, end=last, kind=kind)
