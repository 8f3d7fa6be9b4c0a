"""Dates of the demo's history: fixed, so that every load of the demo gives the same data."""

import random
from datetime import UTC, date, datetime, time, timedelta

HISTORY_START = date(2006, 4, 20)  # the launch plenary in Warsaw
HISTORY_END = date(2026, 10, 31)  # memberships and roles; activities: see activities.py


def moment(rng: random.Random, start: date, end: date) -> datetime:
    """A random working-hours moment between two dates, both included."""
    days = max((end - start).days, 0)
    day = start + timedelta(days=rng.randint(0, days))
    return datetime.combine(day, time(rng.randint(7, 17), rng.randint(0, 59)), tzinfo=UTC)


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def years(count: float) -> timedelta:
    return timedelta(days=round(365.25 * count))
