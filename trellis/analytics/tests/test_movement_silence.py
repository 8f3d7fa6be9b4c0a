"""The silent-member rule at its boundary: three months to the day in the network's calendar,
at any hour and in a zone east or west of UTC."""

from datetime import date, timedelta

import pytest
import time_machine
from django.test import override_settings

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.levels import Level
from trellis.analytics.selectors.silence import SILENT_MONTHS, fallen_silent
from trellis.communities.tests.factories import MembershipFactory
from trellis.core.network_time import network_day_start
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db

LAST_ACT_DAY = date(2026, 3, 15)


def acts(person, community, kind, n, at):
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=at)


def test_the_rule_counts_three_months():
    assert SILENT_MONTHS == 3


@pytest.mark.parametrize("zone", ["Asia/Almaty", "America/Bogota"])
@pytest.mark.parametrize("clock", ["23:30", "00:30"])
@pytest.mark.parametrize(
    ("today", "silent"), [(date(2026, 6, 14), False), (date(2026, 6, 15), True)]
)
def test_silent_from_three_months_to_the_day(world, zone, clock, today, silent):
    hour, minute = (int(p) for p in clock.split(":"))
    with override_settings(TIME_ZONE=zone):
        # Active (15 points) with the last acts in the last minute of 15 March, network time.
        last = network_day_start(LAST_ACT_DAY + timedelta(days=1)) - timedelta(minutes=1)
        acts(world.member, world.public, Kind.ACTIVITY_ATTENDED, 5, at=last)
        moment = network_day_start(today).replace(hour=hour, minute=minute)
        with time_machine.travel(moment, tick=False):
            found = fallen_silent(community_id=world.public.pk)
    assert [(m.name, m.level) for m in found] == (
        [("Member Person", Level.ACTIVE)] if silent else []
    )


def test_only_members_who_were_active_and_did_nothing_since(world):
    later = UserFactory(full_name="Still Here")
    MembershipFactory(community=world.public, person=later)
    occasional = UserFactory(full_name="Occasional One")
    MembershipFactory(community=world.public, person=occasional)
    march = network_day_start(date(2026, 3, 1))
    acts(world.member, world.public, Kind.ACTIVITY_HOSTED, 10, at=march)  # core, then silent
    acts(later, world.public, Kind.ACTIVITY_HOSTED, 10, at=march)
    acts(later, world.public, Kind.AGENDA_VOTED, 1, at=march + timedelta(days=60))
    acts(occasional, world.public, Kind.AGENDA_VOTED, 5, at=march)  # never active
    acts(world.outsider, world.public, Kind.ACTIVITY_HOSTED, 10, at=march)  # not a member
    # Joining is belonging, not taking part: it does not break the silence.
    acts(world.member, world.public, Kind.COMMUNITY_REJOINED, 1, at=march + timedelta(days=80))
    found = fallen_silent(community_id=world.public.pk, on=date(2026, 7, 1))
    assert [(m.name, m.level, m.score) for m in found] == [("Member Person", Level.CORE, 40)]
