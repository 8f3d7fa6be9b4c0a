"""The member levels table as CSV or XLSX (a small local export until analytics' exports are
unified). A cell that a spreadsheet would read as a formula is written as text."""

from collections.abc import Sequence
from csv import writer
from io import BytesIO, StringIO

from django.http import HttpResponse
from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value: object) -> object:
    """Text that begins like a formula gets an apostrophe, so it stays text when opened."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table_response(
    *, header: Sequence[str], rows: Sequence[Sequence[object]], filename: str, file_format: str
) -> HttpResponse:
    """The table as a download, `file_format` "xlsx" or anything else for CSV."""
    cells = [[safe_cell(v) for v in row] for row in [header, *rows]]
    if file_format == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in cells:
            sheet.append(row)
        out = BytesIO()
        book.save(out)
        response = HttpResponse(out.getvalue(), content_type=XLSX_TYPE)
        extension = "xlsx"
    else:
        text = StringIO()
        writer(text).writerows(cells)
        response = HttpResponse(text.getvalue(), content_type="text/csv; charset=utf-8")
        extension = "csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response
