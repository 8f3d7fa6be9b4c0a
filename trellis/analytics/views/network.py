"""The interaction network page of a community and its tables' downloads."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from trellis.analytics.network import tables
from trellis.analytics.network.drawing import MAX_DRAWN, network_svg, over_time_svg
from trellis.analytics.network.selectors import SMALL_ACTIVITY_MAX_PARTICIPANTS, network_view
from trellis.communities.selectors import access_community
from trellis.core.exports import Table, table_export
from trellis.core.pagination import paginate
from trellis.core.permissions import require
from trellis.core.remembered_pages import remember_page

TIES_PER_PAGE = 50


@require_safe
@remember_page
def network_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Figures and their quarters for everyone who sees participation; the graph, its ties and
    brokers by name for those who see detail; the viewer's own ties if they are a member."""
    community = access_community(viewer=request.user, slug=slug)
    view = network_view(viewer=request.user, community=community)
    network = view.network
    labels = [quarter.label for quarter in network.over_time]
    context = {
        "community": community,
        "view": view,
        "figures": network.figures,
        "figure_headers": tables.figure_headers(),
        "figure_rows": [tables.figure_row(network.figures)],
        "tie_headers_mine": tables.tie_headers(),
        "small_activity": SMALL_ACTIVITY_MAX_PARTICIPANTS,
        "max_drawn": MAX_DRAWN,
        "over_time": tables.over_time_table(network),
        "over_time_chart": over_time_svg(
            labels,
            {
                _("Density"): [quarter.figures.density for quarter in network.over_time],
                _("Share of ties across countries"): [
                    quarter.figures.share_across_countries for quarter in network.over_time
                ],
                _("Share of members with a tie abroad"): [
                    quarter.figures.share_with_tie_abroad for quarter in network.over_time
                ],
            },
            title=_("The network's figures per quarter"),
        ),
        "my_ties": tables.tie_rows(view.my_ties) if view.my_ties is not None else None,
    }
    if view.detail:
        brokers = network.brokers()
        context.update(
            {
                "graph_chart": network_svg(
                    network.graph, brokers=brokers, title=_("Who learned with whom")
                ),
                "brokers": tables.brokers_table(brokers),
                "ties_page": paginate(
                    request, tables.tie_rows(network.ties()), per_page=TIES_PER_PAGE
                ),
                "tie_headers": tables.tie_headers(),
            }
        )
    return render(request, "analytics/network.html", context)


@require_safe
def network_export(request: HttpRequest, slug: str, table: str, file_format: str) -> HttpResponse:
    """`table` is figures or over-time (aggregates), ties or brokers (names: detail viewers
    only) or my-ties (the viewer's own); `file_format` csv or xlsx."""
    community = access_community(viewer=request.user, slug=slug)
    view = network_view(viewer=request.user, community=community)

    def my_ties() -> Table:
        if view.my_ties is None:  # not a member: the page shows no such table
            raise Http404
        return tables.ties_table(view.my_ties)

    def ties() -> Table:
        require(request.user, view.detail)
        return tables.ties_table(view.network.ties())

    def brokers() -> Table:
        require(request.user, view.detail)
        return tables.brokers_table(view.network.brokers())

    return table_export(
        tables={
            "figures": lambda: (tables.figure_headers(), [tables.figure_row(view.network.figures)]),
            "over-time": lambda: tables.over_time_table(view.network),
            "my-ties": my_ties,
            "ties": ties,
            "brokers": brokers,
        },
        table=table,
        format=file_format,
        filename=[community.slug, "network", table],
    )
