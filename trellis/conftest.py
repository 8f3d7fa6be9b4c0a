"""Fixtures shared by every app's tests: one person for each role of the permission model.

Property tests (hypothesis) are repeatable by default: the "repeatable" profile derives every
example from the test itself, so a run finds the same examples on every machine and at every
hour, and the suite never fails on one run and passes on the next. HYPOTHESIS_PROFILE=explore
searches anew on each run, with more examples, to find what the fixed examples miss; what it
finds becomes a regression test.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

import pytest
import time_machine
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from hypothesis import settings as hypothesis_settings

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Role, Visibility
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)
from trellis.core.remembered import forget_all
from trellis.tests.search_index import search_index_requests
from trellis.tests.smtp import smtp


def pytest_collection_modifyitems(items: list[Any]) -> None:
    """A transactional test flushes the database when it ends: without serialized_rollback it
    also loses the rows the data migrations wrote (roles, activity types), and on PostgreSQL
    recreates content types under new ids, breaking the tests that run after it."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if (
            marker
            and marker.kwargs.get("transaction")
            and not marker.kwargs.get("serialized_rollback")
        ):
            raise pytest.UsageError(
                f"{item.nodeid}: mark transactional tests with serialized_rollback=True too"
            )


@pytest.fixture(autouse=True)
def _forget_remembered() -> None:
    """What a page remembered in one test must not be served in the next: after a rollback
    the data generations of the next test start from the same numbers."""
    forget_all()


def _cold(assert_queries: Any) -> Any:
    @contextmanager
    def counted(*args: Any, **kwargs: Any) -> Iterator[Any]:
        forget_all()
        # Content types are cached for the life of a process, so whether an earlier test
        # looked one up would change the count: load them all first, as a worker that has
        # served a few pages has.
        ContentType.objects.get_for_models(*apps.get_models())
        with assert_queries(*args, **kwargs) as context:
            yield context

    return counted


@pytest.fixture
def django_assert_num_queries(django_assert_num_queries: Any) -> Any:
    """Queries a page runs when nothing is remembered: what the query-count tests bound."""
    return _cold(django_assert_num_queries)


@pytest.fixture
def django_assert_max_num_queries(django_assert_max_num_queries: Any) -> Any:
    return _cold(django_assert_max_num_queries)


hypothesis_settings.register_profile(
    "repeatable", derandomize=True, database=None, print_blob=True, deadline=None
)
hypothesis_settings.register_profile("explore", derandomize=False, print_blob=True, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@dataclass
class World:
    """A small network: a public and a private community and a person in every role."""

    public: Any
    private: Any
    member: Any
    convener: Any
    sponsor: Any
    admin: Any
    outsider: Any

    def person(self, role: str) -> Any:
        """The person for a role name; None for a visitor."""
        return None if role == "visitor" else getattr(self, role)


ROLES = ["visitor", "outsider", "member", "convener", "sponsor", "admin"]


def pytest_configure(config: Any) -> None:
    """`TRELLIS_TEST_CLOCK=23:30 make test` runs the whole suite with the clock set to that time
    of today (UTC), ticking on: a way to find tests that pass or fail by the hour."""
    clock = os.environ.get("TRELLIS_TEST_CLOCK")
    if clock:
        hour, minute = (int(part) for part in clock.split(":"))
        start = datetime.combine(datetime.now(UTC).date(), time(hour, minute), tzinfo=UTC)
        time_machine.travel(start, tick=True).start()


@pytest.fixture
def world(db: Any) -> World:
    return world_build()


def world_build() -> World:
    public = CommunityFactory(code="PUB", slug="public-cop", visibility=Visibility.PUBLIC)
    private = CommunityFactory(code="PRIV", slug="private-cop", visibility=Visibility.PRIVATE)
    member = UserFactory(email="member@example.org", full_name="Member Person")
    convener = UserFactory(email="convener@example.org", full_name="Convener Person")
    sponsor = UserFactory(email="sponsor@example.org", full_name="Sponsor Person")
    admin = UserFactory(email="admin@example.org", full_name="Admin Person")
    outsider = UserFactory(email="outsider@example.org", full_name="Outsider Person")
    for community in (public, private):
        MembershipFactory(community=community, person=member)
        MembershipFactory(community=community, person=convener)
        RoleAssignmentFactory(community=community, person=convener)
        RoleAssignmentFactory(
            community=community, person=sponsor, role=Role.objects.get(code=Role.SPONSOR)
        )
    RoleAssignmentFactory(
        community=None, person=admin, role=Role.objects.get(code=Role.NETWORK_ADMIN)
    )
    return World(public, private, member, convener, sponsor, admin, outsider)


__all__ = ["ROLES", "World", "search_index_requests", "smtp", "world"]
