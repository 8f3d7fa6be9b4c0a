"""The documents that came out of a learning agenda item.

Documents live in the library, which sits above this app in the layers, so this app does not
look them up itself: the library registers a source (`agenda_documents_register`) when it is
ready, and the agenda item's page asks it for the documents its reader may see
(`agenda_documents_for`). Without a source an item simply lists none.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AgendaDocument:
    """A document as an agenda item shows it: on its timeline and in its list of outputs."""

    title: str
    url: str
    kind: str  # the kind's label, in the reader's language
    language: str
    when: datetime  # when it became available: published, else shared


# source(viewer=..., item_ids=...) → item id → its documents the viewer may see, in a fixed
# number of queries whatever the number of items.
AgendaDocumentSource = Callable[..., dict[int, list[AgendaDocument]]]
_sources: dict[str, AgendaDocumentSource] = {}


def agenda_documents_register(source: AgendaDocumentSource) -> None:
    """Let `source` list agenda items' documents; registered once per callable."""
    _sources[f"{source.__module__}.{source.__qualname__}"] = source


def agenda_documents_for(
    *, viewer: Any, item_ids: Iterable[int]
) -> dict[int, list[AgendaDocument]]:
    """Each item's documents the viewer may see, newest last."""
    item_ids = list(item_ids)
    found: dict[int, list[AgendaDocument]] = {}
    if not item_ids:
        return found
    for source in _sources.values():
        for item_id, documents in source(viewer=viewer, item_ids=item_ids).items():
            found.setdefault(item_id, []).extend(documents)
    for documents in found.values():
        documents.sort(key=lambda document: document.when)
    return found
