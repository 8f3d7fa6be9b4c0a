"""What a process has already computed for a page: kept in its own memory, keyed by the data.

`remembered(key, compute, areas=...)` returns what `compute()` returned for the same key while
the areas' data stayed the same (`trellis.core.generations`), in the same language, time zone
and minute; otherwise it computes anew and keeps the result. Each worker process keeps its own
copy (no pickling, no query to read it), at most `TRELLIS_REMEMBERED_BYTES` and `MAX_ENTRIES`
values, least recently used out first, and nothing from an earlier minute. Outside a request,
and in a request that has written something, nothing is remembered: `compute()` runs every time.

The key must name everything else the value depends on — above all who is looking: use
`viewer_key(person)` for anything a permission decides.
"""

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import datetime
from typing import Any, TypeVar

from django.conf import settings
from django.utils import timezone, translation

from trellis.core import generations

T = TypeVar("T")

# The areas a page's content comes from: everything but the notices, which change all the time.
CONTENT = (
    "accounts",
    "participation",
    "communities",
    "activities",
    "conversations",
    "follows",
    # The rules of participation levels: a page showing levels changes when they do.
    "analytics",
    # Documents and collections: the library's pages and API, and the community and activity
    # pages that list collections.
    "library",
)
MAX_ENTRIES = 20_000

_lock = threading.Lock()
_store: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
_size = [0]
# Everything kept belongs to one minute: when the clock shows another, nothing kept can be
# asked for again, and it is all let go.
_minute: list[datetime | None] = [None]


def _cost(value: Any) -> int:
    """Bytes of memory, roughly: what `remembered_cost()` says, or the object's own size."""
    cost = getattr(value, "remembered_cost", None)
    return int(cost()) if cost is not None else sys.getsizeof(value)


def viewer_key(person: Any) -> Hashable:
    """Who is looking, for a key: every visitor alike, each signed-in person apart."""
    if person is None or not person.is_authenticated:
        return "visitor"
    return ("person", person.pk, person.is_active, person.is_staff, person.is_superuser)


def remembered(
    key: Hashable,
    compute: Callable[[], T],
    *,
    areas: tuple[str, ...] = CONTENT,
    keep: Callable[[T], bool] | None = None,
) -> T:
    numbers = generations.current(*areas)
    if numbers is None:
        return compute()
    minute = generations.request_minute()
    full_key = (
        key,
        areas,
        numbers,
        translation.get_language(),
        timezone.get_current_timezone_name(),
        minute,
    )
    with _lock:
        if _minute[0] != minute:
            _store.clear()
            _size[0] = 0
            _minute[0] = minute
        hit = _store.get(full_key)
        if hit is not None:
            _store.move_to_end(full_key)
            return hit[0]  # type: ignore[no-any-return]
    value = compute()
    # `compute()` may have written (a first visit creating a row): then it is not kept.
    if generations.current(*areas) != numbers or (keep is not None and not keep(value)):
        return value
    cost = _cost(value)
    limit = settings.TRELLIS_REMEMBERED_BYTES
    if cost > limit // 10:
        return value
    with _lock:
        if full_key not in _store:
            _store[full_key] = (value, cost)
            _size[0] += cost
        while _store and (_size[0] > limit or len(_store) > MAX_ENTRIES):
            _key, (_value, old_cost) = _store.popitem(last=False)
            _size[0] -= old_cost
    return value


def forget_all() -> None:
    """Empty this process's memory (tests start from nothing)."""
    with _lock:
        _store.clear()
        _size[0] = 0
