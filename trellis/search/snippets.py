"""The excerpt of a hit: the original text around the words the query matched, highlighted.

Built in Python for every engine from the text as written, so what a person reads is what they
wrote; everything but the `<mark>` elements is escaped.
"""

from collections.abc import Iterator
from itertools import chain

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from trellis.search.text import WORD, fold, stem

SNIPPET_CHARS = 240
_SCAN_CHARS = 200_000  # beyond this a body is not scanned for a snippet (it starts the excerpt)


def _matches(text: str, wanted: set[str]) -> Iterator[tuple[int, int]]:
    """The spans of the words whose stems are wanted, in order, found lazily: the caller stops
    reading at the end of its excerpt, so a long body is not stemmed to its end."""
    folded = fold(text)
    if len(folded) != len(text):
        # Folding changed lengths (rare letters such as "ß"): match on the folded words
        # one by one, located in the original by their own folding.
        for match in WORD.finditer(text):
            if stem(fold(match.group())) in wanted:
                yield match.span()
        return
    for match in WORD.finditer(folded):
        if stem(match.group()) in wanted:
            yield match.span()


def highlight(text: str, stems: list[str], *, limit: int | None = SNIPPET_CHARS) -> SafeString:
    """At most about `limit` characters of `text` (all of it when None), moved on to its first
    matched word when that lies further, with the words whose stems are in `stems` in `<mark>`;
    the rest escaped."""
    text = " ".join(text[:_SCAN_CHARS].split())
    limit = len(text) if limit is None else limit
    spans = _matches(text, set(stems)) if stems else iter(())
    first = next(spans, None)
    start = 0
    if first is not None and len(text) > limit and first[1] > limit * 2 // 3:
        start = first[0] - limit // 3
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first[0] else start
    end = min(len(text), start + limit)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    parts = ["…"] if start > 0 else []
    position = start
    for span_start, span_end in chain([first] if first is not None else [], spans):
        if span_end > end:
            break
        if span_start < start:
            continue
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped
