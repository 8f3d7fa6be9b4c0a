"""Rows for leadership coverage: a community's roles filled or vacant and their history (pages
and API), the network's coverage table, and changing an assignment's period through the API."""

from typing import Any

from trellis.communities.models import RoleAssignment
from trellis.conftest import World
from trellis.tests.permission_rows import (
    API_MANAGERS,
    API_MANAGERS_PRIVATE,
    Row,
    community_url,
    sponsor_assignment,
)

# Those who see the community's members see who leads it; the sponsor of a private community
# (not a member) does not.
COVERAGE_PAGE = "login ok ok ok ok ok"
COVERAGE_PAGE_PRIVATE = "404 404 ok ok 403 ok"
COVERAGE_API = "401 ok ok ok ok ok"
COVERAGE_API_PRIVATE = "404 404 ok ok 403 ok"


def agenda_setters(world: World, community: Any) -> int:
    return RoleAssignment.objects.filter(role__code="agenda_setter", community=community).count()


def sponsor_period(world: World, community: Any) -> Any:
    assignment = sponsor_assignment(world, community)
    return (assignment.starts_on, assignment.ends_on)


ROWS = [
    Row(
        "communities:role_coverage",
        "GET",
        community_url("roles/coverage/"),
        COVERAGE_PAGE,
        COVERAGE_PAGE_PRIVATE,
    ),
    Row(
        "communities:network_role_coverage",
        "GET",
        lambda w, c: "/network/roles/coverage/",
        "login ok ok ok ok ok",
    ),
    Row(
        "communities:role_coverage_export",
        "GET",
        community_url("roles/coverage/history.csv"),
        COVERAGE_PAGE,
        COVERAGE_PAGE_PRIVATE,
    ),
    Row(
        "communities:network_role_coverage_export",
        "GET",
        lambda w, c: "/network/roles/coverage/coverage.xlsx",
        "login ok ok ok ok ok",
    ),
    Row(
        "api:community_roles",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}/roles",
        COVERAGE_API,
        COVERAGE_API_PRIVATE,
    ),
    Row(
        "api:community_role_create",
        "POST",
        lambda w, c: f"/api/v1/communities/{c.slug}/roles",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data=lambda w, c: {"person": w.member.pk, "role": "agenda_setter"},
        json=True,
        effect=agenda_setters,
    ),
    Row(
        "api:role_update",
        "PATCH",
        lambda w, c: f"/api/v1/roles/{sponsor_assignment(w, c).pk}",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data=lambda w, c: {"ends_on": sponsor_assignment(w, c).starts_on.isoformat()},
        json=True,
        effect=sponsor_period,
    ),
]
