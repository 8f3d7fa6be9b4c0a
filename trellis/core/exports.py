"""A table as a downloaded file: CSV or XLSX, for every table a page shows. One way for all.

A page's tables are named; its export view maps each name to a function that checks the
viewer's right to that table and returns its (headers, rows), and calls `table_export`:

    return table_export(
        tables={"levels": lambda: levels_table(picture), ...},
        table=table, format=file_format, filename=[community.slug, "participation", table],
    )

An unknown table or format is a 404. Headers are translated where the view builds them, in the
reader's language. Cells are written as text or numbers; a text cell that a spreadsheet would
read as a formula (starting with = + - @, or a tab or carriage return) is prefixed with an
apostrophe, so that a name typed by a member cannot run in a leader's spreadsheet (CSV/formula
injection). CSV starts with a byte order mark so that spreadsheets open Cyrillic as UTF-8.
"""

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Literal

from django.http import Http404, HttpResponse
from django.utils.text import slugify
from openpyxl import Workbook

ExportFormat = Literal["csv", "xlsx"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx")
Table = tuple[Sequence[Any], Iterable[Sequence[Any]]]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_format(value: object) -> ExportFormat | None:
    """The export format a request names (`csv`, `xlsx`), or None for anything else."""
    return value if value in EXPORT_FORMATS else None  # type: ignore[return-value]


def safe_filename(parts: Iterable[object]) -> str:
    """A file name (without extension) that is safe in a Content-Disposition header: each part
    reduced to ASCII letters, digits and hyphens, the parts joined by hyphens."""
    name = "-".join(filter(None, (slugify(str(part)) for part in parts)))
    return name or "table"


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
    """The table as an attachment named `filename` (made safe; without extension) in the format
    asked, its first row the headers."""
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
        response = HttpResponse("\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8")
    name = safe_filename([filename])
    response["Content-Disposition"] = f'attachment; filename="{name}.{format}"'
    return response


def table_export(
    *,
    tables: Mapping[str, Callable[[], Table]],
    table: str,
    format: str,
    filename: Sequence[object],
) -> HttpResponse:
    """The table named `table` of a page in `format`; 404 for a table or format it does not
    have. Each table's function checks the viewer's right to it (raising PermissionDenied)."""
    file_format = export_format(format)
    if file_format is None or table not in tables:
        raise Http404
    headers, rows = tables[table]()
    return table_response(
        filename=safe_filename(filename), headers=headers, rows=rows, format=file_format
    )
