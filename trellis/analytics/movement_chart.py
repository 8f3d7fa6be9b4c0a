"""The flow chart of movement between levels: a stacked bar of levels per period, and bands
between consecutive bars for the people who went from one level to another. Joining and
leaving ("not there") are left to the table beside it, which holds every figure."""

import numpy as np
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from trellis.analytics.levels import LEVEL_ORDER
from trellis.analytics.selectors.trajectories import Trajectories
from trellis.core.charts import figure, svg

COLOURS = {
    "core": "#1b4965",
    "active": "#2a7f9e",
    "occasional": "#62b6cb",
    "peripheral": "#bee9e8",
    "transactional": "#d9c5a0",
}
BAR = 0.28
_STEPS = np.linspace(0.0, 1.0, 24)
_EASE = _STEPS * _STEPS * (3 - 2 * _STEPS)


def _segments(counts: dict[str, int]) -> dict[str, float]:
    """Where each level's segment starts, the core group on top."""
    bottoms, top = {}, float(sum(counts.values()))
    for level in LEVEL_ORDER:
        top -= counts.get(level.value, 0)
        bottoms[level.value] = top
    return bottoms


def flow_svg(trajectories: Trajectories, *, title: str) -> SafeString:
    movements = trajectories.movements
    chart = figure(width=max(6.4, 1.1 * len(movements) + 2), height=4.2)
    axes = chart.add_subplot()
    starts = [_segments(m.counts) for m in movements]
    for x, (movement, bottoms) in enumerate(zip(movements, starts, strict=True)):
        for level in LEVEL_ORDER:
            height = movement.counts.get(level.value, 0)
            if height:
                axes.bar(x, height, BAR, bottom=bottoms[level.value], color=COLOURS[level.value])
        if x == 0 or not movement.transitions:
            continue
        # Bands leave each segment in the order of the levels they go to, and arrive in the
        # order of the levels they come from, so they do not cross within a segment.
        out_at = dict(starts[x - 1])
        in_at = dict(bottoms)
        for source in reversed(LEVEL_ORDER):
            for target in reversed(LEVEL_ORDER):
                n = movement.transitions.get((source.value, target.value), 0)
                if not n:
                    continue
                low = out_at[source.value] + (_EASE * (in_at[target.value] - out_at[source.value]))
                xs = (x - 1 + BAR / 2) + _STEPS * (1 - BAR)
                axes.fill_between(
                    xs, low, low + n, color=COLOURS[source.value], alpha=0.45, linewidth=0
                )
                out_at[source.value] += n
                in_at[target.value] += n
    axes.set_xticks(range(len(movements)), [m.period.label for m in movements])
    if len(movements) > 8:
        axes.tick_params(axis="x", labelrotation=45)
    axes.set_ylabel(_("People"))
    axes.spines[["top", "right"]].set_visible(False)
    handles = [
        axes.bar(0, 0, 0, color=COLOURS[level.value], label=str(level.label))
        for level in LEVEL_ORDER
    ]
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return svg(chart, title=title)
