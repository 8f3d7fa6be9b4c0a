"""Charts as SVG text, drawn with matplotlib off screen: the same figure goes into a page
(inline, beside its table) and into a PDF report. Text stays text (selectable, translatable,
read by screen readers) and the output is the same for the same data."""

import re
from io import StringIO

import matplotlib
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

plt.rcParams.update(
    {
        "svg.fonttype": "none",
        "svg.hashsalt": "trellis",
        "font.family": "DejaVu Sans",
        "font.size": 10,
    }
)


def figure(width: float = 6.4, height: float = 4.0) -> Figure:
    """A new figure, not registered with pyplot's global state (safe in threads and tasks)."""
    return Figure(figsize=(width, height), layout="constrained")


_STYLE_ELEMENT = re.compile(r"<style[^>]*>.*?</style>", re.S)
_STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')


def _presentation_attributes(match: re.Match[str]) -> str:
    pairs = (part.split(":", 1) for part in match.group(1).split(";") if ":" in part)
    return "".join(f' {name.strip()}="{escape(value.strip())}"' for name, value in pairs)


def without_inline_style(text: str) -> str:
    """The SVG with matplotlib's `style` attributes as presentation attributes (fill="...")
    and its <style> element gone: the content security policy refuses inline style, and a
    chart whose colours it dropped would be all black."""
    text = _STYLE_ELEMENT.sub("", text)
    return _STYLE_ATTRIBUTE.sub(_presentation_attributes, text)


def svg(chart: Figure, *, title: str) -> SafeString:
    """The figure as an SVG element for a page, labelled for assistive technology by `title`;
    the table beside the chart carries the figures themselves."""
    out = StringIO()
    chart.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    text = out.getvalue()
    start = text.index("<svg")
    # matplotlib escapes the text it draws (names, labels), so the element is safe to inline.
    # The <style> element set these for every shape; on the root they are inherited instead.
    inherited = 'stroke-linejoin="round" stroke-linecap="butt"'
    element = without_inline_style(text[start:]).replace(
        "<svg", f'<svg role="img" aria-label="{escape(title)}" {inherited}', 1
    )
    return mark_safe(element)  # noqa: S308
