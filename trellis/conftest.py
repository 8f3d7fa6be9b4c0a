"""Fixtures shared by every app's tests: one person for each role of the permission model.

Property tests (hypothesis) are repeatable by default: the "repeatable" profile derives every
example from the test itself, so a run finds the same examples on every machine and at every
hour, and the suite never fails on one run and passes on the next. HYPOTHESIS_PROFILE=explore
searches anew on each run, with more examples, to find what the fixed examples miss; what it
finds becomes a regression test.
"""

import os
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Role, Visibility
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)

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


@pytest.fixture
def world(db: Any) -> World:
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
    admin.is_staff = admin.is_superuser = True
    admin.save()
    return World(public, private, member, convener, sponsor, admin, outsider)
