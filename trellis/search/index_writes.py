"""Writing the index: entries replaced in bulk, removed, rebuilt from their sources.

Bulk writes go in batches (one transaction each) of prepared statements run with `executemany`:
the index of a large network is rebuilt in minutes, not hours, and a batch that fails leaves
the entries of the batches before it in place.
"""

import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from trellis.search.engines import EntryText, engine_get
from trellis.search.sources import SearchDoc, all_sources, source_for

BATCH_SIZE = 1000
# A longer body is indexed up to here: PostgreSQL caps a tsvector at 1 MB, and nobody reads a
# snippet from the middle of a book.
MAX_BODY_CHARS = 100_000
_IN_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on parameters

_INSERT_COLUMNS = (
    "kind, object_id, title, body, url, audience, language, country, date, extra, indexed_at"
)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _placeholders(count: int) -> str:
    return ", ".join(["%s"] * count)


def _delete(cursor: Any, kind: str, object_ids: list[int]) -> int:
    deleted = 0
    for chunk in _batches(object_ids, _IN_CHUNK):
        marks = _placeholders(len(chunk))
        cursor.execute(
            "DELETE FROM search_searchentrycommunity WHERE entry_id IN (SELECT id FROM "  # noqa: S608 - placeholders only; values are parameters
            f"search_searchentry WHERE kind = %s AND object_id IN ({marks}))",
            [kind, *chunk],
        )
        # On SQLite a trigger removes the entries' FTS rows.
        cursor.execute(
            f"DELETE FROM search_searchentry WHERE kind = %s AND object_id IN ({marks})",  # noqa: S608
            [kind, *chunk],
        )
        deleted += max(cursor.rowcount, 0)
    return deleted


def _entry_ids(cursor: Any, kind: str, object_ids: list[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for chunk in _batches(object_ids, _IN_CHUNK):
        cursor.execute(
            "SELECT object_id, id FROM search_searchentry "  # noqa: S608 - placeholders only; values are parameters
            f"WHERE kind = %s AND object_id IN ({_placeholders(len(chunk))})",
            [kind, *chunk],
        )
        found.update(cursor.fetchall())
    return found


def _write_batch(docs: list[SearchDoc]) -> None:
    engine = engine_get()
    by_key = {(doc.kind, doc.object_id): doc for doc in docs}  # the last of duplicates wins
    by_kind: dict[str, list[int]] = {}
    for kind, object_id in by_key:
        by_kind.setdefault(kind, []).append(object_id)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    rows = [
        (
            doc.kind,
            doc.object_id,
            doc.title,
            doc.body[:MAX_BODY_CHARS],
            doc.url,
            str(doc.audience),
            doc.language,
            doc.country,
            doc.date.isoformat() if doc.date else None,
            json.dumps(doc.extra, default=str),
            now,
        )
        for doc in by_key.values()
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        for kind, object_ids in by_kind.items():
            _delete(cursor, kind, object_ids)
        cursor.executemany(
            f"INSERT INTO search_searchentry ({_INSERT_COLUMNS}) VALUES "  # noqa: S608 - placeholders only; values are parameters
            f"({_placeholders(9)}, {engine.json_placeholder}, %s)",
            rows,
        )
        entry_ids: dict[tuple[str, int], int] = {}
        for kind, object_ids in by_kind.items():
            for object_id, pk in _entry_ids(cursor, kind, object_ids).items():
                entry_ids[(kind, object_id)] = pk
        cursor.executemany(
            "INSERT INTO search_searchentrycommunity (entry_id, community_id) VALUES (%s, %s)",
            [
                (entry_ids[key], community_id)
                for key, doc in by_key.items()
                for community_id in sorted(set(doc.community_ids))
            ],
        )
        engine.entries_written(
            cursor,
            [
                EntryText(
                    pk=entry_ids[key],
                    kind=doc.kind,
                    title=doc.title,
                    body=doc.body[:MAX_BODY_CHARS],
                    audience=str(doc.audience),
                    language=doc.language,
                    country=doc.country,
                    community_ids=tuple(sorted(set(doc.community_ids))),
                )
                for key, doc in by_key.items()
            ],
        )


def index_documents(docs: Iterable[SearchDoc], *, batch_size: int = BATCH_SIZE) -> int:
    """Add or replace the entries of these documents; the number written."""
    written = 0
    for batch in _batches(docs, batch_size):
        _write_batch(batch)
        written += len(batch)
    return written


def index_remove(*, kind: str, ids: Iterable[int]) -> int:
    """Remove these entries of a kind; the number removed."""
    object_ids = sorted({int(pk) for pk in ids})
    removed = 0
    for batch in _batches(object_ids, BATCH_SIZE):
        with transaction.atomic(), connection.cursor() as cursor:
            removed += _delete(cursor, kind, batch)
    return removed


def search_reindex(*, kind: str, ids: Iterable[int]) -> None:
    """Replace these entries by what the kind's source yields now; remove the ids it no longer
    yields (deleted, or no longer to be found). An unknown kind removes its entries."""
    object_ids = sorted({int(pk) for pk in ids})
    source = source_for(kind)
    docs = list(source.documents(ids=object_ids)) if source is not None else []
    index_documents(docs)
    yielded = {doc.object_id for doc in docs if doc.kind == kind}
    index_remove(kind=kind, ids=[pk for pk in object_ids if pk not in yielded])


def search_rebuild(
    *, kind: str | None = None, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Rebuild the entries of every registered source (or of one kind) from scratch.

    Entries of a kind are replaced batch by batch, then those its source no longer yields are
    removed, so search keeps working during a rebuild. `progress(kind, written)` is called
    after each batch. Returns the number of entries written per kind."""
    sources = [s for s in all_sources() if kind is None or s.kind == kind]
    written: dict[str, int] = {}
    for source in sources:
        count = 0
        seen: set[int] = set()
        for batch in _batches(source.documents(ids=None), BATCH_SIZE):
            index_documents(batch)
            seen.update(doc.object_id for doc in batch)
            count += len(batch)
            if progress is not None:
                progress(source.kind, count)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT object_id FROM search_searchentry WHERE kind = %s", [source.kind]
            )
            stale = [row[0] for row in cursor.fetchall() if row[0] not in seen]
        index_remove(kind=source.kind, ids=stale)
        written[source.kind] = count
    return written
