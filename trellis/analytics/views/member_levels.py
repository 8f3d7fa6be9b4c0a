"""Each member's computed level beside their declared one, for those who look after a
community: network admins, its conveners and its community keepers."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from trellis.analytics.exports_members import table_response
from trellis.analytics.levels import MEMBER_LEVELS
from trellis.analytics.permissions import can_view_participation_detail
from trellis.analytics.selectors.member_levels import (
    core_differences,
    member_level_table,
    named_rows,
    transactional_rows,
)
from trellis.communities.permissions import can_manage_community
from trellis.communities.selectors import access_community
from trellis.core.pagination import paginate
from trellis.core.permissions import require

PAGE_SIZE = 50


@require_safe
def member_levels(request: HttpRequest, slug: str) -> HttpResponse:
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_view_participation_detail(request.user, community))
    level = request.GET.get("level") or ""
    declared = request.GET.get("declared") or ""
    search = (request.GET.get("q") or "").strip()[:100]
    table = member_level_table(community=community, level=level, declared=declared, search=search)
    file_format = request.GET.get("format")
    if file_format in ("csv", "xlsx"):
        return _export(table.rows, community.slug, file_format)
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


def _export(rows: list, slug: str, file_format: str) -> HttpResponse:
    header = [_("Name"), _("Score"), _("Computed level"), _("Declared level"), _("Declared core")]
    body = [
        [
            row.name,
            row.score,
            row.level_label(),
            row.declared_label(),
            _("yes") if row.declared_core else _("no"),
        ]
        for row in named_rows(rows)
    ]
    return table_response(
        header=header, rows=body, filename=f"{slug}-member-levels", file_format=file_format
    )
