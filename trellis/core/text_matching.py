"""Case-insensitive matching in every script, on SQLite as on PostgreSQL.

SQLite's own LIKE, LOWER and UPPER fold only ASCII letters, so "иванов" would not find
"Иванов" in the directory, the member search or the import's guest matching, although it does
on PostgreSQL. Each new SQLite connection gets Unicode-aware versions of the three functions;
every `icontains`, `iexact`, `istartswith` (and Django's `Lower`/`Upper`) then matches as a
person expects. PostgreSQL folds by the database's locale, which must be a UTF-8 one
(`docs/deploy.md`); `unicode_case_folding` is the check `manage.py check --database` runs.
"""

import re
from functools import lru_cache
from typing import Any

from django.core.checks import CheckMessage, Error, register
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created


@lru_cache(maxsize=512)
def _like_pattern(pattern: str, escape: str | None) -> re.Pattern[str]:
    """A LIKE pattern (% any run, _ one character, `escape` quoting the next) as a regex."""
    parts: list[str] = []
    characters = iter(pattern.casefold())
    for character in characters:
        if escape is not None and character == escape.casefold():
            parts.append(re.escape(next(characters, "")))
        elif character == "%":
            parts.append(".*")
        elif character == "_":
            parts.append(".")
        else:
            parts.append(re.escape(character))
    return re.compile("".join(parts), re.DOTALL)


def sql_like(pattern: Any, value: Any, escape: Any = None) -> bool | None:
    """SQLite calls like(pattern, value[, escape]) for `value LIKE pattern [ESCAPE escape]`."""
    if pattern is None or value is None:
        return None
    return _like_pattern(str(pattern), escape).fullmatch(str(value).casefold()) is not None


def sql_lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def sql_upper(value: Any) -> Any:
    return value.upper() if isinstance(value, str) else value


def _unicode_functions_install(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    if connection.vendor != "sqlite":
        return
    raw = connection.connection
    raw.create_function("like", 2, sql_like, deterministic=True)
    raw.create_function("like", 3, sql_like, deterministic=True)
    raw.create_function("lower", 1, sql_lower, deterministic=True)
    raw.create_function("upper", 1, sql_upper, deterministic=True)


def unicode_matching_enable() -> None:
    connection_created.connect(_unicode_functions_install, dispatch_uid="trellis-unicode-like")


@register("database")
def unicode_case_folding(databases: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """The database folds Cyrillic case (PostgreSQL needs a UTF-8 locale for that)."""
    problems: list[CheckMessage] = []
    for alias in databases or []:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT UPPER(%s)", ["иванов"])
            (upper,) = cursor.fetchone()
        if upper != "ИВАНОВ":
            problems.append(
                Error(
                    f"The database '{alias}' does not change the case of Cyrillic letters, so "
                    "case-insensitive search fails for Russian text.",
                    hint="Create the PostgreSQL database with a UTF-8 locale, e.g. "
                    "`createdb --encoding UTF8 --locale C.UTF-8 --template template0 trellis`.",
                    id="trellis.E001",
                )
            )
    return problems
