"""A table as a downloaded file: CSV or XLSX, for every table a page shows.

`table_response(filename=..., headers=[...], rows=[[...], ...], format="csv" | "xlsx")` gives the
HTTP response. Cells are written as text or numbers; a text cell that a spreadsheet would read as
a formula (starting with = + - @, or a tab or carriage return) is prefixed with an apostrophe, so
that a name typed by a member cannot run in a leader's spreadsheet (CSV/formula injection).
"""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, Literal

from django.http import HttpResponse
from openpyxl import Workbook

ExportFormat = Literal["csv", "xlsx"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx")

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_format(value: object) -> ExportFormat | None:
    """The export format a request names (`?format=csv`), or None for the page itself."""
    return value if value in EXPORT_FORMATS else None  # type: ignore[return-value]


def cell_value(value: Any) -> Any:
    """A cell as it is written: numbers and dates as they are, anything else as safe text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | date | datetime):
        return value
    text = str(value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def table_response(
    *,
    filename: str,
    headers: Sequence[Any],
    rows: Iterable[Sequence[Any]],
    format: ExportFormat,
) -> HttpResponse:
    """The table as an attachment named `filename` (without extension) in the format asked."""
    header_cells = [cell_value(header) for header in headers]
    body = [[cell_value(cell) for cell in row] for row in rows]
    if format == "xlsx":
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.append(header_cells)
        for row in body:
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=_XLSX)
    else:
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(header_cells)
        writer.writerows(
            [cell.isoformat() if isinstance(cell, date) else cell for cell in row] for row in body
        )
        # A byte order mark, so that spreadsheets open Cyrillic names as UTF-8.
        response = HttpResponse("\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{format}"'
    return response
