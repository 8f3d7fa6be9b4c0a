"""The community pages leaders and members work in run the same number of queries on a small
network and on one with ten times the rows (issue #9, point 4): agenda, members, managing
members, roles, and the history. The scene and the counting are those of
`trellis/tests/test_query_counts_scale.py`; these pages are for some roles only, so each role's
status is compared too (a member is refused the convener's pages, in a fixed number of queries).
"""

import pytest
from django.urls import reverse

from trellis.tests.test_query_counts_scale import (
    ROLES,
    SMALL,
    Target,
    queries_of,
    query_difference,
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
    scene = scene_build(world)
    scene.grow(SMALL)
    small_sql, small_status = {}, {}
    for role in ROLES:
        small_sql[role], response = queries_of(client, scene, role, target)
        small_status[role] = response.status_code
    assert small_status["convener"] == 200 or target.name == "network roles"
    assert small_status["admin"] == 200
    scene.grow(SMALL * 10)
    large_sql, large_status = {}, {}
    for role in ROLES:
        large_sql[role], response = queries_of(client, scene, role, target)
        large_status[role] = response.status_code
    assert large_status == small_status
    small = {role: len(sql) for role, sql in small_sql.items()}
    large = {role: len(sql) for role, sql in large_sql.items()}
    assert large == small, (
        f"{target.name}: queries with few rows {small}, with ten times {large}; "
        f"{query_difference(small_sql, large_sql)}"
    )
