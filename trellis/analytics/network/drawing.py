"""The network drawn as SVG: members coloured by country with a legend, names as hover titles
and written out only for the top brokers. The layout has a fixed seed, so the same network is
drawn the same way every time."""

import re

import networkx as nx
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django_countries import countries
from matplotlib import colormaps
from matplotlib.collections import LineCollection

from trellis.analytics.network.graph import Broker, member_of
from trellis.core.charts import figure, svg

LAYOUT_SEED = 11
# The most tied members drawn, at most: beyond this a drawing is a blot; the table has all.
MAX_DRAWN = 300
_MARKER = re.compile(r"<use [^>]*/>")
LABELLED_BROKERS = 5


def country_name(code: str) -> str:
    return str(countries.name(code)) if code else _("Country not given")


def network_svg(graph: "nx.Graph[int]", *, brokers: list[Broker], title: str) -> SafeString:
    """Members with at least one tie (the most tied `MAX_DRAWN`), ties as lines."""
    tied = sorted(
        (node for node in graph if graph.degree(node)),
        key=lambda node: (-graph.degree(node), node),
    )[:MAX_DRAWN]
    shown = graph.subgraph(sorted(tied))
    chart = figure(7.0, 5.5)
    axes = chart.add_subplot()
    axes.set_axis_off()
    if not shown.number_of_nodes():
        axes.text(0.5, 0.5, _("No ties in this period."), ha="center", va="center")
        return svg(chart, title=title)
    positions = nx.spring_layout(shown, seed=LAYOUT_SEED)
    edges = sorted(shown.edges)
    axes.add_collection(
        LineCollection(
            [(positions[one], positions[other]) for one, other in edges],
            colors="#9aa5b1",
            linewidths=[min(0.6 + 0.4 * shown.edges[edge]["weight"], 3.0) for edge in edges],
            zorder=1,
        )
    )
    codes = sorted({member_of(shown, node).country for node in shown})
    palette = colormaps["tab10" if len(codes) <= 10 else "tab20"]
    colours = {code: palette(index % palette.N) for index, code in enumerate(codes)}
    nodes = sorted(shown)
    axes.scatter(
        [positions[node][0] for node in nodes],
        [positions[node][1] for node in nodes],
        s=60,
        c=[colours[member_of(shown, node).country] for node in nodes],
        edgecolors="white",
        zorder=2,
        gid="members",
    )
    labelled = {broker.id for broker in brokers[:LABELLED_BROKERS]}
    for node in nodes:
        if node in labelled:
            axes.annotate(
                member_of(shown, node).name,
                positions[node],
                xytext=(4, 4),
                textcoords="offset points",
                zorder=3,
            )
    for code in codes:
        axes.scatter([], [], color=colours[code], label=country_name(code))
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    drawn = str(svg(chart, title=title))
    return mark_safe(_with_names(drawn, [member_of(shown, node).name for node in nodes]))  # noqa: S308


def _with_names(drawn: str, names: list[str]) -> str:
    """Each marker of the members' group (matplotlib writes one `<use>` per point, in the
    order given) wrapped with the member's name as its hover title."""
    start = drawn.index('<g id="members">')
    indent = start - drawn.rindex("\n", 0, start) - 1
    end = drawn.index("\n" + " " * indent + "</g>", start)
    markers = iter(names)

    def titled(match: re.Match[str]) -> str:
        return f"<g><title>{escape(next(markers, ''))}</title>{match.group(0)}</g>"

    return drawn[:start] + _MARKER.sub(titled, drawn[start:end]) + drawn[end:]


def over_time_svg(labels: list[str], series: dict[str, list[float]], *, title: str) -> SafeString:
    """A small line chart of shares (0 to 1) per quarter."""
    chart = figure(6.4, 3.2)
    axes = chart.add_subplot()
    for name, values in series.items():
        axes.plot(labels, values, marker="o", label=name)
    axes.set_ylim(0, 1)
    axes.legend(fontsize=8, frameon=False)
    axes.tick_params(axis="x", labelsize=8)
    return svg(chart, title=title)
