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

from trellis.analytics.network.graph import Broker, member_of
from trellis.core.charts import figure, svg

LAYOUT_SEED = 11
# The most tied members drawn, at most: beyond this a drawing is a blot; the table has all.
MAX_DRAWN = 300
_NODE_GROUP = re.compile(r'<g id="member-(\d+)">')


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
    for one, other in sorted(shown.edges):
        (x1, y1), (x2, y2) = positions[one], positions[other]
        width = min(0.6 + 0.4 * shown.edges[one, other]["weight"], 3.0)
        axes.plot([x1, x2], [y1, y2], color="#9aa5b1", linewidth=width, zorder=1)
    codes = sorted({member_of(shown, node).country for node in shown})
    palette = colormaps["tab20"]
    colours = {code: palette(index % 20) for index, code in enumerate(codes)}
    labelled = {broker.id for broker in brokers[:5]}
    for node in sorted(shown):
        member = member_of(shown, node)
        x, y = positions[node]
        axes.scatter(
            [x],
            [y],
            s=60,
            color=colours[member.country],
            edgecolors="white",
            zorder=2,
            gid=f"member-{node}",
        )
        if node in labelled:
            axes.annotate(member.name, (x, y), xytext=(4, 4), textcoords="offset points", zorder=3)
    for code in codes:
        axes.scatter([], [], color=colours[code], label=country_name(code))
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    names = {node: member_of(shown, node).name for node in shown}

    def titled(match: re.Match[str]) -> str:
        name = names.get(int(match.group(1)), "")
        return f"{match.group(0)}<title>{escape(name)}</title>"

    return mark_safe(_NODE_GROUP.sub(titled, str(svg(chart, title=title))))  # noqa: S308


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
