"""Small real PDF and Word files made from a title and paragraphs, for the demo network and tests.

They are real enough for the library's text extraction to read back: the PDF embeds DejaVu Sans
(shipped with matplotlib) as a TrueType font with a ToUnicode map, so Cyrillic text is
extractable as well as Latin.
"""

from __future__ import annotations

import datetime
import io
import logging
import textwrap
from collections.abc import Sequence

import docx
import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

A4_INCHES = (8.27, 11.69)
LINE_WIDTH_CHARS = 85
LINES_PER_PAGE = 48
_FIXED_TIME = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
# matplotlib subsets the embedded font with fontTools, which narrates every step at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)


def _pdf_lines(title: str, paragraphs: Sequence[str]) -> list[tuple[str, bool]]:
    lines: list[tuple[str, bool]] = [(line, True) for line in textwrap.wrap(title, 60)]
    for paragraph in paragraphs:
        lines.append(("", False))
        lines.extend((line, False) for line in textwrap.wrap(paragraph, LINE_WIDTH_CHARS))
    return lines


def sample_pdf(*, title: str, paragraphs: Sequence[str]) -> bytes:
    """A PDF of A4 pages: the title in large type, then the paragraphs."""
    lines = _pdf_lines(title, paragraphs)
    buffer = io.BytesIO()
    metadata = {"Title": title, "Creator": "Trellis", "CreationDate": _FIXED_TIME}
    with (
        matplotlib.rc_context({"pdf.fonttype": 42, "font.family": "DejaVu Sans"}),
        PdfPages(buffer, metadata=metadata) as pdf,
    ):
        for start in range(0, max(len(lines), 1), LINES_PER_PAGE):
            figure = Figure(figsize=A4_INCHES)
            top = 0.93
            for text, heading in lines[start : start + LINES_PER_PAGE]:
                if text:
                    figure.text(0.08, top, text, fontsize=15 if heading else 10)
                top -= 0.028 if heading else 0.018
            pdf.savefig(figure)
    return buffer.getvalue()


def sample_docx(*, title: str, paragraphs: Sequence[str]) -> bytes:
    """A Word document: the title as a heading, then one paragraph each."""
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.created = _FIXED_TIME.replace(tzinfo=None)
    document.core_properties.modified = _FIXED_TIME.replace(tzinfo=None)
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
