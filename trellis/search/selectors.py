"""Finding things: ranked, filtered hits that the viewer may see.

Who may see an entry is decided in the database (audience and communities, from the viewer's
scope), so totals and counts per kind are right; the sources' `visible_ids` then checks the page
of hits actually shown. A query runs a fixed number of statements whatever the page holds: the
counts, the page, and one `visible_ids` per kind on the page.
"""

import datetime
import json
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.utils.safestring import SafeString

from trellis.search.engines import Match, engine_get
from trellis.search.scope import is_signed_in, viewer_scope
from trellis.search.snippets import highlight
from trellis.search.sources import Audience, source_for
from trellis.search.text import query_stems

MAX_PER_PAGE = 100
MAX_PAGE = 1000


@dataclass(frozen=True)
class SearchHit:
    kind: str
    object_id: int
    title: str
    title_html: SafeString
    url: str
    language: str
    country: str
    date: datetime.date | None
    snippet: SafeString
    extra: dict[str, Any]


@dataclass
class SearchResult:
    q: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # per kind, whatever kind was chosen
    page: int = 1
    per_page: int = 20

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages


@dataclass
class _Conditions:
    sql: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> None:
        self.sql.append(sql)
        self.params.extend(params)

    def where(self) -> str:
        return " AND ".join(self.sql) if self.sql else "1 = 1"


def _marks(values: list[Any]) -> str:
    return ", ".join(["%s"] * len(values))


def _in_communities(community_ids: list[int]) -> str:
    return (
        "EXISTS (SELECT 1 FROM search_searchentrycommunity c WHERE c.entry_id = e.id "  # noqa: S608 - placeholders only; values are parameters
        f"AND c.community_id IN ({_marks(community_ids)}))"
    )


def _visibility(conditions: _Conditions, viewer: Any) -> None:
    scope = viewer_scope(viewer)
    if scope is None:
        return
    allowed = ["e.audience = %s"]
    params: list[Any] = [Audience.PUBLIC.value]
    if is_signed_in(viewer):
        allowed.append("e.audience = %s")
        params.append(Audience.SIGNED_IN.value)
    if scope:
        members = sorted(scope)
        allowed.append(f"(e.audience = %s AND {_in_communities(members)})")
        params += [Audience.MEMBERS.value, *members]
    conditions.add("(" + " OR ".join(allowed) + ")", *params)


def _filters(
    *,
    viewer: Any,
    match: Match,
    community_ids: list[int] | None,
    language: str | None,
    country: str | None,
    date_from: datetime.date | None,
    date_to: datetime.date | None,
) -> _Conditions:
    conditions = _Conditions()
    conditions.add(match.where, *match.where_params)
    _visibility(conditions, viewer)
    if community_ids is not None:
        ids = sorted({int(pk) for pk in community_ids}) or [0]
        conditions.add(_in_communities(ids), *ids)
    if language:
        conditions.add("e.language = %s", language)
    if country:
        conditions.add("e.country = %s", country.upper())
    if date_from is not None:
        conditions.add("e.date >= %s", date_from.isoformat())
    if date_to is not None:
        conditions.add("e.date <= %s", date_to.isoformat())
    return conditions


def _kinds(conditions: _Conditions, kinds: list[str] | None) -> _Conditions:
    if kinds is None:
        return conditions
    chosen = sorted(set(kinds)) or [""]
    return _Conditions(
        [*conditions.sql, f"e.kind IN ({_marks(chosen)})"], [*conditions.params, *chosen]
    )


def _ranked(match: Match, conditions: _Conditions, columns: str, limit: int, offset: int) -> Any:
    sql = (
        f"SELECT {columns}, {match.rank} AS search_rank FROM search_searchentry e {match.joins} "  # noqa: S608 - placeholders only; values are parameters
        f"WHERE {conditions.where()} ORDER BY search_rank DESC, e.id "
        "LIMIT %s OFFSET %s"
    )
    params = [*match.rank_params, *match.joins_params, *conditions.params, limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _counts(match: Match, conditions: _Conditions) -> dict[str, int]:
    sql = (
        f"SELECT e.kind, COUNT(*) FROM search_searchentry e {match.joins} "  # noqa: S608 - placeholders only; values are parameters
        f"WHERE {conditions.where()} GROUP BY e.kind"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*match.joins_params, *conditions.params])
        return dict(cursor.fetchall())


def _visible(viewer: Any, rows: list[tuple[Any, ...]]) -> set[tuple[str, int]]:
    """The (kind, id) pairs of these rows that their sources let the viewer see."""
    by_kind: dict[str, list[int]] = {}
    for row in rows:
        by_kind.setdefault(row[0], []).append(row[1])
    visible: set[tuple[str, int]] = set()
    for kind, ids in by_kind.items():
        source = source_for(kind)
        if source is not None:
            visible.update((kind, pk) for pk in source.visible_ids(viewer=viewer, ids=ids))
    return visible


def _date(value: Any) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def _hit(row: tuple[Any, ...], stems: list[str]) -> SearchHit:
    kind, object_id, title, body, url, language, country, date, extra = row[:9]
    return SearchHit(
        kind=kind,
        object_id=object_id,
        title=title,
        title_html=highlight(title, stems, limit=None),
        url=url,
        language=language,
        country=country,
        date=_date(date),
        snippet=highlight(body, stems),
        extra=json.loads(extra) if isinstance(extra, str) else (extra or {}),
    )


def search(
    *,
    viewer: Any,
    q: str,
    kinds: list[str] | None = None,
    community_ids: list[int] | None = None,
    language: str | None = None,
    country: str | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    page: int = 1,
    per_page: int = 20,
) -> SearchResult:
    """The page of ranked hits for a query the viewer may see, the total and counts per kind.

    A query with nothing to look for (empty, only punctuation) finds nothing."""
    page = min(max(1, page), MAX_PAGE)
    per_page = min(max(1, per_page), MAX_PER_PAGE)
    result = SearchResult(q=q, page=page, per_page=per_page)
    match = engine_get().match(q)
    if match is None:
        return result
    conditions = _filters(
        viewer=viewer,
        match=match,
        community_ids=community_ids,
        language=language,
        country=country,
        date_from=date_from,
        date_to=date_to,
    )
    result.counts = _counts(match, conditions)
    chosen = result.counts if kinds is None else set(kinds)
    result.total = sum(count for kind, count in result.counts.items() if kind in chosen)
    if not result.total:
        return result
    rows = _ranked(
        match,
        _kinds(conditions, kinds),
        "e.kind, e.object_id, e.title, e.body, e.url, e.language, e.country, e.date, e.extra",
        per_page,
        (page - 1) * per_page,
    )
    visible = _visible(viewer, rows)
    stems = query_stems(q)
    result.hits = [_hit(row, stems) for row in rows if (row[0], row[1]) in visible]
    return result


def search_object_ids(
    *, viewer: Any, q: str, kind: str, community_ids: list[int] | None = None, limit: int = 500
) -> list[int]:
    """The ids of the objects of one kind that match a query, best first, at most `limit`.

    Filtered by audience like `search`; the page that shows them applies its own selectors."""
    match = engine_get().match(q)
    if match is None:
        return []
    conditions = _filters(
        viewer=viewer,
        match=match,
        community_ids=community_ids,
        language=None,
        country=None,
        date_from=None,
        date_to=None,
    )
    rows = _ranked(match, _kinds(conditions, [kind]), "e.object_id", max(1, limit), 0)
    return [row[0] for row in rows]
