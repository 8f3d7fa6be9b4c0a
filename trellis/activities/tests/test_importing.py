"""The attendance spreadsheet reader and the matcher, with messy files as people export them."""

import codecs
import csv
import io
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.importing import (
    MAX_BYTES,
    MAX_CELL,
    MAX_ROWS,
    ImportRow,
    MatchHow,
    PeopleIndex,
    PersonCard,
    SpreadsheetError,
    name_key,
    rows_match,
    spreadsheet_read,
)

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщыэюя"
LATIN = "abcdefghijklmnopqrstuvwxyz"
HEADERS = {
    "full_name": ["Name", "Full name", "ФИО", "Ф.И.О.", "Участник"],
    "email": ["Email", "E-mail", "Эл. почта", "Электронная почта"],
    "country": ["Country", "Страна"],
    "organisation": ["Organisation", "Organization", "Организация", "Министерство"],
}
COUNTRIES = {"KZ": ["KZ", "Kazakhstan", "Казахстан"], "AM": ["AM", "Armenia", "Армения"], "": [""]}
EXTRA_HEADERS = ["Notes", "Комментарий", "Phone", "Дата"]


def xlsx_bytes(records: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for record in records:
        sheet.append(record)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(records: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(records)
    return buffer.getvalue().encode(encoding)


# Examples people send.


def test_reads_a_semicolon_separated_cp1251_export_with_russian_headers() -> None:
    content = csv_bytes(
        [
            ["№", "ФИО", "Страна", "Эл. почта", "Роль"],
            ["1", "Волков Дмитрий Сергеевич", "Казахстан", "D.Volkov@Minfin.kz", "докладчик"],
            ["2", "Иванова Анна", "Армения", "", ""],
        ],
        delimiter=";",
        encoding="cp1251",
    )
    sheet = spreadsheet_read(content)
    assert [row.full_name for row in sheet.rows] == ["Волков Дмитрий Сергеевич", "Иванова Анна"]
    first = sheet.rows[0]
    assert (first.email, first.country, first.role) == ("d.volkov@minfin.kz", "KZ", "speaker")
    assert sheet.rows[1].role == ""
    assert sheet.columns["full_name"] == "ФИО"


def test_reads_utf8_with_byte_order_mark_and_separate_name_columns() -> None:
    content = codecs.BOM_UTF8 + csv_bytes(
        [["Surname", "First name", "Ministry"], ["Volkov", "Dmitry", "Ministry of Finance, KZ"]]
    )
    (row,) = spreadsheet_read(content).rows
    assert row.full_name == "Dmitry Volkov"
    assert row.organisation == "Ministry of Finance, KZ"


def test_name_and_surname_columns_in_russian_are_joined() -> None:
    content = csv_bytes([["Фамилия", "Имя", "Отчество"], ["Волков", "Дмитрий", "Сергеевич"]])
    (row,) = spreadsheet_read(content).rows
    assert row.full_name == "Дмитрий Сергеевич Волков"


def test_title_lines_above_the_header_are_skipped_and_row_numbers_are_the_sheet_s() -> None:
    content = csv_bytes(
        [["Attendance, budget CoP plenary"], [], ["Name", "Email"], ["Anna Smith", "a@x.org"]]
    )
    sheet = spreadsheet_read(content)
    assert [(row.number, row.full_name) for row in sheet.rows] == [(4, "Anna Smith")]


def test_rejected_rows_are_reported_with_their_reasons() -> None:
    content = csv_bytes(
        [
            ["Name", "Email", "Country", "Organisation"],
            ["Anna Smith", "anna@example.org", "KZ", ""],
            ["", "nobody@example.org", "", ""],
            ["Anna Smith", "ANNA@example.org", "", ""],
            ["Bob Long", "", "", "x" * (MAX_CELL + 1)],
            ["", "", "", ""],
            ["Carl Doe", "not an email", "Narnia", ""],
        ]
    )
    sheet = spreadsheet_read(content)
    assert [row.full_name for row in sheet.rows] == ["Anna Smith", "Carl Doe"]
    assert [(rejected.number, rejected.reason) for rejected in sheet.rejected] == [
        (3, "no name"),
        (4, "duplicate of row 2"),
        (5, f"the “Organisation” cell is longer than {MAX_CELL} characters"),
    ]
    assert sheet.rejected[0].message == "Row 3: no name"
    carl = sheet.rows[1]
    assert carl.email == "" and carl.country == ""
    assert len(carl.notes) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"Email;Country\nx@y.org;KZ\n", "No column of names"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel"),
        (b"PK\x03\x04 not really a workbook", "not a spreadsheet"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "neither CSV"),
    ],
)
def test_files_that_cannot_be_read_are_refused_with_a_clear_message(
    content: bytes, message: str
) -> None:
    with pytest.raises(SpreadsheetError, match=message):
        spreadsheet_read(content)


def test_size_and_row_limits_are_checked() -> None:
    with pytest.raises(SpreadsheetError, match="larger than 2 MB"):
        spreadsheet_read(b"Name\n" + b"a" * MAX_BYTES)
    many = csv_bytes([["Name", "Email"], *(["Person", f"p{n}@x.org"] for n in range(MAX_ROWS + 1))])
    with pytest.raises(SpreadsheetError, match="more than 5,000 rows"):
        spreadsheet_read(many)
    enough = csv_bytes([["Name", "Email"], *(["Person", f"p{n}@x.org"] for n in range(MAX_ROWS))])
    assert len(spreadsheet_read(enough).rows) == MAX_ROWS


def test_the_file_type_is_told_by_content_not_name() -> None:
    workbook = xlsx_bytes([["Name", "Email"], ["Anna Smith", "anna@example.org"]])
    assert spreadsheet_read(workbook).rows[0].email == "anna@example.org"


def test_xlsx_round_trip() -> None:
    records: list[list[object]] = [
        ["Список участников"],
        ["ФИО", "Страна", "Email", "Роль", "Год"],
        ["Волков Дмитрий", "Казахстан", "volkov@example.kz", "Модератор", 2024],
        [None, None, None, None, None],
        ["Dmitry Petrov", "AM", None, "Speaker", 2023.0],
        ["Волков Дмитрий", "KZ", None, None, None],
    ]
    sheet = spreadsheet_read(xlsx_bytes(records))
    assert [(row.number, row.full_name, row.country, row.role) for row in sheet.rows] == [
        (3, "Волков Дмитрий", "KZ", "facilitator"),
        (5, "Dmitry Petrov", "AM", "speaker"),
    ]
    assert [(rejected.number, rejected.reason) for rejected in sheet.rejected] == [
        (6, "duplicate of row 3")
    ]


# Messy files, generated.

word = st.builds(
    lambda alphabet, letters: letters.capitalize(),
    st.just(None),
    st.one_of(st.text(CYRILLIC, min_size=2, max_size=9), st.text(LATIN, min_size=2, max_size=9)),
)
person = st.fixed_dictionaries(
    {
        "given": word,
        "family": word,
        "has_email": st.booleans(),
        "country": st.sampled_from(sorted(COUNTRIES)),
        "organisation": st.text(CYRILLIC + LATIN + " ,;\"'", max_size=30),
    }
)


@st.composite
def messy_files(draw: st.DrawFn) -> tuple[bytes, dict[int, str], set[int]]:
    """A file, the rows it holds as {number: name}, and the numbers of rows to reject."""
    people = draw(st.lists(person, min_size=1, max_size=25))
    fields = draw(st.permutations(["full_name", "email", "country", "organisation"]))
    extra = draw(st.lists(st.sampled_from(EXTRA_HEADERS), max_size=2, unique=True))
    header = [draw(st.sampled_from(HEADERS[name])) for name in fields] + extra
    order = draw(st.permutations(range(len(header))))
    records: list[list[str]] = [[header[i] for i in order]]
    valid: dict[int, str] = {}
    rejected: set[int] = set()
    seen: set[frozenset[str]] = set()

    def add(values: dict[str, str]) -> int:
        cells = [values.get(name, "") for name in fields]
        cells += [draw(st.text(LATIN, max_size=400)) for _ in extra]
        records.append([cells[i] for i in order])
        return len(records)

    for index, one in enumerate(people):
        name = f"{one['given']} {one['family']}"
        if name_key(name) in seen:
            continue
        seen.add(name_key(name))
        values = {
            "full_name": name,
            "email": f"person{index}@example.org" if one["has_email"] else "",
            "country": draw(st.sampled_from(COUNTRIES[one["country"]])),
            "organisation": one["organisation"].strip(),
        }
        number = add(values)
        valid[number] = name
        for _ in range(draw(st.integers(0, 2))):
            records.append([""] * len(header))
        if draw(st.integers(0, 4)) == 0:
            rejected.add(add(values))  # a duplicate
        if draw(st.integers(0, 6)) == 0:
            rejected.add(add({**values, "full_name": "", "email": f"noname{index}@example.org"}))
        if draw(st.integers(0, 6)) == 0:
            long_name = (name + " ") * (MAX_CELL // len(name) + 1)
            rejected.add(add({**values, "full_name": long_name, "email": ""}))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]))
    delimiter = draw(st.sampled_from([",", ";"]))
    return csv_bytes(records, delimiter=delimiter, encoding=encoding), valid, rejected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_files())
def test_messy_files_yield_every_valid_row_once_and_every_rejected_row_with_a_reason(
    case: tuple[bytes, dict[int, str], set[int]],
) -> None:
    content, valid, rejected = case
    sheet = spreadsheet_read(content)
    assert {row.number: row.full_name for row in sheet.rows} == valid
    assert len(sheet.rows) == len(valid)
    assert {item.number for item in sheet.rejected} == rejected
    assert all(item.reason for item in sheet.rejected)


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=3000),
        st.binary(max_size=3000).map(lambda data: b"PK\x03\x04" + data),
        st.text(max_size=2000).map(lambda text: text.encode("utf-8")),
        st.lists(st.lists(st.text(max_size=40), max_size=6), max_size=20).map(
            lambda records: csv_bytes([["Name", "Email", "Country"], *records], delimiter=";")
        ),
    )
)
def test_the_reader_raises_nothing_but_its_own_error(content: bytes) -> None:
    try:
        sheet = spreadsheet_read(content)
    except SpreadsheetError as error:
        assert error.messages
    else:
        assert all(row.full_name for row in sheet.rows)


# Matching.


def card(pk: int, full_name: str, latin: str = "", country: str = "", email: str = "") -> Any:
    return PersonCard(pk, email or f"p{pk}@example.org", full_name, latin, country)


INDEX = PeopleIndex(
    [
        card(1, "Дмитрий Волков", "Dmitriy Volkov", "KZ", "d.volkov@minfin.kz"),
        card(2, "Дмитрий Волков", "", "AM"),
        card(3, "Юлия Сергеевна Иванова", "Iuliia Ivanova", "KZ"),
        card(4, "Anna Smith", "", "GB"),
    ]
)


@pytest.mark.parametrize(
    ("row", "how", "person_id", "candidates"),
    [
        (ImportRow(2, "Someone Else", email="D.Volkov@MINFIN.kz"), MatchHow.EMAIL, 1, ()),
        (ImportRow(2, "Dmitry Volkov", country="KZ"), MatchHow.NAME, 1, (1,)),
        (ImportRow(2, "Волков Дмитрий", country="AM"), MatchHow.NAME, 2, (2,)),
        (ImportRow(2, "Dmitrii VOLKOV"), MatchHow.AMBIGUOUS, None, (1, 2)),
        (ImportRow(2, "Dmitry Volkov", country="GE"), MatchHow.GUEST, None, ()),
        (ImportRow(2, "Yulia Ivanova", country="KZ"), MatchHow.NAME, 3, (3,)),
        (ImportRow(2, "Иванова Юлия Сергеевна"), MatchHow.NAME, 3, (3,)),
        (ImportRow(2, "Анна Смит"), MatchHow.GUEST, None, ()),
        (ImportRow(2, "anna  smith"), MatchHow.NAME, 4, (4,)),
    ],
)
def test_rows_are_matched_by_email_then_name_in_either_script_and_country(
    row: ImportRow, how: str, person_id: int | None, candidates: tuple[int, ...]
) -> None:
    match = INDEX.match(row)
    assert (match.how, match.person_id, match.candidate_ids) == (how, person_id, candidates)


@pytest.mark.django_db
def test_rows_match_reads_active_accounts() -> None:
    active = UserFactory(full_name="Алёна Ким", full_name_latin="", country="KZ")
    UserFactory(full_name="Alena Kim", country="KZ", is_active=False)
    (match,) = rows_match([ImportRow(2, "Alyona Kim", country="KZ")])
    assert (match.how, match.person_id) == (MatchHow.NAME, active.pk)
