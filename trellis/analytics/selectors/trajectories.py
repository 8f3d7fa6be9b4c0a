"""Movement between levels, read from the monthly snapshots (`LevelSnapshot`, kept as runs of
months with the same level: a month's snapshot is every run that covers it).

For each period of a range: how many people were at each level, how they moved there from
the period before (a from-level × to-level count, "not there" standing for joining and
leaving), and three movements worth a community's attention:

- newcomers: there now, and in no snapshot of the community before this period;
- returning: there now, not there in the period before, but in some snapshot before this one;
- moving inward: peripheral or transactional in the period before, occasional, active or core
  now.

"There" in a period means having a snapshot (as a member or a transactional participant) in
its latest month that has snapshots at all; a period none of whose months was built is
unknown, and no movement is read into or out of it. Everything is read in three queries
whatever the size of the community or the length of the range.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Max, Min
from django.utils.translation import gettext_lazy as _

from trellis.analytics.levels import LEVEL_ORDER, Level
from trellis.analytics.models import LevelSnapshot
from trellis.analytics.periods import Period, PeriodRange

OUTSIDE = "outside"
OUTSIDE_LABEL = _("Not there")
FLOW_STATES = [*(level.value for level in LEVEL_ORDER), OUTSIDE]
INWARD_FROM = frozenset({Level.PERIPHERAL, Level.TRANSACTIONAL})
INWARD_TO = frozenset({Level.OCCASIONAL, Level.ACTIVE, Level.CORE})

NEWCOMER = "newcomer"
RETURNING = "returning"
INWARD = "inward"
MOVE_LABELS = {NEWCOMER: _("Newcomer"), RETURNING: _("Returning"), INWARD: _("Moving inward")}


def state_label(state: str) -> str:
    return str(OUTSIDE_LABEL) if state == OUTSIDE else str(Level(state).label)


@dataclass(frozen=True)
class Move:
    """One person's notable movement into a period (names: detail viewers only)."""

    person_id: int
    name: str
    kind: str
    from_state: str
    to_state: str


@dataclass
class PeriodMovement:
    period: Period
    built: bool
    counts: dict[str, int] = field(default_factory=dict)
    # None when the period or the one before it has no snapshot: no movement can be read.
    transitions: dict[tuple[str, str], int] | None = None
    newcomers: int = 0
    returning: int = 0
    inward: int = 0
    left: int = 0
    moves: list[Move] = field(default_factory=list)


@dataclass
class Trajectories:
    periods: PeriodRange
    movements: list[PeriodMovement]

    def matrix(self) -> dict[tuple[str, str], int]:
        """Transitions over the whole range, from-state × to-state."""
        total: Counter[tuple[str, str]] = Counter()
        for movement in self.movements:
            total.update(movement.transitions or {})
        return {
            (a, b): total[a, b]
            for a in FLOW_STATES
            for b in FLOW_STATES
            if (a, b) != (OUTSIDE, OUTSIDE)
        }


def latest_snapshot_month(*, community_id: int) -> date | None:
    """The community's latest month with snapshots; None when none was built."""
    latest: date | None = LevelSnapshot.objects.filter(community_id=community_id).aggregate(
        latest=Max("last_period")
    )["latest"]
    return latest


def trajectories_read(
    *, community_id: int, periods: PeriodRange, names: bool = False
) -> Trajectories:
    """The movement in each period of the range; `names` adds who moved (for detail viewers,
    whose right the caller has checked)."""
    shown = periods.periods()
    sequence = [periods.previous(), *shown]
    months = {month for period in sequence for month in period.months}
    columns = ["person_id", "period", "last_period", "level"]
    columns += ["person__full_name"] if names else []
    states: dict[date, dict[int, str]] = {}
    people: dict[int, str] = {}
    for row in (
        LevelSnapshot.objects.filter(
            community_id=community_id, period__lte=max(months), last_period__gte=min(months)
        )
        .order_by()
        .values_list(*columns)
    ):
        for month in months:
            if row[1] <= month <= row[2]:
                states.setdefault(month, {})[row[0]] = row[3]
        if names:
            people[row[0]] = row[4]
    first_seen = dict(
        LevelSnapshot.objects.filter(community_id=community_id, period__lte=periods.end)
        .order_by()
        .values("person_id")
        .annotate(first=Min("period"))
        .values_list("person_id", "first")
    )

    def state_of(period: Period) -> dict[int, str] | None:
        built = [month for month in period.months if month in states]
        return states[max(built)] if built else None

    movements = []
    before = state_of(sequence[0])
    for period in shown:
        now = state_of(period)
        movement = PeriodMovement(period=period, built=now is not None)
        if now is not None:
            counts = Counter(now.values())
            movement.counts = {level.value: counts[level.value] for level in LEVEL_ORDER}
        if now is not None and before is not None:
            _read_moves(movement, before, now, first_seen, people if names else None)
        movements.append(movement)
        before = now
    return Trajectories(periods=periods, movements=movements)


def _read_moves(
    movement: PeriodMovement,
    before: dict[int, str],
    now: dict[int, str],
    first_seen: dict[int, date],
    names: dict[int, str] | None,
) -> None:
    transitions: Counter[tuple[str, str]] = Counter()
    for person_id in before.keys() | now.keys():
        was = before.get(person_id, OUTSIDE)
        is_ = now.get(person_id, OUTSIDE)
        transitions[was, is_] += 1
        kind = None
        if was == OUTSIDE:
            joined_before = first_seen.get(person_id, movement.period.first_month)
            kind = RETURNING if joined_before < movement.period.first_month else NEWCOMER
        elif is_ == OUTSIDE:
            movement.left += 1
        elif was in INWARD_FROM and is_ in INWARD_TO:
            kind = INWARD
        if kind == NEWCOMER:
            movement.newcomers += 1
        elif kind == RETURNING:
            movement.returning += 1
        elif kind == INWARD:
            movement.inward += 1
        if kind is not None and names is not None:
            movement.moves.append(Move(person_id, names.get(person_id, ""), kind, was, is_))
    movement.transitions = dict(transitions)
    movement.moves.sort(key=lambda move: (move.kind, move.name, move.person_id))
