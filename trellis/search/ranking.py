"""The pages' own lists, narrowed and ordered by the search engine: a page keeps its selector
(permissions, filters, what a row carries) and asks the engine only which ids match, best first."""

from typing import Any, TypeVar

from django.db.models import Case, IntegerField, Model, QuerySet, Value, When

from trellis.search.selectors import search_object_ids
from trellis.search.text import MAX_QUERY_CHARS

M = TypeVar("M", bound=Model)


def search_query(value: str | None) -> str:
    """What a page's `?q=` asks for, bounded ("" when nothing)."""
    return (value or "")[:MAX_QUERY_CHARS].strip()


def ranked_by_search(
    queryset: QuerySet[M],
    *,
    viewer: Any,
    q: str,
    kind: str,
    community_ids: list[int] | None = None,
    limit: int = 500,
) -> QuerySet[M]:
    """The rows of `queryset` that the engine finds for `q`, best match first (at most
    `limit`); the queryset's own filters still apply."""
    ids = search_object_ids(viewer=viewer, q=q, kind=kind, community_ids=community_ids, limit=limit)
    if not ids:
        return queryset.none()
    rank = Case(
        *(When(pk=pk, then=Value(position)) for position, pk in enumerate(ids)),
        output_field=IntegerField(),
    )
    return queryset.filter(pk__in=ids).order_by(rank, "pk")
