"""Which data changed: one number per app, changed by every write, read once per request.

Pages that remember what they rendered (`trellis.core.remembered`) put these numbers in their
keys, so anything they remember is forgotten as soon as the data it came from changes — by a
service, the admin, a task, a data migration or a bulk update alike. Writes are not announced by
hand: every connection runs its statements through `_watch`, which sees each INSERT, UPDATE and
DELETE on a table of a Trellis app and changes that app's number when the transaction commits
(at once in autocommit). The numbers are random, not counters, so a number can never come back
after a rollback, a restore or a test's cleanup and match something remembered before.

Within a request that writes, nothing remembered is read or stored any more (`request_dirty`):
what the request reads after its own write must come from the database, since its change is
only counted when it commits.

Tables whose writes never change what a page shows are left out (`IGNORED_TABLES`): sign-in
throttle counters and the last-used time of access tokens change on most API requests, and a
person's last visit to a community (only their own home shows it, and keys on it).
"""

import atexit
import contextlib
import logging
import re
import secrets
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.signals import request_finished
from django.db import DatabaseError, connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, pre_migrate
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

# The apps whose tables are watched, by the tables' prefix (an app's label; allauth's email
# addresses and two-factor devices count as accounts). Follows are an area of their own: pages
# show them (the follow buttons) while the notices, which change all the time, are not shown.
APPS = (
    "accounts",
    "participation",
    "communities",
    "activities",
    "notifications",
    "conversations",
    "analytics",
    "library",
)
AREAS = (*APPS, "follows")
_PREFIXES = {**{app: app for app in APPS}, "account": "accounts", "mfa": "accounts"}
_TABLES = {"notifications_follow": "follows"}
IGNORED_TABLES = frozenset(
    {"accounts_signincounter", "accounts_accesstoken", "communities_communityvisit"}
)
TABLE = "core_generation"

# A write: its verb, then the tables it names ("WITH ..." queries: the first write verb in them).
_WRITE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE)\s+"
    r"(?:TABLE\s+|ONLY\s+)?((?:\"?\w+\"?\.)?\"?\w+\"?(?:\s*,\s*(?:\"?\w+\"?\.)?\"?\w+\"?)*)",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"\s*(?:/\*.*?\*/\s*)*(INSERT|REPLACE|UPDATE|DELETE|TRUNCATE|WITH)\b", re.I | re.S
)
_AREA_OF_TABLE = re.compile(r"(" + "|".join(_PREFIXES) + r")_")


@dataclass
class _Scope:
    """What one request knows: the numbers it read, and whether it wrote."""

    numbers: dict[str, int] | None = None
    dirty: bool = False
    minute: datetime | None = None


logger = logging.getLogger(__name__)

_scope: ContextVar[_Scope | None] = ContextVar("trellis_generation_scope", default=None)


@dataclass
class _Pending:
    """Areas written in the connection's current transaction, counted at its commit."""

    areas: set[str] = field(default_factory=set)

    def __call__(self) -> None:
        areas, self.areas = self.areas, set()
        try:
            _change(areas)
        except DatabaseError:
            if settings.TRELLIS_GENERATIONS_AT_ONCE:
                raise
            # The data is written already (a busy database, say): count it with the next
            # statement on this connection rather than fail the request that wrote it.
            logger.warning("Could not count a change to %s; trying again", sorted(areas))
            pending = connection.__dict__.setdefault("_trellis_autocommit", _Pending())
            pending.areas |= areas


def _table_area(table: str) -> str | None:
    table = table.rsplit(".", 1)[-1].strip('" ').lower()
    if table in IGNORED_TABLES:
        return None
    if table in _TABLES:
        return _TABLES[table]
    area = _AREA_OF_TABLE.match(table)
    return _PREFIXES[area.group(1)] if area else None


def _areas(sql: str) -> set[str]:
    """The areas a statement writes to; none for a read."""
    if _VERB.match(sql) is None:  # most statements: a SELECT, answered at once
        return set()
    match = _WRITE.search(sql)
    if match is None:
        return set()
    tables = match.group(1).split(",")
    return {area for table in tables if (area := _table_area(table)) is not None}


def _change(areas: Iterable[str]) -> None:
    """Give each area a new random number (an upsert: a fresh database has no rows)."""
    from trellis.core.models import Generation

    rows = [Generation(area=area, value=secrets.randbits(62)) for area in sorted(areas)]
    if rows:
        Generation.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["area"], update_fields=["value"]
        )


_migrating = [False]


def _pending(db: BaseDatabaseWrapper, name: str) -> _Pending:
    pending: _Pending = db.__dict__.setdefault(name, _Pending())
    return pending


def _written(db: BaseDatabaseWrapper, area: str) -> None:
    if _migrating[0]:  # the table may not exist yet; every area changes when migrate ends
        return
    scope = _scope.get()
    if scope is not None:
        scope.dirty = True
    if not db.in_atomic_block:
        # The statement may still hold rows to fetch (INSERT ... RETURNING), and SQLite cannot
        # commit another statement then: counted before the next statement, or when the
        # request ends (`flush`).
        _pending(db, "_trellis_autocommit").areas.add(area)
        return
    pending = _pending(db, "_trellis_transaction")
    if settings.TRELLIS_GENERATIONS_AT_ONCE:
        pending.areas.add(area)
        pending()
        return
    # Registered once per transaction. When it is not there, the transaction (or the savepoint
    # it was registered in) rolled back: what it had gathered was undone with it.
    # (Entries are (savepoint ids, callback, robust); the stubs know only the first two.)
    if not any(entry[1] is pending for entry in db.run_on_commit):
        pending.areas.clear()
        transaction.on_commit(pending, using=db.alias, robust=True)
    pending.areas.add(area)


def flush(db: BaseDatabaseWrapper | None = None) -> None:
    """Count the writes made in autocommit on the connection (outside any transaction)."""
    db = db or connection
    pending = db.__dict__.get("_trellis_autocommit")
    if pending is not None and pending.areas and not db.in_atomic_block:
        pending()


def _watch(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]
) -> Any:
    db = context["connection"]
    if not _migrating[0]:
        flush(db)
    result = execute(sql, params, many, context)
    for area in _areas(sql) if isinstance(sql, str) else ():
        _written(db, area)
    return result


def _install(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    if _watch not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch)


def _request_finished(sender: Any, **kwargs: Any) -> None:
    for db in connections.all(initialized_only=True):
        flush(db)


def _at_exit() -> None:
    """A command that wrote in autocommit and ends: count its writes if the database is there."""
    with contextlib.suppress(DatabaseError):
        _request_finished(None)


def _migrate_starts(sender: Any, **kwargs: Any) -> None:
    _migrating[0] = True


def _migrate_ends(sender: Any, **kwargs: Any) -> None:
    if sender.label == "core":
        _migrating[0] = False
        db = connections[kwargs.get("using", "default")]
        if TABLE in db.introspection.table_names():  # not after `migrate core zero`
            _change(AREAS)


def watch_writes(core: AppConfig) -> None:
    """Watch every connection, those open already and those opened later."""
    connection_created.connect(_install, dispatch_uid="trellis.core.generations")
    _install(None, connection)
    request_finished.connect(_request_finished, dispatch_uid="trellis.generations.finished")
    atexit.register(_at_exit)
    pre_migrate.connect(_migrate_starts, sender=core, dispatch_uid="trellis.generations.pre")
    post_migrate.connect(_migrate_ends, sender=core, dispatch_uid="trellis.generations.post")


def current(*areas: str) -> tuple[int, ...] | None:
    """The areas' numbers, read once per request; None outside a request or after it wrote."""
    scope = _scope.get()
    if scope is None or scope.dirty:
        return None
    if scope.numbers is None:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT area, value FROM {TABLE}")  # noqa: S608 - a constant
            scope.numbers = dict(cursor.fetchall())
    return tuple(scope.numbers.get(area, 0) for area in areas)


def request_minute() -> datetime:
    """The minute the request started in (read once): a request that runs across a minute's
    end still uses one set of remembered things, and runs the same queries at any hour."""
    scope = _scope.get()
    if scope is None:
        return timezone.now().replace(second=0, microsecond=0)
    if scope.minute is None:
        scope.minute = timezone.now().replace(second=0, microsecond=0)
    return scope.minute


def request_dirty() -> None:
    """Stop using remembered things for the rest of this request (it changed something)."""
    scope = _scope.get()
    if scope is not None:
        scope.dirty = True


class GenerationScopeMiddleware:
    """Each request reads the numbers at most once, and forgets them when it ends."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _scope.set(_Scope(dirty=request.method not in ("GET", "HEAD")))
        try:
            return self.get_response(request)
        finally:
            _scope.reset(token)
