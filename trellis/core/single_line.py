"""Single-line text: names, titles and places hold one line.

A line break in a title breaks what is built from it: an email subject, a calendar's name, a
heading. Forms, API schemas and the translated-text model field all refuse one with the same
rule and message. What counts as a line break is what `str.splitlines` splits on.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Every character `str.splitlines` breaks at; written as a regular expression that Python,
# pydantic and JSON Schema (ECMA 262) read alike.
LINE_BREAKS = r"\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
SINGLE_LINE_PATTERN = rf"^[^{LINE_BREAKS}]*$"
_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")

MESSAGE = _("Write this on one line, without line breaks.")


def has_line_break(text: str) -> bool:
    return _LINE_BREAK.search(text) is not None


def single_line_check(text: str) -> None:
    """Raise a ValidationError when the text holds a line break."""
    if isinstance(text, str) and has_line_break(text):
        raise ValidationError(MESSAGE, code="line_break")
