"""The movement between levels of a community, and its tables' downloads."""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from trellis.analytics import movement_tables as tables
from trellis.analytics.movement_chart import flow_svg
from trellis.analytics.periods import MONTH, QUARTER
from trellis.analytics.permissions import can_adjust_participation_rules
from trellis.analytics.selectors.movement import MovementView, movement_view
from trellis.analytics.selectors.trajectories import Trajectories
from trellis.communities.selectors import access_community
from trellis.core.exports import Table, table_export
from trellis.core.permissions import require
from trellis.core.remembered_pages import remember_page

RANGE_FIELDS = ("from", "to", "period")


def _view(request: HttpRequest, community: object) -> tuple[MovementView, list[str]]:
    """The movement for the range asked; a range that is not valid gives its messages and the
    default range instead."""
    asked = {name: request.GET.get(name) or None for name in RANGE_FIELDS}
    try:
        return (
            movement_view(
                viewer=request.user,
                community=community,  # type: ignore[arg-type]
                start=asked["from"],
                end=asked["to"],
                kind=asked["period"],
            ),
            [],
        )
    except ValidationError as error:
        problems = [str(m) for messages_ in error.message_dict.values() for m in messages_]
        return movement_view(viewer=request.user, community=community), problems  # type: ignore[arg-type]


@require_safe
@remember_page
def movement_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Figures for everyone who sees participation; who moved and who fell silent for the
    community's conveners, keepers and network admins."""
    community = access_community(viewer=request.user, slug=slug)
    view, problems = _view(request, community)
    context = {
        "community": community,
        "view": view,
        "problems": problems,
        "period_kinds": [(MONTH, _("By month")), (QUARTER, _("By quarter"))],
        "can_build": can_adjust_participation_rules(request.user, community),
        "since_example": f"{view.periods.start:%Y-%m}",
    }
    if view.trajectories is not None:
        context.update(
            {
                "chart": flow_svg(
                    view.trajectories, title=_("Movement between levels from period to period")
                ),
                "levels": tables.levels_table(view.trajectories),
                "transitions": tables.transitions_table(view.trajectories),
                "people": tables.people_table(view.trajectories) if view.detail else None,
            }
        )
    if view.silent is not None:
        context["silent"] = tables.silent_table(view.silent)
    return render(request, "analytics/movement.html", context)


@require_safe
def movement_export(request: HttpRequest, slug: str, table: str, file_format: str) -> HttpResponse:
    """`table`: levels or transitions (figures), people or silent (names: detail viewers
    only); `file_format`: csv or xlsx. The range is the page's (`from`, `to`, `period`)."""
    community = access_community(viewer=request.user, slug=slug)
    view, _problems = _view(request, community)

    def figures(build: Callable[[Trajectories], Table]) -> Callable[[], Table]:
        def read() -> Table:
            if view.trajectories is None:
                raise Http404
            return build(view.trajectories)

        return read

    def names(read: Callable[[], Table]) -> Callable[[], Table]:
        def checked() -> Table:
            require(request.user, view.detail)
            return read()

        return checked

    period = view.periods
    return table_export(
        tables={
            "levels": figures(tables.levels_table),
            "transitions": figures(tables.transitions_table),
            "people": names(figures(tables.people_table)),
            "silent": names(lambda: tables.silent_table(view.silent or [])),
        },
        table=table,
        format=file_format,
        filename=[
            community.slug,
            "movement",
            table,
            f"{period.start:%Y-%m}",
            f"{period.end:%Y-%m}",
        ],
    )
