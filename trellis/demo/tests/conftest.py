"""The demo network, loaded once for the whole package and inspected the way a visitor would."""

from collections.abc import Iterator
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def loaded(django_db_setup: Any, django_db_blocker: Any) -> Iterator[str]:
    """Load the demo once, inside a transaction rolled back at the end of the package.

    Each test still runs in its own savepoint (the `django_db` mark), so nothing one test
    changes leaks into the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        output = StringIO()
        call_command("demo", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(loaded: str, db: Any) -> str:
    return loaded
