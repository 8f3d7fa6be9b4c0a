"""Rebuilding many months in one pass gives the snapshots that building them one by one gives,
including windows that do not start on a month's first day."""

from datetime import UTC, date, datetime

import pytest

from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot, ParticipationRules
from trellis.analytics.periods import months_between
from trellis.analytics.services.snapshots import level_snapshots_build, level_snapshots_rebuild
from trellis.analytics.tests.snapshot_months import snapshot_months
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.models import Contribution
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db

FIRST, LAST = date(2024, 1, 1), date(2025, 4, 1)


def acts(person, community, kind, n, at):
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=at)


def snapshots():
    return snapshot_months("community__slug", "person__full_name", "level", "declared_core")


def level(person, community, period):
    [level] = [
        row[-1]
        for row in snapshot_months("person_id", "community_id", "level", period=period)
        if row[1:3] == (person.pk, community.pk)
    ]
    return level


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
    # 30 points in the public community (occasional from 20), 6 in the private one (from 3).
    assert level(world.member, public, date(2024, 3, 1)) == Level.OCCASIONAL
    assert level(world.member, public, date(2024, 4, 1)) == Level.OCCASIONAL  # 31 March counts
    assert level(world.member, public, date(2024, 5, 1)) == Level.PERIPHERAL
    assert level(world.member, private, date(2024, 2, 1)) == Level.OCCASIONAL
    assert level(world.member, private, date(2025, 2, 1)) == Level.OCCASIONAL  # 29 February
    assert level(world.member, private, date(2025, 3, 1)) == Level.PERIPHERAL
    assert level(world.convener, private, date(2025, 4, 1)) == Level.CORE  # 28 points
    outsider = LevelSnapshot.objects.filter(person=world.outsider)
    assert list(outsider.values_list("period", "last_period", "level")) == [
        (date(2024, 6, 1), date(2024, 6, 1), Level.TRANSACTIONAL)
    ]


def test_the_rebuild_replaces_the_range_and_leaves_other_months(history):
    level_snapshots_build(period=date(2023, 12, 1))
    level_snapshots_build(period=date(2024, 3, 1))
    LevelSnapshot.objects.filter(period=date(2024, 3, 1)).update(level=Level.CORE)
    level_snapshots_rebuild(first=date(2024, 2, 1), last=date(2024, 4, 1))
    assert not LevelSnapshot.objects.filter(period=date(2024, 3, 1), level=Level.CORE).exists()
    periods = {row[0] for row in snapshot_months()}
    assert periods == {date(2023, 12, 1), date(2024, 2, 1), date(2024, 3, 1), date(2024, 4, 1)}


def test_rebuilding_the_middle_of_a_run_keeps_the_months_around_it(history):
    level_snapshots_rebuild(first=FIRST, last=LAST)
    before = snapshots()
    level_snapshots_rebuild(first=date(2024, 6, 1), last=date(2024, 6, 1))
    assert snapshots() == before
    # The member of the private community was occasional from February 2024 to February 2025:
    # one run, cut after the rebuilt June (June joins the run before it again).
    runs = LevelSnapshot.objects.filter(person=history.member, community=history.private)
    assert list(runs.order_by("period").values_list("period", "last_period", "level")[:3]) == [
        (date(2024, 1, 1), date(2024, 1, 1), Level.PERIPHERAL),
        (date(2024, 2, 1), date(2024, 6, 1), Level.OCCASIONAL),
        (date(2024, 7, 1), date(2025, 2, 1), Level.OCCASIONAL),
    ]
