"""Importing attendance lists: reading spreadsheets (`reading`) and matching rows to people
(`matching`). Saving is the attendance service's job, after the convener has reviewed."""

from trellis.activities.importing.matching import (
    MatchHow,
    PeopleIndex,
    PersonCard,
    RowMatch,
    people_index_load,
    rows_match,
)
from trellis.activities.importing.reading import (
    MAX_BYTES,
    MAX_CELL,
    MAX_ROWS,
    ImportRow,
    ParsedSheet,
    RejectedRow,
    SpreadsheetError,
    country_code,
    name_key,
    spreadsheet_read,
)

__all__ = [
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
    "name_key",
    "people_index_load",
    "rows_match",
    "spreadsheet_read",
]
