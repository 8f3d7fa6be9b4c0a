"""Test helpers for the search sources: who an entry's audience admits, and which reindexing
the services ask for once their transaction commits."""

import sys
from typing import Any

import pytest
from django.db import transaction

from trellis.search import indexing
from trellis.search.sources import Audience, SearchDoc


def audience_admits(document: SearchDoc, viewer: Any) -> bool:
    """Whether the engine's filter, by the entry's audience, lets this viewer find it."""
    if document.audience == Audience.PUBLIC:
        return True
    if viewer is None or not viewer.is_authenticated or not viewer.is_active:
        return False
    if document.audience == Audience.SIGNED_IN:
        return True
    mine = set(viewer.memberships.filter(state="active").values_list("community_id", flat=True))
    return bool(mine & set(document.community_ids))


@pytest.fixture
def search_index_requests(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[int]]]:
    """The (kind, ids) the code asks to reindex, recorded when its transaction commits (run
    the code under `django_capture_on_commit_callbacks(execute=True)`)."""
    requests: list[tuple[str, list[int]]] = []
    original = indexing.search_index_later

    def record(*, kind: str, ids: Any) -> None:
        ids = sorted(ids)
        transaction.on_commit(lambda: requests.append((kind, ids)))

    for name, module in list(sys.modules.items()):
        if name.startswith("trellis.") and getattr(module, "search_index_later", None) is original:
            monkeypatch.setattr(module, "search_index_later", record)
    return requests
