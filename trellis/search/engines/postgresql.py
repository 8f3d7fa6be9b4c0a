"""PostgreSQL: a generated tsvector (russian and english configurations, title weighted A,
body B) with a GIN index, queried in both configurations and ranked by ts_rank.

The query is handed over as plain words (`plainto_tsquery`), so PostgreSQL's own stemming and
stop words apply and no character a person types is an operator. Filters are conditions on the
entry's columns; ts_rank reads a match's whole tsvector, so it is computed only for the pool
being ranked (see `Engine.ranked_ids`).
"""

from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction

from trellis.search.engines.base import RANK_POOL, EntryText, SearchQuery, pooled
from trellis.search.sources import Audience
from trellis.search.text import query_text

_QUERY = "(plainto_tsquery('russian'::regconfig, %s) || plainto_tsquery('english'::regconfig, %s))"


@dataclass
class _Conditions:
    sql: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> None:
        self.sql.append(sql)
        self.params.extend(params)

    def where(self) -> str:
        return " AND ".join(self.sql)


def _marks(values: list[Any] | tuple[Any, ...]) -> str:
    return ", ".join(["%s"] * len(values))


def _in_communities(community_ids: list[int]) -> str:
    return (
        "EXISTS (SELECT 1 FROM search_searchentrycommunity c WHERE c.entry_id = e.id "  # noqa: S608 - placeholders only; values are parameters
        f"AND c.community_id IN ({_marks(community_ids)}))"
    )


def _conditions(query: SearchQuery, text: str, kinds: list[str] | None) -> _Conditions:
    conditions = _Conditions()
    conditions.add(f"e.search_vector @@ {_QUERY}", text, text)
    if query.audiences is not None:
        allowed = [f"e.audience IN ({_marks(query.audiences)})"]
        params: list[Any] = list(query.audiences)
        if query.member_communities:
            members = list(query.member_communities)
            allowed.append(f"(e.audience = %s AND {_in_communities(members)})")
            params += [Audience.MEMBERS.value, *members]
        conditions.add("(" + " OR ".join(allowed) + ")", *params)
    if query.communities is not None:
        ids = list(query.communities) or [0]
        conditions.add(_in_communities(ids), *ids)
    if query.language:
        conditions.add("e.language = %s", query.language)
    if query.country:
        conditions.add("e.country = %s", query.country.upper())
    if query.date_from is not None:
        conditions.add("e.date >= %s", query.date_from)
    if query.date_to is not None:
        conditions.add("e.date <= %s", query.date_to)
    if kinds is not None:
        chosen = sorted(set(kinds)) or [""]
        conditions.add(f"e.kind IN ({_marks(chosen)})", *chosen)
    return conditions


def _fetch(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    # The planner does not count the cost of reading a match's tsvector out of TOAST: for a
    # common word it reads the whole table (or walks the primary key), testing `@@` on every
    # row, some hundred times slower than the GIN index. Bitmap scans only, for this statement:
    # a setting made local inside a savepoint outlives it until the outer transaction ends, so
    # it is put back to the session's value before anything else runs.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'), "
            "set_config('enable_seqscan', 'off', true), "
            "set_config('enable_indexscan', 'off', true)"
        )
        before = cursor.fetchone()
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        cursor.execute(
            "SELECT set_config('enable_seqscan', %s, true), "
            "set_config('enable_indexscan', %s, true)",
            [before[0], before[1]],
        )
        return rows


class PostgresEngine:
    json_placeholder = "%s::jsonb"

    def counts(self, query: SearchQuery) -> dict[str, int]:
        text = query_text(query.q)
        if not text:
            return {}
        conditions = _conditions(query, text, None)
        rows = _fetch(
            f"SELECT e.kind, COUNT(*) FROM search_searchentry e WHERE {conditions.where()} "  # noqa: S608 - placeholders only; values are parameters
            "GROUP BY e.kind",
            conditions.params,
        )
        return dict(rows)

    def ranked_ids(
        self, query: SearchQuery, *, kinds: list[str] | None, total: int, limit: int, offset: int
    ) -> list[int]:
        text = query_text(query.q)
        if not text or limit < 1:
            return []
        conditions = _conditions(query, text, kinds)

        def ranked(pool: int | None, count: int, start: int) -> list[int]:
            window, window_params = "", []
            if pool is not None:
                window = "ORDER BY e.id DESC LIMIT %s OFFSET %s"
                window_params = [RANK_POOL, pool * RANK_POOL]
            rows = _fetch(
                f"WITH pool AS (SELECT e.id FROM search_searchentry e WHERE {conditions.where()} "  # noqa: S608 - placeholders only; values are parameters
                f"{window}) SELECT r.id FROM pool JOIN search_searchentry r ON r.id = pool.id "
                f"ORDER BY ts_rank(r.search_vector, {_QUERY}) DESC, r.id LIMIT %s OFFSET %s",
                [*conditions.params, *window_params, text, text, count, start],
            )
            return [int(row[0]) for row in rows]

        return pooled(total=total, limit=limit, offset=offset, ranked=ranked)

    def entries_written(self, cursor: Any, entries: list[EntryText]) -> None:
        """Nothing to do: the tsvector is a generated column."""
