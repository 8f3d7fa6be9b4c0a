"""Reading an attendance list from a spreadsheet exactly as people export it.

CSV in UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark or
Windows-1251, separated by commas, semicolons or tabs; or an XLSX workbook (its first sheet).
The file type is told by the content, never by the file name. Columns are found by their
headers, in English, Russian or Bosnian/Croatian/Serbian, in any order and among any other
columns. Every row that cannot be used is reported with its number and the reason; the reader
raises only `SpreadsheetError`, for a file that cannot be read at all.
"""

import codecs
import contextlib
import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from itertools import islice
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries

from trellis.activities.models import AttendanceRole
from trellis.core.transliteration import name_skeleton

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000
# Physical rows, blank ones included: a workbook can carry a million formatted empty rows.
MAX_PHYSICAL_ROWS = 50_000
# The longest text the records keep (a name or an organisation); longer cells are refused.
MAX_CELL = 200
# Headers are looked for in the first rows, below any title lines.
HEADER_SEARCH_ROWS = 10

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SpreadsheetError(ValidationError):
    """The file as a whole cannot be read; the message says why, in the reader's language."""


@dataclass(frozen=True)
class ImportRow:
    """One usable row: who was there, as the sheet writes it. `role` is "" when not given."""

    number: int
    full_name: str
    email: str = ""
    country: str = ""
    organisation: str = ""
    role: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RejectedRow:
    number: int
    reason: str

    @property
    def message(self) -> str:
        return _("Row %(number)s: %(reason)s") % {"number": self.number, "reason": self.reason}


@dataclass
class ParsedSheet:
    rows: list[ImportRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    # Which header was read as what: {"full_name": "ФИО", "email": "E-mail", ...}.
    columns: dict[str, str] = field(default_factory=dict)


# Headers after `_header_text`: lower case, ё as е, punctuation removed, spaces collapsed.
_HEADERS: dict[str, set[str]] = {
    "full_name": {
        "name", "full name", "fullname", "names", "participant", "participants",
        "participant name", "name and surname", "name surname", "first and last name",
        "фио", "имя", "полное имя", "участник", "участники", "фио участника",
        "фамилия имя отчество", "фамилия имя", "фамилия и имя", "имя и фамилия",
        "имя фамилия", "ime i prezime", "ime prezime", "imeprezime",
    },
    "given_name": {"first name", "firstname", "given name", "forename"},
    "family_name": {"last name", "lastname", "surname", "family name", "фамилия", "prezime"},
    "patronymic": {"middle name", "patronymic", "отчество"},
    "email": {
        "email", "emails", "mail", "email address", "emailaddress", "электронная почта",
        "эл почта", "элпочта", "почта", "адрес электронной почты", "емейл", "имейл",
        "imejl", "epošta", "e pošta", "adresa e pošte",
    },
    "country": {"country", "страна", "država", "drzava", "country of residence"},
    "organisation": {
        "organisation", "organization", "institution", "ministry", "agency", "employer",
        "организация", "министерство", "ведомство", "учреждение", "место работы",
        "organizacija", "institucija", "ministarstvo",
    },
    "role": {"role", "роль", "uloga", "participation role"},
}  # fmt: skip

_ROLES: dict[str, str] = {
    AttendanceRole.PARTICIPANT: "participant attendee delegate участник участница слушатель "
    "делегат učesnik sudionik",
    AttendanceRole.SPEAKER: "speaker presenter panelist panellist lecturer докладчик "
    "спикер выступающий лектор govornik predavač",
    AttendanceRole.HOST: "host хозяин принимающая принимающий ведущий domaćin",
    AttendanceRole.FACILITATOR: "facilitator moderator фасилитатор модератор moderator",
    AttendanceRole.INTERPRETER: "interpreter translator переводчик prevodilac prevoditelj",
    AttendanceRole.ORGANISER: "organiser organizer организатор organizator",
}
_ROLE_WORDS = {word: str(role) for role, words in _ROLES.items() for word in words.split()}

# Names in use that are not the registry's (django-countries) English or Russian ones.
_COUNTRY_ALIASES = {
    "kyrgyz republic": "KG", "kyrgyzstan": "KG", "киргизия": "KG", "кыргызстан": "KG",
    "republic of moldova": "MD", "молдавия": "MD", "молдова": "MD", "macedonia": "MK",
    "fyr macedonia": "MK", "македония": "MK", "turkey": "TR", "türkiye": "TR",
    "турция": "TR", "белоруссия": "BY", "беларусь": "BY", "russia": "RU", "россия": "RU",
    "bosnia": "BA", "bosnia and herzegovina": "BA", "босния и герцеговина": "BA",
    "kosovo": "XK", "косово": "XK", "uk": "GB", "usa": "US",
}  # fmt: skip


def _header_text(value: str) -> str:
    text = unicodedata.normalize("NFKC", value).casefold().replace("ё", "е")
    text = re.sub(r"[^\w\s]|_", "", text)
    return " ".join(text.split())


def _field_of(header: str) -> str | None:
    text = _header_text(header)
    if not text:
        return None
    for name, aliases in _HEADERS.items():
        if text in aliases:
            return name
    # "Email address (work)", "Country of origin": a known header followed by other words.
    for name, aliases in _HEADERS.items():
        if any(text.startswith(alias + " ") for alias in aliases):
            return name
    return None


# Headers that mean the whole name alone, but only the given name next to a surname column.
_GIVEN_WHEN_SURNAME = {"name", "имя", "ime"}


def _columns(record: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(record):
        name = _field_of(cell)
        if name is not None and name not in columns:
            columns[name] = index
    if (
        "full_name" in columns
        and "family_name" in columns
        and _header_text(record[columns["full_name"]]) in _GIVEN_WHEN_SURNAME
    ):
        columns.setdefault("given_name", columns.pop("full_name"))
    if "full_name" not in columns and "family_name" in columns:
        return columns
    if "full_name" not in columns and "given_name" in columns:
        columns["full_name"] = columns.pop("given_name")
    return columns if "full_name" in columns or "family_name" in columns else {}


def _header_find(records: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The position of the header row among the first rows, and its columns; ({}) if none."""
    for position, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        columns = _columns(record)
        if columns:
            return position, columns
    return -1, {}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in ("en", "ru"):
        with translation.override(language):
            for code, name in countries:
                names[_header_text(str(name))] = code
    for code, _name in countries:
        names[code.casefold()] = code
        alpha3 = countries.alpha3(code)
        if alpha3:
            names[alpha3.casefold()] = code
    names.update({_header_text(name): code for name, code in _COUNTRY_ALIASES.items()})
    return names


def country_code(text: str) -> str:
    """The ISO code of a country written as its code or its English or Russian name; ""."""
    return _country_names().get(_header_text(text), "")


def role_code(text: str) -> str:
    words = _header_text(text).split()
    for word in words:
        if word in _ROLE_WORDS:
            return _ROLE_WORDS[word]
    return ""


def name_key(full_name: str) -> frozenset[str]:
    """The words of a name in a script- and spelling-blind form, in no particular order."""
    words = re.split(r"[\s\-‐‑–—]+", full_name)
    return frozenset(filter(None, (name_skeleton(word) for word in words)))


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
        score = len(_header_find(head)[1])
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


def _collected(content: bytes) -> list[list[str]]:
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


def _row_read(
    number: int, record: list[str], columns: dict[str, int], headers: list[str]
) -> ImportRow | RejectedRow:
    def cell(name: str) -> str:
        index = columns.get(name)
        if index is None or index >= len(record):
            return ""
        return " ".join(record[index].split())

    for name, index in columns.items():
        if len(cell(name)) > MAX_CELL:
            return RejectedRow(
                number,
                _("the “%(column)s” cell is longer than %(limit)s characters")
                % {"column": headers[index].strip()[:40], "limit": MAX_CELL},
            )
    full_name = cell("full_name")
    if not full_name:
        parts = [cell("given_name"), cell("patronymic"), cell("family_name")]
        full_name = " ".join(part for part in parts if part)
    if not full_name or not name_key(full_name):
        return RejectedRow(number, _("no name"))
    if len(full_name) > MAX_CELL:
        return RejectedRow(
            number, _("the name is longer than %(limit)s characters") % {"limit": MAX_CELL}
        )
    notes = []
    email = cell("email").lower().removeprefix("mailto:")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            notes.append(_("“%(email)s” is not an email address; ignored.") % {"email": email})
            email = ""
    country = ""
    if cell("country"):
        country = country_code(cell("country"))
        if not country:
            notes.append(
                _("Country “%(country)s” not recognised; ignored.") % {"country": cell("country")}
            )
    role = ""
    if cell("role"):
        role = role_code(cell("role"))
        if not role:
            notes.append(
                _("Role “%(role)s” not recognised; recorded as participant.")
                % {"role": cell("role")}
            )
    return ImportRow(
        number=number,
        full_name=full_name,
        email=email,
        country=country,
        organisation=cell("organisation"),
        role=role,
        notes=tuple(notes),
    )


def spreadsheet_read(content: bytes) -> ParsedSheet:
    """Read an attendance list: its usable rows and, for every other row, why not.

    Blank rows are skipped silently; a row repeating an earlier one (the same email, or the
    same name and country where either lacks an email) is reported as a duplicate.
    """
    if len(content) > MAX_BYTES:
        raise SpreadsheetError(
            _("The file is larger than %(limit)s MB.") % {"limit": MAX_BYTES // (1024 * 1024)}
        )
    if not content.strip():
        raise SpreadsheetError(_("The file is empty."))
    records = _collected(content)
    position, columns = _header_find(records)
    if position < 0:
        raise SpreadsheetError(
            _(
                "No column of names was found. The first row must name the columns, "
                "for example: Name, Email, Country, Organisation, Role."
            )
        )
    headers = records[position]
    sheet = ParsedSheet(columns={name: headers[index].strip() for name, index in columns.items()})
    by_email: dict[str, int] = {}
    by_name: dict[tuple[frozenset[str], str], tuple[int, str]] = {}
    for number, record in enumerate(records[position + 1 :], start=position + 2):
        if not any(cell.strip() for cell in record):
            continue
        row = _row_read(number, record, columns, headers)
        if isinstance(row, RejectedRow):
            sheet.rejected.append(row)
            continue
        key = (name_key(row.full_name), row.country)
        earlier = by_email.get(row.email) if row.email else None
        if earlier is None and key in by_name:
            earlier_number, earlier_email = by_name[key]
            if not row.email or not earlier_email or earlier_email == row.email:
                earlier = earlier_number
        if earlier is not None:
            sheet.rejected.append(
                RejectedRow(number, _("duplicate of row %(row)s") % {"row": earlier})
            )
            continue
        if row.email:
            by_email[row.email] = number
        by_name.setdefault(key, (number, row.email))
        sheet.rows.append(row)
    return sheet
