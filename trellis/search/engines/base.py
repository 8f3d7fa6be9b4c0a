"""What an engine provides: a match clause for a query, and the writes beside new entries."""

from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Match:
    """SQL that restricts `search_searchentry e` to a query's matches and ranks them.

    `joins` is added after the FROM clause, `where` to the conditions; `rank` is an expression
    where a greater value is a better hit. Parameters appear in the order joins, where, rank."""

    joins: str
    joins_params: tuple[Any, ...]
    where: str
    where_params: tuple[Any, ...]
    rank: str
    rank_params: tuple[Any, ...]


class Engine(Protocol):
    json_placeholder: str

    def match(self, q: str) -> Match | None:
        """The match of a query, or None when it has nothing to look for."""
        ...

    def entries_written(self, cursor: Any, rows: list[tuple[int, str, str]]) -> None:
        """Index the text of entries just inserted: (entry id, title, body) each."""
        ...
