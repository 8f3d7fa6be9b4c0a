"""Finding the header row of an attendance list and which column holds what."""

from trellis.activities.importing.values import plain_text

# Headers are looked for in the first rows, below any title lines.
HEADER_SEARCH_ROWS = 10

# Headers after `plain_text`: lower case, ё as е, punctuation removed, spaces collapsed.
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


def _field_of(header: str) -> str | None:
    text = plain_text(header)
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
        and plain_text(record[columns["full_name"]]) in _GIVEN_WHEN_SURNAME
    ):
        columns.setdefault("given_name", columns.pop("full_name"))
    if "full_name" not in columns and "family_name" in columns:
        return columns
    if "full_name" not in columns and "given_name" in columns:
        columns["full_name"] = columns.pop("given_name")
    return columns if "full_name" in columns or "family_name" in columns else {}


def header_find(records: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The position of the header row among the first rows, and its columns; ({}) if none."""
    for position, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        columns = _columns(record)
        if columns:
            return position, columns
    return -1, {}
