"""A table downloads as CSV or XLSX with the same cells, and a cell that a spreadsheet would
run as a formula is written as text."""

import io

from openpyxl import load_workbook

from trellis.core.exports import export_format, table_response

HEADERS = ["Name", "Roles", "Note"]
ROWS = [
    ["Анна Иванова", 3, '=HYPERLINK("http://evil")'],
    ["+7 900", 0, "@SUM(A1)"],
    ["-1", 1, None],
]


def test_csv_keeps_names_and_numbers_and_defuses_formulas():
    response = table_response(filename="people", headers=HEADERS, rows=ROWS, format="csv")

    text = response.content.decode("utf-8-sig")
    assert response["Content-Disposition"] == 'attachment; filename="people.csv"'
    assert text.splitlines() == [
        "Name,Roles,Note",
        'Анна Иванова,3,"\'=HYPERLINK(""http://evil"")"',
        "'+7 900,0,'@SUM(A1)",
        "'-1,1,",
    ]


def test_xlsx_has_the_same_cells_as_text_or_numbers():
    response = table_response(filename="people", headers=HEADERS, rows=ROWS, format="xlsx")

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert list(sheet.iter_rows(values_only=True)) == [
        ("Name", "Roles", "Note"),
        ("Анна Иванова", 3, '\'=HYPERLINK("http://evil")'),
        ("'+7 900", 0, "'@SUM(A1)"),
        ("'-1", 1, None),
    ]
    assert response["Content-Disposition"] == 'attachment; filename="people.xlsx"'


def test_only_known_formats_are_exports():
    assert export_format("csv") == "csv"
    assert export_format("xlsx") == "xlsx"
    assert export_format("pdf") is None
    assert export_format(None) is None
