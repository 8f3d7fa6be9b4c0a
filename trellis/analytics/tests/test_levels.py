"""Computed levels of participation: thresholds, the window in the network's calendar,
transactional participants, the declared core group and per-community rules."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.test import override_settings

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.levels import (
    DEFAULT_WEIGHTS,
    OFFLINE_KINDS,
    POSTING_KINDS,
    Level,
    Rules,
)
from trellis.analytics.models import ParticipationRules
from trellis.analytics.selectors.levels import (
    community_levels,
    levels_for_communities,
    months_before,
    window,
)
from trellis.communities.models import RoleAssignment
from trellis.communities.tests.factories import MembershipFactory
from trellis.core.network_time import network_day_start
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.models import Contribution
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db

ON = date(2026, 6, 15)
NOON = datetime(2026, 6, 10, 12, tzinfo=UTC)


def acts(person, community, kind, n, at=NOON):
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=at)


def test_offline_participation_weighs_at_least_as_much_as_posting():
    heaviest_post = max(DEFAULT_WEIGHTS[k] for k in POSTING_KINDS)
    assert all(DEFAULT_WEIGHTS[k] >= heaviest_post for k in OFFLINE_KINDS)
    assert set(DEFAULT_WEIGHTS) == set(Kind.values)


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, Level.PERIPHERAL),
        (2, Level.PERIPHERAL),
        (3, Level.OCCASIONAL),
        (11, Level.OCCASIONAL),
        (12, Level.ACTIVE),
        (24, Level.ACTIVE),
        (25, Level.CORE),
    ],
)
def test_each_threshold_is_the_lowest_score_of_its_level(world, score, level):
    # Votes weigh 1, so the score is the number of votes.
    acts(world.member, world.public, Kind.AGENDA_VOTED, score)
    member = community_levels(community=world.public, on=ON).members[world.member.pk]
    assert (member.score, member.level) == (score, level)


def test_members_levels_counts_and_shares(world):
    acts(world.member, world.public, Kind.ACTIVITY_ATTENDED, 5)  # 15: active
    acts(world.outsider, world.public, Kind.QUESTION_ASKED, 1)  # not a member: transactional
    levels = community_levels(community=world.public, on=ON)
    assert levels.members[world.member.pk].level == Level.ACTIVE
    assert levels.members[world.convener.pk].level == Level.PERIPHERAL
    assert levels.transactional == {world.outsider.pk: 2}
    counts = levels.counts()
    assert counts == {
        Level.CORE: 0,
        Level.ACTIVE: 1,
        Level.OCCASIONAL: 0,
        Level.PERIPHERAL: 1,
        Level.TRANSACTIONAL: 1,
    }
    assert levels.shares()[Level.ACTIVE] == pytest.approx(1 / 3)
    # The sponsor holds a role from outside: not a member, no level.
    assert world.sponsor.pk not in levels.members


def test_withdrawn_acts_and_other_communities_do_not_count(world):
    acts(world.member, world.public, Kind.AGENDA_VOTED, 5)
    acts(world.member, world.private, Kind.AGENDA_VOTED, 30)
    Contribution.objects.filter(community=world.public).update(withdrawn_at=NOON)
    acts(world.member, world.public, Kind.AGENDA_VOTED, 4)
    both = levels_for_communities(community_ids=[world.public.pk, world.private.pk], on=ON)
    assert both[world.public.pk].members[world.member.pk].score == 4
    assert both[world.private.pk].members[world.member.pk].score == 30


def test_the_declared_core_group_is_kept_apart_from_the_computed_one(world):
    acts(world.member, world.public, Kind.ACTIVITY_HOSTED, 7)  # 28: computed core
    RoleAssignment.objects.filter(person=world.convener).update(starts_on=date(2020, 1, 1))
    named = UserFactory(full_name="Named Core")
    MembershipFactory(community=world.public, person=named, declared_level="core")
    levels = community_levels(community=world.public, on=ON)
    # The convener convenes, the named member was named; neither took part enough.
    assert levels.declared_core_ids() == {world.convener.pk, named.pk}
    assert levels.computed_core_ids() == {world.member.pk}
    assert levels.core_differences() == ({world.convener.pk, named.pk}, {world.member.pk})


def test_a_community_s_own_rules(world):
    ParticipationRules.objects.create(
        community=world.public,
        weights={Kind.AGENDA_VOTED: 10},
        core_threshold=100,
        active_threshold=50,
        occasional_threshold=20,
        window_months=1,
    )
    acts(world.member, world.public, Kind.AGENDA_VOTED, 5)  # 50: active under these rules
    acts(world.member, world.private, Kind.AGENDA_VOTED, 5)  # 5: occasional by default
    acts(world.member, world.public, Kind.AGENDA_VOTED, 5, at=NOON - timedelta(days=40))
    both = levels_for_communities(community_ids=[world.public.pk, world.private.pk], on=ON)
    assert both[world.public.pk].members[world.member.pk].level == Level.ACTIVE
    assert both[world.public.pk].members[world.member.pk].score == 50  # the older acts are out
    assert both[world.private.pk].members[world.member.pk].level == Level.OCCASIONAL


def test_months_before_keeps_the_day_or_the_month_s_last():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


@pytest.mark.parametrize("zone", ["Asia/Almaty", "America/Bogota", "UTC"])
@pytest.mark.parametrize("clock", ["23:30", "00:30"])
def test_the_window_is_counted_in_the_network_s_calendar_at_any_hour(world, zone, clock):
    """An act at the first minute of the window's first day counts and one a minute earlier
    does not, whatever the hour and the zone the network runs in."""
    hour, minute = (int(p) for p in clock.split(":"))
    with override_settings(TIME_ZONE=zone):
        since, until = window(Rules(), ON)
        assert since == network_day_start(date(2025, 6, 16))
        acts(world.member, world.public, Kind.AGENDA_VOTED, 4, at=since)
        acts(world.member, world.public, Kind.AGENDA_VOTED, 1, at=since - timedelta(minutes=1))
        acts(world.member, world.public, Kind.AGENDA_VOTED, 2, at=until - timedelta(minutes=1))
        acts(world.member, world.public, Kind.AGENDA_VOTED, 8, at=until)
        moment = network_day_start(ON).replace(hour=hour, minute=minute)
        with time_machine.travel(moment, tick=False):
            member = community_levels(community=world.public).members[world.member.pk]
    assert member.score == 6


def test_levels_of_many_communities_take_a_fixed_number_of_queries(
    world, django_assert_max_num_queries
):
    for community in (world.public, world.private):
        for _ in range(30):
            person = UserFactory()
            MembershipFactory(community=community, person=person)
            acts(person, community, Kind.ANSWER_POSTED, 3)
    with django_assert_max_num_queries(6):
        both = levels_for_communities(community_ids=[world.public.pk, world.private.pk], on=ON)
    assert both[world.public.pk].counts()[Level.OCCASIONAL] == 30
