"""Counting a page's queries as the query-count tests mean it: built from nothing."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext

from trellis.core.remembered import forget_all


@contextmanager
def cold_queries() -> Iterator[CaptureQueriesContext]:
    """Capture the queries run inside, with nothing a process remembered from before (pages,
    permission facts, the network): the cost of a first visit, which is what must not grow."""
    forget_all()
    with CaptureQueriesContext(connection) as context:
        yield context
