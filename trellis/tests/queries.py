"""Counting a page's queries as the query-count tests mean it: built from nothing."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from trellis.core.remembered import forget_all


@contextmanager
def cold_queries() -> Iterator[CaptureQueriesContext]:
    """Capture the queries run inside with no page, permission facts or network remembered
    (`trellis.core.remembered`): the cost of a first visit, which is what must not grow.

    Django's own per-process caches (content types) stay as they are, warm in a running
    server: a test that counts makes an uncounted request first, and that request must build
    its page too (`warm_up`), or whether they are warm depends on the tests run before."""
    forget_all()
    with CaptureQueriesContext(connection) as context:
        yield context


def warm_up(client: Any, path: str) -> None:
    """An uncounted request that builds the page (nothing remembered), filling the caches a
    running server keeps warm."""
    forget_all()
    client.get(path)
