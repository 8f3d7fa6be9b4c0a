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


def svg(chart: Figure, *, title: str) -> SafeString:
    """The figure as an SVG element for a page, labelled for assistive technology by `title`;
    the table beside the chart carries the figures themselves."""
    out = StringIO()
    chart.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    text = out.getvalue()
    start = text.index("<svg")
    # matplotlib escapes the text it draws (names, labels), so the element is safe to inline.
    element = text[start:].replace("<svg", f'<svg role="img" aria-label="{escape(title)}"', 1)
    return mark_safe(_without_inline_styles(element))  # noqa: S308


_STYLE_ATTRIBUTE = re.compile(r' style="([^"]*)"')
_STYLE_ELEMENT = re.compile(r"<style[^>]*>\*\{([^}]*)\}</style>")


def _as_attributes(declarations: str) -> str:
    pairs = (part.split(":", 1) for part in declarations.split(";") if ":" in part)
    return "".join(f' {name.strip()}="{value.strip()}"' for name, value in pairs)


def _without_inline_styles(element: str) -> str:
    """The page's Content-Security-Policy refuses style attributes and elements (no
    'unsafe-inline'); matplotlib writes only properties SVG also takes as presentation
    attributes, which the policy allows, so each becomes one. Its sheet's defaults for every
    element go on the root, whence they inherit."""
    defaults = _STYLE_ELEMENT.search(element)
    if defaults is not None:
        element = _STYLE_ELEMENT.sub("", element)
        element = element.replace("<svg", "<svg" + _as_attributes(defaults.group(1)), 1)
    return _STYLE_ATTRIBUTE.sub(lambda match: _as_attributes(match.group(1)), element)
