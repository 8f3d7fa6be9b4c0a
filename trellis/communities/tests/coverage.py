"""A community whose leadership is partly covered, for the coverage tests: the world's convener,
Ada (agenda setter, social reporter and community keeper: three roles), Boris (critical friend,
until he handed it over), and Vera, who took it over from him."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Role
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.conftest import World

PAST_START = date(2020, 1, 1)
PAST_END = date(2021, 6, 30)
SINCE = date(2021, 7, 1)


@dataclass
class Leaders:
    ada: Any
    boris: Any
    vera: Any


def role(code: str) -> Role:
    return Role.objects.get(code=code)


def leaders_build(world: World) -> Leaders:
    community = world.public
    ada = UserFactory(full_name="Ada Lovelace")
    boris = UserFactory(full_name="Boris Pasternak")
    vera = UserFactory(full_name="Vera Figner")
    for person in (ada, boris, vera):
        MembershipFactory(community=community, person=person)
    for code in ("agenda_setter", "social_reporter", "community_keeper"):
        RoleAssignmentFactory(
            community=community,
            person=ada,
            role=role(code),
            starts_on=SINCE,
            assigned_by=world.convener,
        )
    RoleAssignmentFactory(
        community=community,
        person=boris,
        role=role("critical_friend"),
        starts_on=PAST_START,
        ends_on=PAST_END,
        assigned_by=world.admin,
    )
    RoleAssignmentFactory(
        community=community,
        person=vera,
        role=role("critical_friend"),
        starts_on=SINCE,
        assigned_by=world.convener,
    )
    return Leaders(ada, boris, vera)
