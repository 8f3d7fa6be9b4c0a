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
throttle counters and the last-used time of access tokens change on most API requests.
"""

import atexit
import contextlib
import re
import secrets
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.signals import request_finished
from django.db import DatabaseError, connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, pre_migrate
from django.http import HttpRequest, HttpResponse

# The apps whose tables are watched, by the tables' prefix (an app's label; allauth's email
# addresses and two-factor devices count as accounts).
AREAS = ("accounts", "participation", "communities", "activities", "notifications", "conversations")
_PREFIXES = {**{area: area for area in AREAS}, "account": "accounts", "mfa": "accounts"}
IGNORED_TABLES = frozenset({"accounts_signincounter", "accounts_accesstoken"})
TABLE = "core_generation"

_WRITE = re.compile(
    r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?(\w+)',
    re.IGNORECASE,
)
_AREA_OF_TABLE = re.compile(r"(" + "|".join(_PREFIXES) + r")_")


@dataclass
class _Scope:
    """What one request knows: the numbers it read, and whether it wrote."""

    numbers: dict[str, int] | None = None
    dirty: bool = False


_scope: ContextVar[_Scope | None] = ContextVar("trellis_generation_scope", default=None)


@dataclass
class _Pending:
    """Areas written in the connection's current transaction, counted at its commit."""

    areas: set[str] = field(default_factory=set)

    def __call__(self) -> None:
        areas, self.areas = self.areas, set()
        _change(areas)


def _area(sql: str) -> str | None:
    match = _WRITE.match(sql)
    if match is None:
        return None
    table = match.group(1).lower()
    if table in IGNORED_TABLES:
        return None
    area = _AREA_OF_TABLE.match(table)
    return _PREFIXES[area.group(1)] if area else None


def _change(areas: Iterable[str]) -> None:
    """Give each area a new random number (an upsert: a fresh database has no rows)."""
    from trellis.core.models import Generation

    rows = [Generation(area=area, value=secrets.randbits(62)) for area in sorted(areas)]
    if rows:
        Generation.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["area"], update_fields=["value"]
        )


_migrating = [False]


def _written(db: BaseDatabaseWrapper, area: str) -> None:
    if _migrating[0]:  # the table may not exist yet; every area changes when migrate ends
        return
    scope = _scope.get()
    if scope is not None:
        scope.dirty = True
    pending: _Pending = db.__dict__.setdefault("_trellis_pending", _Pending())
    pending.areas.add(area)
    if settings.TRELLIS_GENERATIONS_AT_ONCE and db.in_atomic_block:
        pending()
    elif db.in_atomic_block and not any(
        # Registered once per transaction; a rolled-back savepoint drops it, so look again.
        callback is pending
        for _sids, callback, _robust in db.run_on_commit
    ):
        transaction.on_commit(pending, using=db.alias)
    # In autocommit the statement may still hold rows to fetch (INSERT ... RETURNING), and
    # SQLite cannot commit another statement then: the change is counted before the next
    # statement, or when the request ends (`flush`).


def flush(db: BaseDatabaseWrapper | None = None) -> None:
    """Count the writes made in autocommit on the connection (outside any transaction)."""
    db = db or connection
    pending = db.__dict__.get("_trellis_pending")
    if pending is not None and pending.areas and not db.in_atomic_block:
        pending()


def _watch(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]
) -> Any:
    db = context["connection"]
    if not _migrating[0]:
        flush(db)
    result = execute(sql, params, many, context)
    area = _area(sql) if isinstance(sql, str) else None
    if area is not None:
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
