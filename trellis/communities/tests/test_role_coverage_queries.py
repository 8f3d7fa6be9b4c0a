"""The coverage pages and API run the same number of queries with ten times the communities,
role holders and past assignments (`queries_stay_flat` of the scale tests)."""

from datetime import date
from itertools import count

import pytest
from django.urls import reverse

from trellis.communities.models import Role
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)
from trellis.tests.test_query_counts_scale import Target, queries_stay_flat, scene_build

pytestmark = pytest.mark.django_db

TARGETS = [
    Target(
        "community coverage", lambda s: reverse("communities:role_coverage", args=["public-cop"])
    ),
    Target("network coverage", lambda s: reverse("communities:network_role_coverage")),
    Target("api community roles", lambda s: "/api/v1/communities/public-cop/roles"),
]


def _grower(world):
    serial = count()
    codes = ["agenda_setter", "social_reporter", "community_keeper", "critical_friend"]
    roles = {code: Role.objects.get(code=code) for code in codes}

    def grow(rows: int) -> None:
        for _ in range(rows):
            n = next(serial)
            community = CommunityFactory()
            holder = MembershipFactory(community=community).person
            MembershipFactory(community=world.public, person=holder)
            # A holder of many roles: two in a new community, two in the public one.
            for code in codes[:2]:
                RoleAssignmentFactory(community=community, person=holder, role=roles[code])
            for code in codes[2:]:
                RoleAssignmentFactory(community=world.public, person=holder, role=roles[code])
            RoleAssignmentFactory(
                community=world.public,
                person=holder,
                role=roles["agenda_setter"],
                starts_on=date(2019, 1, 1 + n % 28),
                ends_on=date(2019, 12, 31),
                assigned_by=world.convener,
            )

    return grow


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_coverage_does_not_grow_with_the_data(world, client, target):
    queries_stay_flat(client, scene_build(world), target, grow=_grower(world))
