"""Reading an attendance list from a spreadsheet exactly as people export it.

CSV in UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark or
Windows-1251, separated by commas, semicolons or tabs; or an XLSX workbook (its first sheet).
The file type is told by the content, never by the file name. Columns are found by their
headers, in English, Russian or Bosnian/Croatian/Serbian, in any order and among any other
columns. Every row that cannot be used is reported with its number and the reason; the reader
raises only `SpreadsheetError`, for a file that cannot be read at all.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from trellis.activities.importing.files import MAX_BYTES, SpreadsheetError, records_read
from trellis.activities.importing.headers import header_find
from trellis.activities.importing.values import country_code, name_key, role_code

# The longest text the records keep (a name or an organisation); longer cells are refused.
MAX_CELL = 200


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
    records = records_read(content)
    position, columns = header_find(records)
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
