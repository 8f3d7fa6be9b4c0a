"""Transitions between levels, newcomers, returning members and moving inward, on a small
hand-made history of snapshots whose answers are known."""

from datetime import date

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot
from trellis.analytics.periods import MONTH, QUARTER, PeriodRange
from trellis.analytics.selectors.trajectories import (
    INWARD,
    NEWCOMER,
    OUTSIDE,
    RETURNING,
    trajectories_read,
)

pytestmark = pytest.mark.django_db

P, T, OC, A, C = (
    Level.PERIPHERAL,
    Level.TRANSACTIONAL,
    Level.OCCASIONAL,
    Level.ACTIVE,
    Level.CORE,
)
# Each person's level in January to April 2026; None: not there.
HISTORY: dict[str, list[Level | None]] = {
    "Ann": [P, OC, A, C],  # moves inward in February, then up
    "Bob": [A, None, None, A],  # leaves in February, returns in April
    "Cat": [None, T, P, OC],  # newcomer in February (transactional), inward in April
    "Dan": [C, C, C, None],  # leaves in April
    "Eve": [None, None, None, P],  # newcomer in April
}
MONTHS = [date(2026, m, 1) for m in range(1, 5)]


@pytest.fixture
def history(world):
    people = {name: UserFactory(full_name=name) for name in HISTORY}
    LevelSnapshot.objects.bulk_create(
        LevelSnapshot(
            community=world.public,
            person=people[name],
            period=month,
            last_period=month,
            level=level,
        )
        for name, levels in HISTORY.items()
        for month, level in zip(MONTHS, levels, strict=True)
        if level is not None
    )
    return people


def read(world, start, end, kind=MONTH, names=True):
    periods = PeriodRange(start=start, end=end, kind=kind)
    return trajectories_read(community_id=world.public.pk, periods=periods, names=names)


def test_transitions_and_moves_month_by_month(world, history):
    result = read(world, MONTHS[0], MONTHS[3])
    january, february, march, april = result.movements
    # January: the first month built, nothing before it to move from.
    assert january.built and january.transitions is None
    assert january.counts == {C: 1, A: 1, OC: 0, P: 1, T: 0}
    assert february.transitions == {(P, OC): 1, (A, OUTSIDE): 1, (OUTSIDE, T): 1, (C, C): 1}
    assert (february.newcomers, february.returning, february.inward, february.left) == (1, 0, 1, 1)
    assert [(m.name, m.kind) for m in february.moves] == [("Ann", INWARD), ("Cat", NEWCOMER)]
    assert march.transitions == {(OC, A): 1, (T, P): 1, (C, C): 1}
    assert (march.newcomers, march.returning, march.inward) == (0, 0, 0)
    assert april.transitions == {
        (A, C): 1,
        (OUTSIDE, A): 1,
        (P, OC): 1,
        (C, OUTSIDE): 1,
        (OUTSIDE, P): 1,
    }
    assert (april.newcomers, april.returning, april.inward, april.left) == (1, 1, 1, 1)
    assert [(m.name, m.kind) for m in april.moves] == [
        ("Cat", INWARD),
        ("Eve", NEWCOMER),
        ("Bob", RETURNING),
    ]
    matrix = result.matrix()
    assert matrix[P, OC] == 2
    assert matrix[C, C] == 2
    assert sum(matrix.values()) == 12


def test_the_month_before_the_range_gives_its_first_month_s_movement(world, history):
    (april,) = read(world, MONTHS[3], MONTHS[3]).movements
    assert (april.newcomers, april.returning, april.inward, april.left) == (1, 1, 1, 1)


def test_names_only_when_asked(world, history):
    april = read(world, MONTHS[3], MONTHS[3], names=False).movements[0]
    assert april.moves == []
    assert april.newcomers == 1


def test_quarters_read_the_state_at_their_latest_built_month(world, history):
    q1, q2 = read(world, MONTHS[0], MONTHS[3], kind=QUARTER).movements
    assert q1.period.label == "2026 Q1"
    assert q1.counts == {C: 1, A: 1, OC: 0, P: 1, T: 0}  # March
    assert q1.transitions is None  # nothing built in the quarter before
    # From March to April.
    assert q2.transitions == read(world, MONTHS[3], MONTHS[3]).movements[0].transitions


def test_a_month_without_snapshots_breaks_the_chain(world, history):
    LevelSnapshot.objects.filter(period=MONTHS[2]).delete()
    _, february, march, april = read(world, MONTHS[0], MONTHS[3]).movements
    assert february.transitions is not None
    assert not march.built and march.transitions is None
    assert april.transitions is None


def test_reading_takes_a_fixed_number_of_queries(world, history, django_assert_num_queries):
    with django_assert_num_queries(2):
        read(world, MONTHS[0], MONTHS[3])
