"""Rebuilding many months in one pass gives the snapshots that building them one by one gives,
including windows that do not start on a month's first day."""

from datetime import UTC, date, datetime

import pytest

from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot, ParticipationRules
from trellis.analytics.periods import months_between
from trellis.analytics.services.snapshots import level_snapshots_build, level_snapshots_rebuild
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.models import Contribution
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db

FIRST, LAST = date(2024, 1, 1), date(2025, 4, 1)


def acts(person, community, kind, n, at):
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=at)


def snapshots():
    return sorted(
        LevelSnapshot.objects.values_list(
            "period", "community__slug", "person__full_name", "level", "score", "declared_core"
        )
    )


def score(person, community, period):
    return LevelSnapshot.objects.get(person=person, community=community, period=period).score


@pytest.fixture
def history(world):
    # The public community counts one month, votes ten points each.
    ParticipationRules.objects.create(
        community=world.public,
        weights={Kind.AGENDA_VOTED: 10},
        core_threshold=100,
        active_threshold=50,
        occasional_threshold=20,
        window_months=1,
    )
    # A one-month window ending on 30 April starts on 31 March.
    acts(world.member, world.public, Kind.AGENDA_VOTED, 3, datetime(2024, 3, 31, 12, tzinfo=UTC))
    acts(world.outsider, world.public, Kind.QUESTION_ASKED, 4, datetime(2024, 6, 3, tzinfo=UTC))
    acts(world.convener, world.public, Kind.COMMUNITY_JOINED, 1, datetime(2024, 6, 3, tzinfo=UTC))
    # A twelve-month window ending on 28 February 2025 starts on 29 February 2024.
    acts(world.member, world.private, Kind.ACTIVITY_ATTENDED, 2, datetime(2024, 2, 29, tzinfo=UTC))
    acts(world.convener, world.private, Kind.ACTIVITY_HOSTED, 7, datetime(2024, 9, 9, tzinfo=UTC))
    acts(world.member, world.private, Kind.ACTIVITY_HOSTED, 5, datetime(2024, 6, 1, tzinfo=UTC))
    Contribution.objects.filter(kind=Kind.ACTIVITY_HOSTED, person=world.member).update(
        withdrawn_at=datetime(2024, 6, 2, tzinfo=UTC)
    )
    return world


def test_the_rebuild_gives_the_snapshots_of_a_month_by_month_build(history):
    for month in months_between(FIRST, LAST):
        level_snapshots_build(period=month)
    one_by_one = snapshots()
    LevelSnapshot.objects.all().delete()
    written = level_snapshots_rebuild(first=FIRST, last=LAST)
    assert snapshots() == one_by_one
    assert list(written) == months_between(FIRST, LAST)
    assert sum(written.values()) == len(one_by_one)


def test_the_rebuild_counts_the_odd_days_at_a_window_s_start(history):
    world = history
    level_snapshots_rebuild(first=FIRST, last=LAST)
    public, private = world.public, world.private
    assert score(world.member, public, date(2024, 3, 1)) == 30
    assert score(world.member, public, date(2024, 4, 1)) == 30  # 31 March is in April's window
    assert score(world.member, public, date(2024, 5, 1)) == 0
    assert score(world.member, private, date(2024, 2, 1)) == 6
    assert score(world.member, private, date(2025, 2, 1)) == 6  # 29 February 2024 still counts
    assert score(world.member, private, date(2025, 3, 1)) == 0
    assert score(world.convener, private, date(2025, 4, 1)) == 28
    outsider = LevelSnapshot.objects.filter(person=world.outsider).values_list("period", "level")
    assert list(outsider) == [(date(2024, 6, 1), Level.TRANSACTIONAL)]


def test_the_rebuild_replaces_the_range_and_leaves_other_months(history):
    level_snapshots_build(period=date(2023, 12, 1))
    level_snapshots_build(period=date(2024, 3, 1))
    LevelSnapshot.objects.filter(period=date(2024, 3, 1)).update(score=999)
    level_snapshots_rebuild(first=date(2024, 2, 1), last=date(2024, 4, 1))
    assert LevelSnapshot.objects.filter(score=999).count() == 0
    periods = set(LevelSnapshot.objects.values_list("period", flat=True))
    assert periods == {date(2023, 12, 1), date(2024, 2, 1), date(2024, 3, 1), date(2024, 4, 1)}
