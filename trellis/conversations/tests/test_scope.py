"""The lists' scope gives the same answers as the permission predicates the pages ask one post
at a time: a list can never show what its detail page refuses, nor hide what it shows."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Community, MembershipState, Role, Visibility
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)
from trellis.conftest import ROLES
from trellis.conversations import permissions
from trellis.conversations.selectors.scope import conversation_scope
from trellis.core.network_time import network_today

pytestmark = pytest.mark.django_db


def people_at_the_edges(world):
    """Those whose rights hang on one fact: a pending member, one who left, a convener who
    left the community, a convener whose term ended, a sponsor who is not a member, an
    inactive member and a network-wide sponsor."""
    private = world.private
    pending = UserFactory()
    MembershipFactory(community=private, person=pending, state=MembershipState.PENDING)
    left = UserFactory()
    MembershipFactory(community=private, person=left, state=MembershipState.LEFT)
    convener_who_left = UserFactory()
    MembershipFactory(community=private, person=convener_who_left, state=MembershipState.LEFT)
    RoleAssignmentFactory(community=private, person=convener_who_left)
    former_convener = UserFactory()
    MembershipFactory(community=private, person=former_convener)
    RoleAssignmentFactory(
        community=private,
        person=former_convener,
        starts_on=network_today() - timedelta(days=30),
        ends_on=network_today() - timedelta(days=1),
    )
    network_sponsor = UserFactory()
    RoleAssignmentFactory(
        community=None, person=network_sponsor, role=Role.objects.get(code=Role.SPONSOR)
    )
    inactive = UserFactory(is_active=False)
    MembershipFactory(community=private, person=inactive)
    return [pending, left, convener_who_left, former_convener, network_sponsor, inactive]


def test_the_scope_agrees_with_the_predicates_for_every_person(world):
    # A third community, private, where only one person belongs: most people read nothing of it.
    CommunityFactory(visibility=Visibility.PRIVATE)
    CommunityFactory(visibility=Visibility.PUBLIC)
    people = [world.person(role) or AnonymousUser() for role in ROLES]
    people += people_at_the_edges(world)
    communities = list(Community.objects.all())
    for person in people:
        scope = conversation_scope(viewer=person)
        readable = {c.pk for c in communities if permissions.can_view_conversations(person, c)}
        moderated = {c.pk for c in communities if permissions.can_moderate(person, c)}
        who = getattr(person, "email", "a visitor")
        assert scope.visible == readable, who
        assert scope.not_visible == {c.pk for c in communities} - readable, who
        assert scope.moderated == moderated, who
        assert scope.network_wide == permissions.can_view_conversations(person, None), who
        assert scope.moderates_everything == permissions.can_moderate(person, None), who


def test_a_sponsor_sees_the_private_community_but_not_its_conversations(world):
    scope = conversation_scope(viewer=world.sponsor)

    assert world.private.pk in scope.not_visible
    assert world.public.pk in scope.visible
    assert not scope.moderated
