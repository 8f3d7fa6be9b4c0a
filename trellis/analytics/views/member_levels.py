"""Each member's computed level beside their declared one, for those who look after a
community: network admins, its conveners and its community keepers."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from trellis.analytics.levels import MEMBER_LEVELS
from trellis.analytics.permissions import can_view_participation_detail
from trellis.analytics.selectors.member_levels import (
    NamedRow,
    core_differences,
    member_level_table,
    named_rows,
    transactional_rows,
)
from trellis.communities.permissions import can_manage_community
from trellis.communities.selectors import access_community
from trellis.core.exports import Table, table_export
from trellis.core.pagination import paginate
from trellis.core.permissions import require

PAGE_SIZE = 50


def _filters(request: HttpRequest) -> tuple[str, str, str]:
    """The level, declared level and name searched for, as the page's form sends them."""
    level = request.GET.get("level") or ""
    declared = request.GET.get("declared") or ""
    return level, declared, (request.GET.get("q") or "").strip()[:100]


@require_safe
def member_levels(request: HttpRequest, slug: str) -> HttpResponse:
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_view_participation_detail(request.user, community))
    level, declared, search = _filters(request)
    table = member_level_table(community=community, level=level, declared=declared, search=search)
    page = paginate(request, table.rows, per_page=PAGE_SIZE)
    page.object_list = named_rows(list(page.object_list))
    is_convener = can_manage_community(request.user, community)
    return render(
        request,
        "analytics/member_levels.html",
        {
            "community": community,
            "page": page,
            "levels": [(lvl.value, lvl.label) for lvl in MEMBER_LEVELS],
            "level": level,
            "declared": declared,
            "search": search,
            "rules": table.levels.rules,
            "counts": table.levels.counts(),
            "transactional": transactional_rows(table.levels),
            "transactional_count": len(table.levels.transactional),
            "guests": table.levels.guests,
            "differences": core_differences(table.levels) if is_convener else None,
            "can_declare": is_convener,
        },
    )


@require_safe
def member_levels_export(
    request: HttpRequest, slug: str, table: str, file_format: str
) -> HttpResponse:
    """`members` (as the page's filters keep them) or `transactional`, as CSV or XLSX: names,
    for those who see the page."""
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_view_participation_detail(request.user, community))
    level, declared, search = _filters(request)

    def members() -> Table:
        rows = member_level_table(
            community=community, level=level, declared=declared, search=search
        ).rows
        return _members_table(named_rows(rows))

    def transactional() -> Table:
        levels = member_level_table(community=community).levels
        everyone = transactional_rows(levels, limit=len(levels.transactional))
        return [_("Name"), _("Score")], [[person.name, person.score] for person in everyone]

    return table_export(
        tables={"members": members, "transactional": transactional},
        table=table,
        format=file_format,
        filename=[community.slug, "member-levels", table],
    )


def _members_table(rows: list[NamedRow]) -> Table:
    headers = [_("Name"), _("Score"), _("Computed level"), _("Declared level"), _("Declared core")]
    body = [
        [
            row.name,
            row.score,
            row.level_label(),
            row.declared_label(),
            _("yes") if row.declared_core else _("no"),
        ]
        for row in rows
    ]
    return headers, body
