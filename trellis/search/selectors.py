"""Finding things: ranked, filtered hits that the viewer may see.

Who may see an entry is decided in the database (audience and communities, from the viewer's
scope), so totals and counts per kind are right; the sources' `visible_ids` then checks the page
of hits actually shown. A query runs a bounded number of statements whatever the page holds: the
counts, the page's ids (and the bounds of its ranking pool, see `engines.base.RANK_POOL`), the
page's entries, and one `visible_ids` per kind on the page.
"""

import datetime
import json
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.utils.safestring import SafeString

from trellis.search.engines import SearchQuery, engine_get
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


def _query(
    *,
    viewer: Any,
    q: str,
    community_ids: list[int] | None,
    language: str | None,
    country: str | None,
    date_from: datetime.date | None,
    date_to: datetime.date | None,
) -> SearchQuery:
    """The query with who may see what (from the viewer's scope) and the filters."""
    scope = viewer_scope(viewer)
    audiences: tuple[str, ...] | None = None
    members: tuple[int, ...] = ()
    if scope is not None:
        audiences = (Audience.PUBLIC.value,)
        if is_signed_in(viewer):
            audiences += (Audience.SIGNED_IN.value,)
        members = tuple(sorted(scope))
    return SearchQuery(
        q=q,
        audiences=audiences,
        member_communities=members,
        communities=(
            None if community_ids is None else tuple(sorted({int(pk) for pk in community_ids}))
        ),
        language=language or None,
        country=country or None,
        date_from=date_from,
        date_to=date_to,
    )


_COLUMNS = "id, kind, object_id, title, body, url, language, country, date, extra"


def _rows(entry_ids: list[int]) -> list[tuple[Any, ...]]:
    """The entries of these ids, in their order, without their id."""
    if not entry_ids:
        return []
    marks = ", ".join(["%s"] * len(entry_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {_COLUMNS} FROM search_searchentry WHERE id IN ({marks})",  # noqa: S608 - placeholders only; values are parameters
            entry_ids,
        )
        by_id = {row[0]: row[1:] for row in cursor.fetchall()}
    return [by_id[pk] for pk in entry_ids if pk in by_id]


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
    query = _query(
        viewer=viewer,
        q=q,
        community_ids=community_ids,
        language=language,
        country=country,
        date_from=date_from,
        date_to=date_to,
    )
    engine = engine_get()
    result.counts = engine.counts(query)
    chosen = result.counts if kinds is None else set(kinds)
    result.total = sum(count for kind, count in result.counts.items() if kind in chosen)
    if not result.total:
        return result
    entry_ids = engine.ranked_ids(
        query, kinds=kinds, total=result.total, limit=per_page, offset=(page - 1) * per_page
    )
    rows = _rows(entry_ids)
    visible = _visible(viewer, rows)
    stems = query_stems(q)
    result.hits = [_hit(row, stems) for row in rows if (row[0], row[1]) in visible]
    return result


def search_object_ids(
    *, viewer: Any, q: str, kind: str, community_ids: list[int] | None = None, limit: int = 500
) -> list[int]:
    """The ids of the objects of one kind that match a query, best first, at most `limit`.

    Filtered by audience like `search`; the page that shows them applies its own selectors."""
    query = _query(
        viewer=viewer,
        q=q,
        community_ids=community_ids,
        language=None,
        country=None,
        date_from=None,
        date_to=None,
    )
    engine = engine_get()
    total = engine.counts(query).get(kind, 0)
    if not total:
        return []
    entry_ids = engine.ranked_ids(query, kinds=[kind], total=total, limit=max(1, limit), offset=0)
    return [row[1] for row in _rows(entry_ids)]
