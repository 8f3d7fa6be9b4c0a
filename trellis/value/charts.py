"""The chart of an indicator over time: one line per scope, its target dashed. The table on
the page holds every figure; the chart is labelled for assistive technology."""

from collections.abc import Iterable

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from trellis.core.charts import figure, svg
from trellis.core.translated import translated
from trellis.value.models import Observation, ScopeKind, Target

COLOURS = ("#1b4965", "#2a7f9e", "#62b6cb", "#c0843d", "#7a4f9e", "#4f7a28")


def scope_label(row: Observation | Target) -> str:
    if row.scope_kind == ScopeKind.COMMUNITY and row.community is not None:
        return translated(row.community.name) or row.community.code
    if row.scope_kind == ScopeKind.COUNTRY:
        return row.scope_key.removeprefix("country:")
    if row.scope_kind == ScopeKind.ACTIVITY:
        return _("An activity")
    return _("The whole network")


def observations_svg(
    observations: Iterable[Observation], targets: Iterable[Target], *, title: str
) -> SafeString | None:
    """None when fewer than two numbers were observed: nothing to draw a trend of."""
    lines: dict[str, list[tuple[object, float]]] = {}
    labels: dict[str, str] = {}
    for row in observations:
        if row.value is None:
            continue
        lines.setdefault(row.scope_key, []).append((row.period_end, float(row.value)))
        labels[row.scope_key] = scope_label(row)
    if sum(len(points) for points in lines.values()) < 2:
        return None
    chart = figure(width=7.2, height=3.8)
    axes = chart.add_subplot()
    colours = {key: COLOURS[i % len(COLOURS)] for i, key in enumerate(sorted(lines))}
    for key in sorted(lines):
        days, values = zip(*sorted(lines[key]), strict=True)
        axes.plot(days, values, marker="o", markersize=3, color=colours[key], label=labels[key])
    for target in targets:
        if target.target is not None and target.scope_key in colours:
            axes.axhline(
                float(target.target), color=colours[target.scope_key], linestyle="--", linewidth=1
            )
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    chart.autofmt_xdate()
    return svg(chart, title=title)
