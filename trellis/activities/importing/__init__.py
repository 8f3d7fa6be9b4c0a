"""Importing attendance lists: reading spreadsheets (`reading`, from the file's bytes in
`files`, its header row in `headers` and its cells' values in `values`) and matching rows to
people (`matching`). Saving is the attendance service's job, after the convener has reviewed."""

from trellis.activities.importing.files import MAX_BYTES, MAX_ROWS, SpreadsheetError
from trellis.activities.importing.matching import (
    CHOICE_GUEST,
    CHOICE_PERSON,
    CHOICE_SKIP,
    MatchHow,
    PeopleIndex,
    PersonCard,
    RowMatch,
    import_choice_default,
    people_index_load,
    rows_match,
)
from trellis.activities.importing.reading import (
    MAX_CELL,
    ImportRow,
    ParsedSheet,
    RejectedRow,
    spreadsheet_read,
)
from trellis.activities.importing.values import country_code, name_key

__all__ = [
    "CHOICE_GUEST",
    "CHOICE_PERSON",
    "CHOICE_SKIP",
    "MAX_BYTES",
    "MAX_CELL",
    "MAX_ROWS",
    "ImportRow",
    "MatchHow",
    "ParsedSheet",
    "PeopleIndex",
    "PersonCard",
    "RejectedRow",
    "RowMatch",
    "SpreadsheetError",
    "country_code",
    "import_choice_default",
    "name_key",
    "people_index_load",
    "rows_match",
    "spreadsheet_read",
]
