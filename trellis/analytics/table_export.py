"""A table as a CSV or XLSX download.

Kept small on purpose: `trellis.core.exports.table_response` is being written for every app,
and this is to be pointed at it once it lands. A cell that a spreadsheet would read as a
formula (starting with = + - @) gets a leading apostrophe, so a name cannot run as one.
"""

import csv
from collections.abc import Iterable, Sequence
from io import BytesIO, StringIO
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook

FORMATS = ("csv", "xlsx")
_FORMULA_STARTS = ("=", "+", "-", "@")
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def table_response(
    *, filename: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], file_format: str
) -> HttpResponse:
    """`filename` without extension; `file_format` one of `FORMATS`."""
    table = [[safe_cell(str(header)) for header in headers]]
    table += [[safe_cell(cell) for cell in row] for row in rows]
    if file_format == "xlsx":
        book = Workbook()
        sheet = book.active
        for row in table:
            sheet.append(row)
        out = BytesIO()
        book.save(out)
        response = HttpResponse(out.getvalue(), content_type=_XLSX)
    else:
        text = StringIO()
        csv.writer(text).writerows(table)
        response = HttpResponse(text.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response
