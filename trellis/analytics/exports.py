"""Tables of analytics pages as CSV or XLSX downloads.

A local stand-in for the shared `trellis.core.exports.table_response` (same signature), until
the two are made one. A text cell that a spreadsheet would read as a formula (starting with =,
+, - or @) gets a leading apostrophe, so a name or an organisation cannot run as one.
"""

import csv
from collections.abc import Iterable, Sequence
from io import BytesIO, StringIO
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook

FORMATS = ("csv", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value: Any) -> Any:
    """Numbers as they are; text that could start a formula with an apostrophe first."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def table_response(
    *, filename: str, headers: Sequence[Any], rows: Iterable[Sequence[Any]], format: str
) -> HttpResponse:
    """The table as a download named `filename` plus the format's extension. `headers` are
    the columns' names, already translated; `format` is one of FORMATS."""
    if format not in FORMATS:
        raise ValueError(format)
    header = [safe_cell(str(h)) for h in headers]
    body = [[safe_cell(value) for value in row] for row in rows]
    if format == "csv":
        out = StringIO()
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(body)
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(header)
        for row in body:
            sheet.append(row)
        data = BytesIO()
        book.save(data)
        response = HttpResponse(data.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{format}"'
    return response
