"""PostgreSQL: a generated tsvector (russian and english configurations, title weighted A,
body B) with a GIN index, queried in both configurations and ranked by ts_rank.

The query is handed over as plain words (`plainto_tsquery`), so PostgreSQL's own stemming and
stop words apply and no character a person types is an operator."""

from typing import Any

from trellis.search.engines.base import Match
from trellis.search.text import query_text

_QUERY = "(plainto_tsquery('russian'::regconfig, %s) || plainto_tsquery('english'::regconfig, %s))"


class PostgresEngine:
    json_placeholder = "%s::jsonb"

    def match(self, q: str) -> Match | None:
        text = query_text(q)
        if not text:
            return None
        return Match(
            joins=f"CROSS JOIN (SELECT {_QUERY} AS query) AS search_query",
            joins_params=(text, text),
            where="e.search_vector @@ search_query.query",
            where_params=(),
            rank="ts_rank(e.search_vector, search_query.query)",
            rank_params=(),
        )

    def entries_written(self, cursor: Any, rows: list[tuple[int, str, str]]) -> None:
        """Nothing to do: the tsvector is a generated column."""
