"""One interface over two text engines, chosen by the database connection's vendor.

The engine-neutral parts (the table of entries, the filters, permissions, ranking order,
snippets) live in `trellis.search.selectors` and `trellis.search.index_writes`; an engine only
says how text is matched and ranked, and what it must write beside an entry."""

from django.db import connection

from trellis.search.engines.base import Engine, EntryText, SearchQuery
from trellis.search.engines.postgresql import PostgresEngine
from trellis.search.engines.sqlite import SqliteEngine

__all__ = ["Engine", "EntryText", "SearchQuery", "engine_get"]

_ENGINES: dict[str, Engine] = {"sqlite": SqliteEngine(), "postgresql": PostgresEngine()}


def engine_get() -> Engine:
    """The engine of the default database."""
    try:
        return _ENGINES[connection.vendor]
    except KeyError:
        raise NotImplementedError(f"No search engine for {connection.vendor}") from None
