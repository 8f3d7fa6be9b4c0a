"""Turning an uploaded file into rows of text: CSV in UTF-8 (with or without a byte-order
mark), UTF-16 with a byte-order mark or Windows-1251, separated by commas, semicolons or tabs;
or an XLSX workbook (its first sheet). The file type is told by the content, never by the file
name. Only `SpreadsheetError` is raised, for a file that cannot be read at all.
"""

import codecs
import contextlib
import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime, time
from itertools import islice
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from trellis.activities.importing.headers import HEADER_SEARCH_ROWS, header_find

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000
# Physical rows, blank ones included: a workbook can carry a million formatted empty rows.
MAX_PHYSICAL_ROWS = 50_000

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SpreadsheetError(ValidationError):
    """The file as a whole cannot be read; the message says why, in the reader's language."""


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _xlsx_records(content: bytes) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for files that are not workbooks
        raise SpreadsheetError(
            _("This file is not a spreadsheet Trellis can read. Save it as XLSX or CSV.")
        ) from error
    try:
        if not workbook.worksheets:
            raise SpreadsheetError(_("The workbook has no sheets."))
        sheet = workbook.worksheets[0]
        try:
            for values in sheet.iter_rows(values_only=True):
                yield [_cell_text(value) for value in values]
        except SpreadsheetError:
            raise
        except Exception as error:
            raise SpreadsheetError(
                _("The workbook is damaged and cannot be read. Save it again and retry.")
            ) from error
    finally:
        workbook.close()


def _decode(content: bytes) -> str:
    not_text = SpreadsheetError(
        _("This file is neither CSV text nor an XLSX workbook. Save it as XLSX or CSV.")
    )
    try:
        if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = content.decode("utf-16")
        else:
            try:
                text = content.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = content.decode("cp1251")
    except UnicodeDecodeError as error:
        raise not_text from error
    if _CONTROL.search(text):
        raise not_text
    return text


def _delimiter_candidates(text: str) -> list[str]:
    candidates = []
    sample = text[:8192]
    with contextlib.suppress(csv.Error):
        candidates.append(csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    by_count = sorted(",;\t", key=lambda delimiter: -first_line.count(delimiter))
    return list(dict.fromkeys([*candidates, *by_count]))


def _csv_records(text: str) -> Iterator[list[str]]:
    """Rows of CSV text, with the separator that lets the most known headers be read.

    The sniffer's guess is preferred on a tie: it looks at the whole sample, the header
    count only at the first line.
    """
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    best, best_score = ",", -1
    for delimiter in _delimiter_candidates(text):
        head = list(islice(csv.reader(io.StringIO(text), delimiter=delimiter), HEADER_SEARCH_ROWS))
        score = len(header_find(head)[1])
        if score > best_score:
            best, best_score = delimiter, score
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=best)


def _records(content: bytes) -> Iterator[list[str]]:
    if content.startswith(ZIP_MAGIC):
        yield from _xlsx_records(content)
    elif content.startswith(OLE_MAGIC):
        raise SpreadsheetError(
            _("This is an old Excel (.xls) file. Save it as XLSX or CSV and upload it again.")
        )
    else:
        try:
            yield from _csv_records(_decode(content))
        except csv.Error as error:
            raise SpreadsheetError(
                _("The CSV file is malformed: %(error)s") % {"error": error}
            ) from error


def records_read(content: bytes) -> list[list[str]]:
    records = []
    data_rows = 0
    for record in _records(content):
        records.append(record)
        if len(records) > MAX_PHYSICAL_ROWS:
            break
        if any(cell.strip() for cell in record):
            data_rows += 1
        if data_rows > MAX_ROWS + 1:
            break
    if data_rows > MAX_ROWS + 1 or len(records) > MAX_PHYSICAL_ROWS:
        raise SpreadsheetError(
            _("The file has more than %(limit)s rows. Split it and import each part.")
            % {"limit": f"{MAX_ROWS:,}"}
        )
    return records
