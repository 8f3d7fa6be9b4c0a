"""The movement page's tables as CSV or XLSX downloads.

Kept small and local on purpose: the exports of every page are to be unified in one place. A
text cell a spreadsheet would read as a formula (starting with = + - @) gets a leading
apostrophe, so a name typed by a member cannot run in a keeper's spreadsheet.
"""

import csv
from collections.abc import Sequence
from io import BytesIO, StringIO
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook

FORMATS = ("csv", "xlsx")
_FORMULA_STARTS = ("=", "+", "-", "@")
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def movement_table_response(
    *, filename: str, headers: Sequence[Any], rows: Sequence[Sequence[Any]], file_format: str
) -> HttpResponse:
    """`filename` without its extension; `file_format` one of `FORMATS`."""
    table = [[safe_cell(cell) for cell in row] for row in [list(headers), *rows]]
    if file_format == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in table:
            sheet.append(row)
        out = BytesIO()
        book.save(out)
        response = HttpResponse(out.getvalue(), content_type=_XLSX)
    else:
        text = StringIO()
        csv.writer(text).writerows(table)
        # A byte order mark, so that spreadsheets open Cyrillic names as UTF-8.
        response = HttpResponse("\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response
