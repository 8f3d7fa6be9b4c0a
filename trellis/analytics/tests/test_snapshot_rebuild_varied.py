"""On a varied world (three sets of rules, acts on window edges, withdrawn acts, outsiders,
roles that start and end, a named core member), rebuilding many months in one pass writes, row
for row, what the levels engine gives for each month on its own."""

import random
from datetime import date, timedelta

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.levels import DEFAULT_WEIGHTS, Level
from trellis.analytics.models import LevelSnapshot, ParticipationRules
from trellis.analytics.periods import month_end, months_between
from trellis.analytics.selectors.levels import levels_for_communities
from trellis.analytics.services.snapshots import level_snapshots_rebuild
from trellis.analytics.tests.snapshot_months import snapshot_months
from trellis.communities.models import Membership
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)
from trellis.core.network_time import network_day_start
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db

FIRST, LAST = date(2023, 11, 1), date(2025, 3, 1)
KINDS = [Kind.ACTIVITY_ATTENDED, Kind.ANSWER_POSTED, Kind.AGENDA_VOTED, Kind.COMMUNITY_JOINED]


def engine_rows(community_ids: list[int]) -> list[tuple]:
    """Each month computed by `levels_for_communities` alone, as snapshot rows."""
    rows = []
    for month in months_between(FIRST, LAST):
        for pk, levels in levels_for_communities(
            community_ids=community_ids, on=month_end(month)
        ).items():
            rows += [
                (month, pk, m.person_id, str(m.level), m.declared_core)
                for m in levels.members.values()
            ]
            rows += [
                (month, pk, person_id, str(Level.TRANSACTIONAL), False)
                for person_id in levels.transactional
            ]
    return sorted(rows)


def stored_rows() -> list[tuple]:
    return snapshot_months("community_id", "person_id", "level", "declared_core")


@pytest.fixture
def varied(world):
    chance = random.Random(11)
    third = CommunityFactory(code="THR", slug="third-cop")
    communities = [world.public, world.private, third]
    ParticipationRules.objects.create(
        community=world.public,
        weights={Kind.AGENDA_VOTED: 5, Kind.ANSWER_POSTED: 0},
        core_threshold=30,
        active_threshold=15,
        occasional_threshold=4,
        window_months=1,
    )
    ParticipationRules.objects.create(
        community=third,
        weights=dict(DEFAULT_WEIGHTS),
        core_threshold=20,
        active_threshold=9,
        occasional_threshold=2,
        window_months=5,
    )
    people = [UserFactory() for _ in range(10)] + [world.member, world.convener, world.outsider]
    for person in people[:8]:
        for community in chance.sample(communities, 2):
            MembershipFactory(community=community, person=person)
    Membership.objects.filter(person=people[0], community=world.private).update(
        declared_level="core"
    )
    RoleAssignmentFactory(
        community=third, person=people[1], starts_on=date(2024, 3, 15), ends_on=date(2024, 9, 30)
    )
    edges = [
        network_day_start(month_end(m) + timedelta(days=1)) for m in months_between(FIRST, LAST)
    ]
    acts = []
    for _ in range(600):
        day = date(2022, 10, 1) + timedelta(days=chance.randrange(900))
        at = network_day_start(day) + timedelta(minutes=chance.choice([0, 1, 720, 1439]))
        acts.append((chance.choice(people), chance.choice(communities), chance.choice(KINDS), at))
    for edge in edges[::3]:  # just before and at the start of a window's day
        for at in (edge - timedelta(microseconds=1), edge):
            acts.append((people[2], world.public, Kind.AGENDA_VOTED, at))
            acts.append((people[3], third, Kind.ACTIVITY_ATTENDED, at))
    Contribution.objects.bulk_create(
        Contribution(
            person=person,
            community=community,
            kind=kind,
            occurred_at=at,
            withdrawn_at=at + timedelta(days=1) if n % 17 == 0 else None,
        )
        for n, (person, community, kind, at) in enumerate(acts)
    )
    return [c.pk for c in communities]


def test_the_rebuild_writes_what_the_engine_gives_month_by_month(varied):
    expected = engine_rows(varied)
    levels = {row[3] for row in expected}
    assert levels == {str(level) for level in Level}  # the world reaches every level
    assert any(row[4] for row in expected) and not all(row[4] for row in expected)
    written = level_snapshots_rebuild(first=FIRST, last=LAST, community_ids=varied)
    assert stored_rows() == expected
    assert sum(written.values()) == len(expected)
    # Runs of unchanged levels: fewer rows than people and months.
    assert LevelSnapshot.objects.count() < len(expected) / 2


def test_a_second_rebuild_of_part_of_the_range_keeps_the_same_rows(varied):
    level_snapshots_rebuild(first=FIRST, last=LAST, community_ids=varied)
    level_snapshots_rebuild(first=date(2024, 2, 1), last=date(2024, 7, 1), community_ids=varied)
    assert stored_rows() == engine_rows(varied)
