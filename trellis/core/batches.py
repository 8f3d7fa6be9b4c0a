"""Reading many rows in bounded pieces: a fixed number of queries per batch, never per row."""

from collections.abc import Iterable, Iterator
from typing import TypeVar

from django.db.models import Model, QuerySet

M = TypeVar("M", bound=Model)

BATCH_SIZE = 500


def queryset_batches(
    queryset: QuerySet[M], *, ids: Iterable[int] | None = None, size: int = BATCH_SIZE
) -> Iterator[list[M]]:
    """The rows of `queryset` (only those of `ids` when given) as lists of at most `size`, by
    ascending primary key: each batch is one query plus one per `prefetch_related` lookup,
    whatever the number of rows."""
    if ids is not None:
        wanted = sorted({int(pk) for pk in ids})
        for start in range(0, len(wanted), size):
            yield list(queryset.filter(pk__in=wanted[start : start + size]).order_by("pk"))
        return
    last = 0
    while True:
        batch = list(queryset.filter(pk__gt=last).order_by("pk")[:size])
        if not batch:
            return
        yield batch
        if len(batch) < size:
            return
        last = batch[-1].pk
