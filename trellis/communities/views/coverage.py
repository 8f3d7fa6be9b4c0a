"""Leadership coverage: a community's roles filled or vacant, who holds many, the rotation
history; and the same across the network. Every table downloads as CSV or XLSX
(`?format=csv|xlsx&table=...`)."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from trellis.communities import permissions, selectors
from trellis.communities.models import Community
from trellis.communities.selectors import NetworkCoverage, RoleCoverage
from trellis.communities.views.community import _community_context
from trellis.core.exports import export_format, table_response
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


def _community_export(
    community: Community, coverage: list[RoleCoverage], table: str, format: Any
) -> HttpResponse:
    if table == "history":
        headers, rows = _history_table(community)
    elif table == "holders":
        headers = [_("Person"), _("Roles here"), _("Roles in the network")]
        rows = [
            [str(h.person), h.roles_here, h.roles_in_network]
            for h in selectors.community_many_roles_list(coverage=coverage)
        ]
    else:
        table = "coverage"
        headers, rows = _coverage_table(coverage)
    return table_response(
        filename=f"{community.slug}-roles-{table}", headers=headers, rows=rows, format=format
    )


@require_safe
def community_role_coverage(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_view_role_coverage(request.user, community))
    coverage = selectors.community_role_coverage(community=community)
    if format := export_format(request.GET.get("format")):
        return _community_export(community, coverage, request.GET.get("table", ""), format)
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


def _network_export(coverage: NetworkCoverage, table: str, format: Any) -> HttpResponse:
    if table == "holders" and coverage.with_names:
        headers = [_("Person"), _("Roles"), _("Communities")]
        rows: list[list[Any]] = [[h.name, h.roles, h.communities] for h in coverage.many_roles]
    else:
        table = "coverage"
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
    return table_response(
        filename=f"network-roles-{table}", headers=headers, rows=rows, format=format
    )


@require_safe
def network_role_coverage(request: HttpRequest) -> HttpResponse:
    require(request.user, permissions.can_view_network_role_coverage(request.user))
    coverage = selectors.network_role_coverage(viewer=request.user)
    if format := export_format(request.GET.get("format")):
        return _network_export(coverage, request.GET.get("table", ""), format)
    return render(
        request,
        "communities/network_role_coverage.html",
        {
            "coverage": coverage,
            "many_roles_threshold": selectors.MANY_ROLES,
            "can_assign_network": permissions.can_assign_roles(request.user, None),
        },
    )
