"""How apps keep the index current: ask for their changed objects to be reindexed after commit.

BASE BRANCH: the engine branch (s12/search) implements this function; its signature is the
contract the apps call from their services after a write:

    search_index_later(kind="question", ids=[question.pk])

It queues, on commit, a task that asks the kind's source for fresh `SearchDoc`s and replaces
their entries (removing those the source no longer yields).
"""

from collections.abc import Iterable


def search_index_later(*, kind: str, ids: Iterable[int]) -> None:
    """Reindex these objects of this kind once the current transaction commits."""
