"""A source of test documents, registered for a test and removed after it."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from trellis.search import sources
from trellis.search.sources import Audience, SearchDoc


@dataclass
class NoteSource:
    """Notes held in memory: what `documents` yields is whatever the test put in `notes`."""

    kind: str = "note"
    label: str = "Notes"
    notes: dict[int, SearchDoc] = field(default_factory=dict)
    hidden: set[int] = field(default_factory=set)  # ids `visible_ids` refuses to everyone

    def add(self, object_id: int, title: str, body: str = "", **facts: Any) -> SearchDoc:
        doc = SearchDoc(
            kind=self.kind,
            object_id=object_id,
            title=title,
            body=body,
            url=f"/notes/{object_id}/",
            audience=facts.pop("audience", Audience.PUBLIC),
            **facts,
        )
        self.notes[object_id] = doc
        return doc

    def change(self, object_id: int, **facts: Any) -> None:
        self.notes[object_id] = replace(self.notes[object_id], **facts)

    def count(self) -> int:
        return len(self.notes)

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        wanted = self.notes.keys() if ids is None else [pk for pk in ids if pk in self.notes]
        for pk in sorted(wanted):
            yield self.notes[pk]

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        return {pk for pk in ids if pk not in self.hidden}


def _registered(source: NoteSource) -> Iterator[NoteSource]:
    before = dict(sources._sources)
    sources.register(source)
    yield source
    sources._sources.clear()
    sources._sources.update(before)


@pytest.fixture
def notes(db: Any) -> Iterator[NoteSource]:
    yield from _registered(NoteSource())


@pytest.fixture
def links(db: Any) -> Iterator[NoteSource]:
    """A second kind, for filters and counts per kind."""
    yield from _registered(NoteSource(kind="link", label="Links"))
