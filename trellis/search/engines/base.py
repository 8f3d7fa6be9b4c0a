"""What an engine provides: counts per kind and the ranked page of a query, and the writes
beside new entries. The engine-neutral parts (who may see what, the hits' rows, snippets) live
in `trellis.search.selectors` and `trellis.search.index_writes`."""

import datetime
from dataclasses import dataclass
from typing import Any, Protocol

# Above this many matches an engine ranks them a pool at a time, newest first (see
# `Engine.ranked_ids`): scoring every match of a common word costs far more than a page is worth.
RANK_POOL = 1000


@dataclass(frozen=True)
class SearchQuery:
    """A query with everything that narrows it but the kinds.

    `audiences` None lets every entry through (a network admin); otherwise an entry is found
    when its audience is one of them, or it is for members of one of `member_communities`.
    `communities` None is no community filter; an empty list finds nothing."""

    q: str
    audiences: tuple[str, ...] | None
    member_communities: tuple[int, ...] = ()
    communities: tuple[int, ...] | None = None
    language: str | None = None
    country: str | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None


@dataclass(frozen=True)
class EntryText:
    """What an engine indexes beside an entry just inserted."""

    pk: int
    kind: str
    title: str
    body: str
    audience: str
    language: str
    country: str
    community_ids: tuple[int, ...]


class Engine(Protocol):
    json_placeholder: str

    def counts(self, query: SearchQuery) -> dict[str, int]:
        """The number of matches per kind (kinds with none left out); empty when the query has
        nothing to look for."""
        ...

    def ranked_ids(
        self, query: SearchQuery, *, kinds: list[str] | None, total: int, limit: int, offset: int
    ) -> list[int]:
        """The entry ids of a page of matches of these kinds, best first, ties by id.

        `total` is their number (from `counts`): up to `RANK_POOL` they are ranked all
        together; above it, in pools of `RANK_POOL` taken newest first, so a page costs the
        same whatever a word's frequency."""
        ...

    def entries_written(self, cursor: Any, entries: list[EntryText]) -> None:
        """Index the text of entries just inserted."""
        ...


def pooled(*, total: int, limit: int, offset: int, ranked: Any) -> list[int]:
    """A page of `limit` ids from `offset`, from `ranked(pool, limit, offset)`: pool None ranks
    every match, pool n only the n-th `RANK_POOL` matches counted from the newest."""
    if total <= RANK_POOL:
        return list(ranked(None, limit, offset))
    ids: list[int] = []
    while len(ids) < limit and offset < total:
        pool, start = divmod(offset, RANK_POOL)
        found = list(ranked(pool, limit - len(ids), start))
        if not found:
            break
        ids += found
        offset += len(found)
    return ids
