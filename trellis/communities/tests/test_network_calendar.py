"""Dates that govern rights are counted in the network's calendar, whoever asks and whenever.

Each test runs half an hour either side of midnight UTC, with a network, a convener and a role
holder in zones east (Almaty, UTC+5) and west (Mexico City, UTC-6) of UTC: the hours when a
calendar taken from the person asking would disagree with the network's by a day.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone, translation

from trellis.communities.models import Role, RoleAssignment
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.core.network_time import network_today

pytestmark = pytest.mark.django_db

EAST, WEST = "Asia/Almaty", "America/Mexico_City"
# A month from now, so that the roles the world fixture gives today have begun.
_MIDNIGHT = datetime.combine(
    datetime.now(UTC).date() + timedelta(days=31), datetime.min.time(), tzinfo=UTC
)
CLOCKS = [
    pytest.param(_MIDNIGHT - timedelta(minutes=30), id="23:30UTC"),
    pytest.param(_MIDNIGHT + timedelta(minutes=30), id="00:30UTC"),
]
NETWORK_ZONES = ["UTC", EAST, WEST]


def network_date(clock: datetime, zone: str):
    return clock.astimezone(ZoneInfo(zone)).date()


@pytest.mark.parametrize("clock", CLOCKS)
@pytest.mark.parametrize("network_zone", NETWORK_ZONES)
@pytest.mark.parametrize("assigner_zone", [EAST, WEST])
@pytest.mark.parametrize("holder_zone", [EAST, WEST])
def test_a_role_given_now_counts_at_once_for_everyone(
    client, world, settings, clock, network_zone, assigner_zone, holder_zone
):
    settings.TIME_ZONE = network_zone
    world.convener.time_zone = assigner_zone
    world.convener.save()
    newcomer = MembershipFactory(community=world.public).person
    newcomer.time_zone = holder_zone
    newcomer.save()
    convener_role = Role.objects.get(code=Role.CONVENER)

    with time_machine.travel(clock, tick=False):
        client.force_login(world.convener)
        response = client.post(
            "/communities/public-cop/roles/", {"person": newcomer.pk, "role": convener_role.pk}
        )
        assert response.status_code == 302
        assignment = RoleAssignment.objects.get(person=newcomer)
        assert assignment.starts_on == network_date(clock, network_zone)

        client.force_login(newcomer)
        assert client.get("/communities/public-cop/manage/").status_code == 200

        client.force_login(world.member)
        page = client.get("/communities/public-cop/").content.decode()
        assert newcomer.full_name in page


@pytest.mark.parametrize("clock", CLOCKS)
@pytest.mark.parametrize("network_zone", NETWORK_ZONES)
def test_which_roles_hold_today_does_not_depend_on_the_active_zone(
    world, settings, clock, network_zone
):
    settings.TIME_ZONE = network_zone
    today = network_date(clock, network_zone)
    day = timedelta(days=1)

    def role(**period):
        holder = MembershipFactory(community=world.public).person
        return RoleAssignmentFactory(community=world.public, person=holder, **period).pk

    holding = {role(starts_on=today), role(starts_on=today - day, ends_on=today)}
    role(starts_on=today + day)
    role(starts_on=today - 2 * day, ends_on=today - day)

    with time_machine.travel(clock, tick=False):
        assert network_today() == today
        for zone in (EAST, WEST, "UTC"):
            with timezone.override(ZoneInfo(zone)):
                current = set(
                    RoleAssignment.objects.current()
                    .filter(community=world.public, pk__gte=min(holding) - 2)
                    .values_list("pk", flat=True)
                )
                assert current == holding, zone


@pytest.mark.parametrize("clock", CLOCKS)
@pytest.mark.parametrize("ender_zone", [EAST, WEST])
def test_a_role_ended_now_ends_on_the_networks_day(client, world, settings, clock, ender_zone):
    settings.TIME_ZONE = WEST
    world.convener.time_zone = ender_zone
    world.convener.save()
    holder = MembershipFactory(community=world.public).person
    assignment = RoleAssignmentFactory(
        community=world.public, person=holder, starts_on=network_date(clock, WEST) - timedelta(9)
    )

    with time_machine.travel(clock, tick=False):
        client.force_login(world.convener)
        client.post(f"/roles/{assignment.pk}/end/")

    assignment.refresh_from_db()
    assert assignment.ends_on == network_date(clock, WEST)


def test_a_request_leaves_no_zone_or_language_behind(client, world):
    world.member.time_zone = EAST
    world.member.preferred_language = "ru"
    world.member.save()
    client.force_login(world.member)

    response = client.get("/communities/")

    assert response["Content-Language"] == "ru"
    assert timezone.get_current_timezone_name() == timezone.get_default_timezone_name()
    assert translation.get_language() == "en"


def test_a_visitor_is_answered_in_the_language_their_browser_asks_for(client, world):
    response = client.get("/communities/", headers={"accept-language": "ru"})

    assert response["Content-Language"] == "ru"
    assert "Сообщества" in response.content.decode()
