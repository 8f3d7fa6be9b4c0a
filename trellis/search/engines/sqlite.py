"""SQLite: an FTS5 table of stems that Python computed, ranked by bm25.

FTS5 does no stemming for Russian, so both the index and the query hold the Snowball stems of
`trellis.search.text`. Every query term is a quoted string, so nothing a person types is ever
read as FTS5 syntax (AND, OR, NOT, NEAR, `*`, `-`, `^`, column filters, parentheses).
"""

from typing import Any

from trellis.search.engines.base import Match
from trellis.search.text import query_stems, stemmed_text

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0


def fts_expression(stems: list[str]) -> str:
    """All the stems, each a quoted FTS5 string (implicitly ANDed)."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in stems)


class SqliteEngine:
    json_placeholder = "%s"

    def match(self, q: str) -> Match | None:
        stems = query_stems(q)
        if not stems:
            return None
        return Match(
            joins="JOIN search_entry_fts ON search_entry_fts.rowid = e.id",
            joins_params=(),
            where="search_entry_fts MATCH %s",
            where_params=(fts_expression(stems),),
            # bm25 is lower for a better match.
            rank=f"-bm25(search_entry_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})",
            rank_params=(),
        )

    def entries_written(self, cursor: Any, rows: list[tuple[int, str, str]]) -> None:
        cursor.executemany(
            "INSERT INTO search_entry_fts (rowid, title, body) VALUES (%s, %s, %s)",
            [(pk, stemmed_text(title), stemmed_text(body)) for pk, title, body in rows],
        )
