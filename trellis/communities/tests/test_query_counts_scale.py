"""The community pages leaders and members work in run the same number of queries on a small
network and on one with ten times the rows (issue #9, point 4): agenda, members, managing
members, roles, and the history. The scene and the counting are those of
`trellis/tests/test_query_counts_scale.py`; these pages are for some roles only, so each role's
status is compared too (a member is refused the convener's pages, in a fixed number of queries).
"""

import pytest
from django.urls import reverse

from trellis.tests.test_query_counts_scale import (
    Target,
    queries_stay_flat,
    scene_build,
)

pytestmark = pytest.mark.django_db


def _community(name: str, *, query: str = "") -> Target:
    return Target(
        name + query, lambda s: reverse(f"communities:{name}", args=[s.world.public.slug]) + query
    )


TARGETS = [
    _community("agenda"),
    _community("agenda", query="?status=proposed"),
    _community("members"),
    _community("members", query="?q=scale"),
    _community("manage"),
    _community("roles"),
    _community("history"),
    Target("network roles", lambda s: reverse("communities:network_roles")),
]


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_leaders_pages_do_not_grow_with_the_data(world, client, target):
    # Leaders' pages: the others may be refused; a network admin's page has no convener.
    leaders = ("admin",) if target.name == "network roles" else ("convener", "admin")
    queries_stay_flat(client, scene_build(world), target, must_answer=leaders)
