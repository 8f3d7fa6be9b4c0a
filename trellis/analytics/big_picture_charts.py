"""The big picture's charts: the concentric diagram of levels and the levels by group.

In the diagram each level is a ring around the ones nearer the centre, the core group in the
middle; a ring's area is proportional to its count, so the picture is as large as the numbers
are. Labels carry each level's count and share; the table beside the chart has the same.
"""

import math

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from matplotlib.patches import Patch, Wedge

from trellis.analytics.imbalance import percent
from trellis.analytics.levels import LEVEL_ORDER, Level
from trellis.analytics.selectors.big_picture import GroupRow, LevelRow
from trellis.core.charts import figure, svg

# From the centre outwards, dark to light.
COLOURS = {
    Level.CORE: "#1b4965",
    Level.ACTIVE: "#2f6f8f",
    Level.OCCASIONAL: "#5fa8c9",
    Level.PERIPHERAL: "#a9d6e5",
    Level.TRANSACTIONAL: "#e2eef3",
}
# Groups a chart shows at most; the table lists them all.
CHART_GROUPS = 12


def concentric_diagram(rows: list[LevelRow]) -> SafeString:
    chart = figure(6.4, 4.0)
    axes = chart.add_subplot()
    axes.set_aspect("equal")
    axes.axis("off")
    total = sum(row.count for row in rows)
    handles = []
    inner = 0
    for row in rows:
        label = f"{row.level.label}: {row.count} ({percent(row.share)})"
        handles.append(Patch(facecolor=COLOURS[row.level], edgecolor="#333333", label=label))
        if not total or not row.count:
            continue
        outer = inner + row.count
        axes.add_patch(
            Wedge(
                (0, 0),
                math.sqrt(outer / total),
                0,
                360,
                width=math.sqrt(outer / total) - math.sqrt(inner / total),
                facecolor=COLOURS[row.level],
                edgecolor="#333333",
                linewidth=0.8,
            )
        )
        inner = outer
    axes.set_xlim(-1.05, 1.05)
    axes.set_ylim(-1.05, 1.05)
    if not total:
        axes.text(0, 0, _("Nobody has taken part yet."), ha="center", va="center")
    chart.legend(
        handles=handles,
        loc="outside right center",
        frameon=False,
        title=_("From the centre outwards"),
    )
    return svg(chart, title=_("Levels of participation, from the core group outwards"))


def group_chart(rows: list[GroupRow], *, title: str) -> SafeString:
    """Stacked horizontal bars: each group's people by level, the largest groups on top."""
    shown = rows[:CHART_GROUPS]
    chart = figure(6.4, max(2.4, 0.45 * len(shown) + 1.6))
    axes = chart.add_subplot()
    labels = [row.label for row in shown]
    left = [0] * len(shown)
    for level in LEVEL_ORDER:
        values = [row.counts[level] for row in shown]
        axes.barh(
            labels,
            values,
            left=left,
            color=COLOURS[level],
            edgecolor="#333333",
            linewidth=0.5,
            label=str(level.label),
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.invert_yaxis()
    axes.set_xlabel(_("People"))
    axes.spines[["top", "right"]].set_visible(False)
    chart.legend(loc="outside upper center", ncols=3, fontsize=8, frameon=False)
    return svg(chart, title=title)
