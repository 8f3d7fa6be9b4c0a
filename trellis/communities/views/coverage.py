"""Leadership coverage: a community's roles filled or vacant, who holds many, the rotation
history; and the same across the network. Every table downloads as CSV or XLSX
(`.../coverage/<table>.<csv|xlsx>`, through `trellis.core.exports`)."""

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from trellis.communities import permissions, selectors
from trellis.communities.models import Community
from trellis.communities.selectors import NetworkCoverage, RoleCoverage
from trellis.communities.views.community import _community_context
from trellis.core.exports import Table, table_export
from trellis.core.pagination import paginate
from trellis.core.permissions import require
from trellis.core.translated import translated

HISTORY_PER_PAGE = 30


def _coverage_table(coverage: list[RoleCoverage]) -> tuple[list[str], list[list[Any]]]:
    headers = [
        _("Role"),
        _("Person"),
        _("Since"),
        _("Until"),
        _("Roles here"),
        _("Roles in the network"),
    ]
    rows: list[list[Any]] = []
    for entry in coverage:
        role = translated(entry.role.name)
        if entry.vacant:
            rows.append([role, _("Vacant"), None, None, None, None])
        rows.extend(
            [
                role,
                str(holder.person),
                holder.assignment.starts_on,
                holder.assignment.ends_on,
                holder.roles_here,
                holder.roles_in_network,
            ]
            for holder in entry.holders
        )
    return headers, rows


def _holders_table(coverage: list[RoleCoverage]) -> Table:
    headers = [_("Person"), _("Roles here"), _("Roles in the network")]
    rows = [
        [str(h.person), h.roles_here, h.roles_in_network]
        for h in selectors.community_many_roles_list(coverage=coverage)
    ]
    return headers, rows


def _history_table(community: Community) -> tuple[list[str], list[list[Any]]]:
    headers = [_("Role"), _("Person"), _("From"), _("Until"), _("Assigned by")]
    rows = [
        [
            translated(a.role.name),
            str(a.person),
            a.starts_on,
            a.ends_on,
            str(a.assigned_by) if a.assigned_by else "",
        ]
        for a in selectors.role_history_list(community=community)
    ]
    return headers, rows


@require_safe
def community_role_coverage(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_view_role_coverage(request.user, community))
    coverage = selectors.community_role_coverage(community=community)
    context = _community_context(request, community)
    context.update(
        {
            "coverage": coverage,
            "vacant_count": sum(1 for entry in coverage if entry.vacant),
            "many_roles": selectors.community_many_roles_list(coverage=coverage),
            "many_roles_threshold": selectors.MANY_ROLES,
            "history": paginate(
                request,
                selectors.role_history_list(community=community),
                per_page=HISTORY_PER_PAGE,
            ),
            "can_assign": permissions.can_assign_roles(request.user, community),
        }
    )
    return render(request, "communities/role_coverage.html", context)


@require_safe
def network_role_coverage(request: HttpRequest) -> HttpResponse:
    require(request.user, permissions.can_view_network_role_coverage(request.user))
    coverage = selectors.network_role_coverage(viewer=request.user)
    return render(
        request,
        "communities/network_role_coverage.html",
        {
            "coverage": coverage,
            "many_roles_threshold": selectors.MANY_ROLES,
            "can_assign_network": permissions.can_assign_roles(request.user, None),
        },
    )


@require_safe
def community_role_coverage_export(
    request: HttpRequest, slug: str, table: str, file_format: str
) -> HttpResponse:
    """`coverage`, `holders` or `history` as CSV or XLSX, for whoever sees the page."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_view_role_coverage(request.user, community))
    return table_export(
        tables={
            "coverage": lambda: _coverage_table(
                selectors.community_role_coverage(community=community)
            ),
            "holders": lambda: _holders_table(
                selectors.community_role_coverage(community=community)
            ),
            "history": lambda: _history_table(community),
        },
        table=table,
        format=file_format,
        filename=[community.slug, "roles", table],
    )


def _network_coverage_table(coverage: NetworkCoverage) -> Table:
    """Holders' names for those who may see them, otherwise how many hold each role."""
    headers = [_("Community"), *(translated(r.name) for r in coverage.roles), _("Vacant")]
    rows = [
        [
            translated(row.community.name),
            *(
                ", ".join(names) if coverage.with_names else count
                for names, count in zip(row.cells, row.counts, strict=True)
            ),
            row.vacant,
        ]
        for row in coverage.rows
    ]
    return headers, rows


def _network_holders_table(coverage: NetworkCoverage) -> Table:
    if not coverage.with_names:  # the page shows no such table without names
        raise Http404
    headers = [_("Person"), _("Roles"), _("Communities")]
    return headers, [[h.name, h.roles, h.communities] for h in coverage.many_roles]


@require_safe
def network_role_coverage_export(
    request: HttpRequest, table: str, file_format: str
) -> HttpResponse:
    """`coverage` (names only for network admins) or `holders` (network admins) as CSV or
    XLSX."""
    require(request.user, permissions.can_view_network_role_coverage(request.user))
    coverage = selectors.network_role_coverage(viewer=request.user)
    return table_export(
        tables={
            "coverage": lambda: _network_coverage_table(coverage),
            "holders": lambda: _network_holders_table(coverage),
        },
        table=table,
        format=file_format,
        filename=["network", "roles", table],
    )
