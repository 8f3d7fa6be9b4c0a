"""What the search index holds and who supplies it: one interface between the engine and the apps.

The search engine knows no domain app (an import-linter contract keeps it so). Each app that has
something worth finding registers a `SearchSource` in its `AppConfig.ready()`; the engine asks the
source for `SearchDoc`s when it (re)indexes, and the app asks the engine to reindex what it changed
with `trellis.search.indexing.search_index_later(kind=..., ids=[...])` after its write commits.

Who may see an entry is decided when it is indexed (`audience` and `community_ids`), so a query
filters in the database and counts stay right; the source's `visible_ids` is the final check on
the page of hits actually shown.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from django.db.models import Model, QuerySet

from trellis.core.batches import BATCH_SIZE, queryset_batches

M = TypeVar("M", bound=Model)


class Audience(StrEnum):
    """Who may find an entry."""

    PUBLIC = "public"  # anyone, signed in or not
    SIGNED_IN = "signed_in"  # any active, signed-in person of the network
    MEMBERS = "members"  # active members of at least one of the entry's communities


@dataclass(frozen=True)
class SearchDoc:
    """One thing to find, as the engine indexes it."""

    kind: str  # the source's kind: "person", "activity", "question", "answer", ...
    object_id: int
    title: str
    body: str  # all other searchable text, plain (no HTML, no Markdown syntax needed)
    url: str  # where a hit leads (an absolute path, e.g. "/questions/12/")
    audience: Audience
    community_ids: tuple[int, ...] = ()  # the communities it belongs to (filters and MEMBERS)
    language: str = ""  # ISO 639-1 code of the text, "" when unknown or mixed
    country: str = ""  # ISO 3166 alpha-2 code, "" when none
    date: datetime.date | None = None  # the date people think of it by (held on, asked on...)
    extra: dict[str, Any] = field(default_factory=dict)  # small display facts, never searched


class SearchSource(Protocol):
    """An app's searchable things of one kind."""

    kind: str
    label: Any  # a lazily translated plural, e.g. _("Questions")

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        """The entries for these ids (all of them when `ids` is None), in bounded queries.

        An id that no longer exists, or no longer should be found, yields nothing: the engine
        removes its entry."""
        ...

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        """Of these ids, those the viewer may see, by the app's own permission selectors."""
        ...


def search_docs_in_batches(
    queryset: QuerySet[M],
    *,
    ids: Iterable[int] | None,
    build: Callable[[list[M]], Iterable[SearchDoc | None]],
    size: int = BATCH_SIZE,
) -> Iterator[SearchDoc]:
    """What a source's `documents()` yields: the rows of `queryset` (those of `ids` when given)
    read in bounded batches, each batch turned into entries by `build` (which may read more for
    the whole batch at once); a row built into None is not to be found and is left out."""
    for batch in queryset_batches(queryset, ids=ids, size=size):
        for document in build(batch):
            if document is not None:
                yield document


def visible_ids_among(visible: QuerySet[Any], *, ids: Iterable[int]) -> set[int]:
    """What a source's `visible_ids()` answers: of these ids, those in `visible`, the rows the
    viewer may see by the app's own selector. No query for no ids."""
    wanted = {int(pk) for pk in ids}
    if not wanted:
        return set()
    return set(visible.filter(pk__in=wanted).values_list("pk", flat=True))


_sources: dict[str, SearchSource] = {}


def register(source: SearchSource) -> None:
    """Make a source's kind searchable (called from an AppConfig.ready())."""
    _sources[source.kind] = source


def source_for(kind: str) -> SearchSource | None:
    return _sources.get(kind)


def all_sources() -> list[SearchSource]:
    return list(_sources.values())
