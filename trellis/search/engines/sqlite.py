"""SQLite: an FTS5 table of stems that Python computed, ranked by bm25.

FTS5 does no stemming for Russian, so both the index and the query hold the Snowball stems of
`trellis.search.text`. Every query term is a quoted string, so nothing a person types is ever
read as FTS5 syntax (AND, OR, NOT, NEAR, `*`, `-`, `^`, column filters, parentheses).

A query never reads `search_searchentry` (its rows are wide, bodies inline): who may see an
entry and the filters are tokens of the FTS table's third column, `facets` (kind, audience,
language, country, communities), and the kind is also in the FTS rowid, `entry id << 16 | kind
code` (codes in `search_entry_kind`), so counting the matches per kind reads nothing but the
index. Only a date filter looks at the entries.
"""

from typing import Any

from django.db import connection

from trellis.search.engines.base import RANK_POOL, EntryText, SearchQuery, pooled
from trellis.search.sources import Audience
from trellis.search.text import query_stems, stemmed_text

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
KIND_BITS = 16
_KIND_MASK = (1 << KIND_BITS) - 1
_RANK = f"bm25(search_entry_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0)"  # lower is better


def fts_expression(stems: list[str]) -> str:
    """All the stems, each a quoted FTS5 string (implicitly ANDed)."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in stems)


def _token(prefix: str, value: str) -> str:
    # Hexadecimal: one unicode61 token whatever the value holds ("_", "-", letters of any case).
    return prefix + value.encode().hex()


def kind_token(kind: str) -> str:
    return _token("k", kind)


def audience_token(audience: str) -> str:
    return _token("a", audience)


def community_token(community_id: int) -> str:
    return f"c{int(community_id)}"


def language_token(language: str) -> str:
    return _token("l", language)


def country_token(country: str) -> str:
    return _token("n", country)


def facets_text(entry: EntryText) -> str:
    # An audience the engine does not know is taken for the narrowest (members of no community
    # but its own), so a mistake in a source hides an entry rather than shows it.
    audience = (
        entry.audience if entry.audience in {a.value for a in Audience} else Audience.MEMBERS.value
    )
    return " ".join(
        [
            kind_token(entry.kind),
            audience_token(audience),
            language_token(entry.language),
            country_token(entry.country),
            *(community_token(pk) for pk in sorted(set(entry.community_ids))),
        ]
    )


def _any(tokens: list[str]) -> str:
    return "(" + " OR ".join(tokens) + ")"


def _hidden(query: SearchQuery) -> str | None:
    """The facets of the entries the viewer may not see (None: they may see all).

    Said as what to leave out: the audiences a viewer may not see are the rarer ones, and FTS5
    takes away a short list of entries faster than it gathers a long one."""
    if query.audiences is None:
        return None
    hidden = []
    for audience in Audience:
        if audience.value in query.audiences:
            continue
        token = audience_token(audience.value)
        if audience is Audience.MEMBERS and query.member_communities:
            members = _any([community_token(pk) for pk in query.member_communities])
            token = f"({token} NOT {members})"
        hidden.append(token)
    return _any(hidden) if hidden else None


def match_expression(query: SearchQuery, kinds: list[str] | None = None) -> str | None:
    """The FTS5 expression of a query and its filters, or None when it has nothing to find."""
    stems = query_stems(query.q)
    if not stems:
        return None
    parts = ["{title body} : (" + fts_expression(stems) + ")"]
    if kinds is not None:
        parts.append("facets : " + _any([kind_token(kind) for kind in sorted(set(kinds))] or ["k"]))
    if query.communities is not None:
        parts.append("facets : " + _any([community_token(pk) for pk in query.communities or [0]]))
    if query.language:
        parts.append("facets : " + language_token(query.language))
    if query.country:
        parts.append("facets : " + country_token(query.country.upper()))
    expression = "(" + " AND ".join(parts) + ")"
    hidden = _hidden(query)
    return expression if hidden is None else f"{expression} NOT facets : {hidden}"


def _dates(query: SearchQuery) -> tuple[str, list[Any]]:
    if query.date_from is None and query.date_to is None:
        return "", []
    conditions, params = [], []
    if query.date_from is not None:
        conditions.append("e.date >= %s")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        conditions.append("e.date <= %s")
        params.append(query.date_to.isoformat())
    return (
        " AND EXISTS (SELECT 1 FROM search_searchentry e WHERE "  # noqa: S608 - placeholders only; values are parameters
        f"e.id = search_entry_fts.rowid >> {KIND_BITS} AND {' AND '.join(conditions)})",
        params,
    )


def _fetch(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class SqliteEngine:
    json_placeholder = "%s"

    def counts(self, query: SearchQuery) -> dict[str, int]:
        expression = match_expression(query)
        if expression is None:
            return {}
        dates, params = _dates(query)
        rows = _fetch(
            "SELECT k.kind, found.n FROM (SELECT search_entry_fts.rowid & "  # noqa: S608 - placeholders only; values are parameters
            f"{_KIND_MASK} AS code, COUNT(*) AS n FROM search_entry_fts "
            f"WHERE search_entry_fts MATCH %s{dates} GROUP BY code) AS found "
            "JOIN search_entry_kind k ON k.code = found.code",
            [expression, *params],
        )
        return dict(rows)

    def ranked_ids(
        self, query: SearchQuery, *, kinds: list[str] | None, total: int, limit: int, offset: int
    ) -> list[int]:
        expression = match_expression(query, kinds)
        if expression is None or limit < 1:
            return []
        dates, date_params = _dates(query)
        where = f"search_entry_fts MATCH %s{dates}"
        params = [expression, *date_params]

        def ranked(pool: int | None, count: int, start: int) -> list[int]:
            bounds, bound_params = "", []
            if pool is not None:
                [(low, high)] = _fetch(
                    "SELECT min(rowid), max(rowid) FROM (SELECT rowid FROM search_entry_fts "  # noqa: S608 - placeholders only; values are parameters
                    f"WHERE {where} ORDER BY rowid DESC LIMIT %s OFFSET %s)",
                    [*params, RANK_POOL, pool * RANK_POOL],
                )
                bounds = " AND search_entry_fts.rowid BETWEEN %s AND %s"
                bound_params = [low, high]
            rows = _fetch(
                f"SELECT rowid >> {KIND_BITS} FROM search_entry_fts WHERE {where}{bounds} "  # noqa: S608 - placeholders only; values are parameters
                f"ORDER BY {_RANK}, rowid LIMIT %s OFFSET %s",
                [*params, *bound_params, count, start],
            )
            return [int(row[0]) for row in rows]

        return pooled(total=total, limit=limit, offset=offset, ranked=ranked)

    def entries_written(self, cursor: Any, entries: list[EntryText]) -> None:
        cursor.executemany(
            "INSERT OR IGNORE INTO search_entry_kind (kind) VALUES (%s)",
            [(kind,) for kind in sorted({entry.kind for entry in entries})],
        )
        cursor.executemany(
            "INSERT INTO search_entry_fts (rowid, title, body, facets) VALUES "  # noqa: S608 - placeholders only; values are parameters
            f"((%s << {KIND_BITS}) | (SELECT code FROM search_entry_kind WHERE kind = %s), "
            "%s, %s, %s)",
            [
                (
                    entry.pk,
                    entry.kind,
                    stemmed_text(entry.title),
                    stemmed_text(entry.body),
                    facets_text(entry),
                )
                for entry in entries
            ],
        )
