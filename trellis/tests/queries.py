"""Counting a page's queries as the query-count tests mean it: built from nothing."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from trellis.core.remembered import forget_all


def forget_everything() -> None:
    """What a process remembers between requests: pages, permission facts and the network
    (`trellis.core.remembered`), and Django's content types, loaded on first use."""
    forget_all()
    ContentType.objects.clear_cache()


@contextmanager
def cold_queries() -> Iterator[CaptureQueriesContext]:
    """Capture the queries run inside with nothing remembered from before: the cost of a first
    visit, which is what must not grow, whichever tests ran before in the same process."""
    forget_everything()
    with CaptureQueriesContext(connection) as context:
        yield context
