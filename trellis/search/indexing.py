"""How apps keep the index current: ask for their changed objects to be reindexed after commit.

    search_index_later(kind="question", ids=[question.pk])

queues, on commit, a task that asks the kind's source for fresh `SearchDoc`s and replaces their
entries (removing those the source no longer yields). `index_documents` and `index_remove` are
the bulk writes the rebuild and the benchmark use directly.
"""

from collections.abc import Iterable

from django.db import transaction

from trellis.search.index_writes import (
    BATCH_SIZE,
    index_documents,
    index_remove,
    search_rebuild,
    search_reindex,
)
from trellis.search.tasks import search_reindex_task

__all__ = [
    "index_documents",
    "index_remove",
    "search_index_later",
    "search_rebuild",
    "search_reindex",
]


def _enqueue(kind: str, ids: list[int]) -> None:
    for start in range(0, len(ids), BATCH_SIZE):
        search_reindex_task.enqueue(kind=kind, ids=ids[start : start + BATCH_SIZE])


def search_index_later(*, kind: str, ids: Iterable[int]) -> None:
    """Reindex these objects of this kind once the current transaction commits."""
    object_ids = sorted({int(pk) for pk in ids})
    if object_ids:
        transaction.on_commit(lambda: _enqueue(kind, object_ids))
