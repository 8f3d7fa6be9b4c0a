"""The excerpt of a hit: the original text around the words the query matched, highlighted.

Built in Python for every engine from the text as written, so what a person reads is what they
wrote; everything but the `<mark>` elements is escaped.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from trellis.search.text import WORD, fold, stem

SNIPPET_CHARS = 240
_SCAN_CHARS = 200_000  # beyond this a body is not scanned for a snippet (it starts the excerpt)


def _matches(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    folded = fold(text)
    if len(folded) != len(text):
        # Folding changed lengths (rare letters such as "ß"): match on the folded words
        # one by one, located in the original by their own folding.
        spans = []
        for match in WORD.finditer(text):
            if stem(fold(match.group())) in wanted:
                spans.append(match.span())
        return spans
    return [m.span() for m in WORD.finditer(folded) if stem(m.group()) in wanted]


def highlight(text: str, stems: list[str], *, limit: int | None = SNIPPET_CHARS) -> SafeString:
    """At most about `limit` characters of `text` (all of it when None), moved on to its first
    matched word when that lies further, with the words whose stems are in `stems` in `<mark>`;
    the rest escaped."""
    text = " ".join(text[:_SCAN_CHARS].split())
    limit = len(text) if limit is None else limit
    spans = _matches(text, set(stems)) if stems else []
    start = 0
    if spans and len(text) > limit and spans[0][1] > limit * 2 // 3:
        start = spans[0][0] - limit // 3
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(len(text), start + limit)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    parts = ["…"] if start > 0 else []
    position = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped
