"""A community's big picture of participation: the concentric diagram of levels, the same by
country, language and organisation, the imbalance flags, and every table as a download."""

from functools import partial
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from trellis.analytics.big_picture_charts import concentric_diagram, group_chart
from trellis.analytics.levels import LEVEL_ORDER
from trellis.analytics.permissions import can_view_participation
from trellis.analytics.selectors.big_picture import (
    COUNTRY,
    GROUPINGS,
    LANGUAGE,
    ORGANISATION,
    BigPicture,
    big_picture,
)
from trellis.communities.selectors import access_community
from trellis.core.exports import table_export
from trellis.core.permissions import require
from trellis.core.remembered_pages import remember_page
from trellis.participation.kinds import ContributionKind

if TYPE_CHECKING:
    from trellis.communities.models import Community

LEVELS_TABLE = "levels"
TABLES = (LEVELS_TABLE, *GROUPINGS)


def _typical(typical: tuple[int, int] | None) -> str:
    return f"{typical[0]}–{typical[1]}%" if typical else ""


def _group_heading(grouping: str) -> str:
    return {COUNTRY: _("Country"), LANGUAGE: _("Language"), ORGANISATION: _("Organisation")}[
        grouping
    ]


def table(picture: BigPicture, name: str) -> tuple[list[str], list[list[Any]]]:
    """A table of the page by its name: headers (translated) and rows."""
    if name == LEVELS_TABLE:
        headers = [_("Level"), _("People"), _("Share"), _("Typical share")]
        rows: list[list[Any]] = [
            [str(row.level.label), row.count, round(row.share, 4), _typical(row.typical)]
            for row in picture.levels
        ]
        return headers, rows
    headers = [
        _group_heading(name),
        *(str(level.label) for level in LEVEL_ORDER),
        _("People"),
        _("Share of everyone"),
        _("Share of members active or in the core group"),
    ]
    group_rows: list[list[Any]] = [
        [
            row.label,
            *(row.counts[level] for level in LEVEL_ORDER),
            row.total,
            round(row.share, 4),
            round(row.active_or_core_share, 4),
        ]
        for row in picture.groups[name]
    ]
    return headers, group_rows


def _weights_in_words(picture: BigPicture) -> list[tuple[str, int]]:
    """Each kind of act that counts, with its weight, heaviest first."""
    labels = dict(ContributionKind.choices)
    weights = [(str(labels.get(kind, kind)), w) for kind, w in picture.rules.weights.items() if w]
    return sorted(weights, key=lambda item: (-item[1], item[0]))


def _table_of(viewer: Any, community: "Community", name: str) -> tuple[list[str], list[list[Any]]]:
    return table(big_picture(viewer=viewer, community=community), name)


@require_safe
def participation_export(
    request: HttpRequest, slug: str, table: str, file_format: str
) -> HttpResponse:
    """One of the page's tables (levels, country, language, organisation) as CSV or XLSX:
    aggregates, for whoever sees the page."""
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_view_participation(request.user, community))
    return table_export(
        tables={name: partial(_table_of, request.user, community, name) for name in TABLES},
        table=table,
        format=file_format,
        filename=[community.slug, "participation", table],
    )


@require_safe
@remember_page
def participation(request: HttpRequest, slug: str) -> HttpResponse:
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_view_participation(request.user, community))
    picture = big_picture(viewer=request.user, community=community)
    groups = [
        {
            "name": grouping,
            "heading": _group_heading(grouping),
            "title": {
                COUNTRY: _("By country"),
                LANGUAGE: _("By working language"),
                ORGANISATION: _("By organisation"),
            }[grouping],
            "note": _(
                "A member's working language is their interface language when the network "
                "works in it; otherwise Russian for those who speak Russian and not English, "
                "English for everyone else."
            )
            if grouping == LANGUAGE
            else "",
            "rows": picture.groups[grouping],
            "chart": group_chart(
                picture.groups[grouping],
                title=_("Levels of participation by country")
                if grouping == COUNTRY
                else _("Levels of participation by language"),
            )
            if grouping in (COUNTRY, LANGUAGE) and picture.groups[grouping]
            else None,
        }
        for grouping in GROUPINGS
    ]
    return render(
        request,
        "analytics/big_picture.html",
        {
            "community": community,
            "picture": picture,
            "diagram": concentric_diagram(picture.levels),
            "groups": groups,
            "levels": LEVEL_ORDER,
            "weights": _weights_in_words(picture),
        },
    )
