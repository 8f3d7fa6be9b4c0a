"""Monthly snapshots of levels: built from the engine, replaced whole, rebuilt the same, in a
fixed number of queries; the command for the past and the monthly schedule."""

from datetime import UTC, date, datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.test import override_settings

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.apps import SNAPSHOT_JOB
from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot
from trellis.analytics.services.snapshots import level_snapshots_build
from trellis.analytics.tasks import level_snapshots_last_month
from trellis.analytics.tests.snapshot_months import snapshot_months
from trellis.communities.models import RoleAssignment
from trellis.communities.tests.factories import MembershipFactory
from trellis.core.network_time import network_zone
from trellis.core.schedule import periodic_jobs
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db

MARCH = date(2026, 3, 1)


def acts(person, community, kind, n, at):
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=at)


def rows(period=MARCH):
    return [
        row[1:]
        for row in snapshot_months(
            "community__slug", "person__full_name", "level", "declared_core", period=period
        )
    ]


def test_a_month_s_snapshot_holds_members_and_transactional_participants(world):
    RoleAssignment.objects.filter(person=world.convener).update(starts_on=date(2020, 1, 1))
    acts(world.member, world.public, Kind.ACTIVITY_ATTENDED, 5, datetime(2026, 3, 20, tzinfo=UTC))
    acts(world.outsider, world.public, Kind.QUESTION_ASKED, 1, datetime(2026, 3, 2, tzinfo=UTC))
    # After the month's end: not in March's snapshot.
    acts(world.member, world.public, Kind.ACTIVITY_HOSTED, 10, datetime(2026, 4, 2, tzinfo=UTC))
    written = level_snapshots_build(period=date(2026, 3, 17), community_ids=[world.public.pk])
    assert written == 3
    assert rows() == [
        ("public-cop", "Convener Person", Level.PERIPHERAL, True),
        ("public-cop", "Member Person", Level.ACTIVE, False),  # 15 points
        ("public-cop", "Outsider Person", Level.TRANSACTIONAL, False),
    ]


def test_rebuilding_a_month_gives_the_same_rows_and_leaves_other_months(world):
    acts(world.member, world.public, Kind.ANSWER_POSTED, 2, datetime(2026, 3, 10, tzinfo=UTC))
    level_snapshots_build(period=date(2026, 2, 1))
    level_snapshots_build(period=MARCH)
    first = rows()
    level_snapshots_build(period=MARCH)
    assert rows() == first
    assert len(first) == 4  # two members in each of the two communities
    assert LevelSnapshot.objects.filter(period=date(2026, 2, 1)).count() == 4


def test_a_rebuild_follows_a_changed_history(world):
    level_snapshots_build(period=MARCH, community_ids=[world.public.pk])
    acts(world.member, world.public, Kind.ACTIVITY_HOSTED, 10, datetime(2026, 3, 10, tzinfo=UTC))
    level_snapshots_build(period=MARCH, community_ids=[world.public.pk])
    assert LevelSnapshot.objects.get(person=world.member, period=MARCH).level == Level.CORE


def test_the_build_takes_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    for community in (world.public, world.private):
        for _ in range(40):
            person = UserFactory()
            MembershipFactory(community=community, person=person)
            acts(person, community, Kind.ANSWER_POSTED, 2, datetime(2026, 3, 5, tzinfo=UTC))
    # Rules, the range's runs cleared, one INSERT ... SELECT, runs joined, people counted.
    with django_assert_max_num_queries(14):
        written = level_snapshots_build(period=MARCH)
    assert written == 84


def test_the_command_rebuilds_month_by_month(world):
    out = StringIO()
    call_command(
        "participation_snapshots",
        "--since=2026-01",
        "--until=2026-03",
        "--community=public-cop",
        stdout=out,
    )
    assert out.getvalue().splitlines() == [
        "[1/3] 2026-01: 2 snapshots",
        "[2/3] 2026-02: 2 snapshots",
        "[3/3] 2026-03: 2 snapshots",
    ]
    assert set(LevelSnapshot.objects.values_list("community__slug", flat=True)) == {"public-cop"}


@pytest.mark.parametrize(
    "arguments",
    [
        ["--since=2026-13"],
        ["--since=2026-03", "--until=2026-01"],
        ["--since=2026-01", "--community=nowhere"],
        ["--since=2026-01", "--until=2999-01"],
    ],
)
def test_the_command_refuses_what_it_cannot_do(world, arguments):
    with pytest.raises(CommandError):
        call_command("participation_snapshots", *arguments, stdout=StringIO())


@pytest.mark.parametrize("zone", ["Asia/Almaty", "America/Bogota"])
@pytest.mark.parametrize(
    ("now", "due"),
    [
        (datetime(2026, 3, 15, 12), datetime(2026, 3, 1, 2)),
        (datetime(2026, 3, 1, 2), datetime(2026, 3, 1, 2)),
        (datetime(2026, 3, 1, 1, 59), datetime(2026, 2, 1, 2)),
        (datetime(2026, 1, 1, 0, 30), datetime(2025, 12, 1, 2)),
    ],
)
def test_the_monthly_job_is_due_at_two_on_the_first_of_each_month(zone, now, due):
    """In the network's calendar: the month's snapshot is taken once it has ended there."""
    job = next(job for job in periodic_jobs() if job.name == SNAPSHOT_JOB)
    with override_settings(TIME_ZONE=zone):
        local = network_zone()
        assert job.last_due(now.replace(tzinfo=local)) == due.replace(tzinfo=local)


def test_the_task_snapshots_the_month_just_ended_and_twice_is_once(world):
    acts(world.member, world.public, Kind.ACTIVITY_ATTENDED, 5, datetime(2026, 3, 20, tzinfo=UTC))
    with time_machine.travel(datetime(2026, 4, 1, 3, tzinfo=network_zone()), tick=False):
        assert level_snapshots_last_month.call() == {"period": "2026-03", "rows": 4}
        first = rows()
        level_snapshots_last_month.enqueue()  # the test backend runs it at once
    assert rows() == first
    assert ("public-cop", "Member Person", Level.ACTIVE, False) in first


def test_month_after_month_the_task_extends_runs_that_hold(world):
    acts(world.member, world.public, Kind.ACTIVITY_ATTENDED, 5, datetime(2026, 1, 20, tzinfo=UTC))
    for month in (date(2026, 1, 1), date(2026, 2, 1), MARCH):
        level_snapshots_build(period=month, community_ids=[world.public.pk])
    runs = LevelSnapshot.objects.filter(person=world.member).values_list(
        "period", "last_period", "level"
    )
    assert list(runs) == [(date(2026, 1, 1), MARCH, Level.ACTIVE)]
    assert rows(date(2026, 2, 1)) == rows(MARCH)
    assert ("public-cop", "Member Person", Level.ACTIVE, False) in rows(date(2026, 2, 1))
