"""The kept member count follows every change of membership.

Lists show each community's `member_count` from `CommunityStats` without counting; the
membership services recount it in the transaction that changes a membership. Each step below
is checked against a real count, read through the selector the pages use.
"""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.communities import selectors, services
from trellis.communities.models import (
    Community,
    CommunityStats,
    JoinPolicy,
    Membership,
    MembershipState,
)

pytestmark = pytest.mark.django_db


def assert_counts_true() -> None:
    communities = selectors.community_list(viewer=None)
    assert communities.count() == Community.objects.filter(visibility="public").count()
    for community in Community.objects.all():
        shown = (
            selectors.access_community(viewer=None, slug=community.slug).member_count
            if (not community.is_private)
            else CommunityStats.objects.get(community=community).members
        )
        active = Membership.objects.filter(community=community, state=MembershipState.ACTIVE)
        assert shown == active.count(), community.code


def shown(community: Community) -> int:
    return CommunityStats.objects.get(community=community).members


def test_joining_leaving_approval_removal_and_invitations_keep_the_count(world):
    public, private = world.public, world.private
    assert_counts_true()
    before = shown(public)

    newcomer = UserFactory()
    public.join_policy = JoinPolicy.OPEN
    public.save()
    services.membership_join(person=newcomer, community=public)
    assert shown(public) == before + 1
    public.save()  # a community loaded before the change, saved after it, keeps the count
    assert shown(public) == before + 1
    assert_counts_true()

    services.membership_leave(person=newcomer, community=public)
    assert shown(public) == before
    assert_counts_true()

    public.join_policy = JoinPolicy.APPROVAL
    public.save()
    asking = UserFactory()
    request = services.membership_join(person=asking, community=public, message="")
    assert shown(public) == before  # pending is not counted
    services.membership_decide(actor=world.convener, membership=request, approve=True)
    assert shown(public) == before + 1
    assert_counts_true()

    removed = Membership.objects.get(community=public, person=asking)
    services.membership_remove(actor=world.convener, membership=removed)
    assert shown(public) == before
    assert_counts_true()

    invited = UserFactory()
    in_private = shown(private)
    invitation = services.invitation_create(
        actor=world.admin, community=private, email=invited.email
    )
    services.invitation_accept(person=invited, invitation=invitation)
    assert shown(private) == in_private + 1
    assert_counts_true()


def test_a_wrong_count_heals_on_the_next_recount(world):
    CommunityStats.objects.update(members=999)
    services.member_count_refresh()
    assert_counts_true()


def test_a_membership_changed_in_the_django_admin_is_counted(admin_client, world):
    membership = Membership.objects.get(community=world.public, person=world.member)
    before = shown(world.public)
    response = admin_client.post(
        f"/admin/communities/membership/{membership.pk}/change/",
        {
            "person": membership.person_id,
            "community": membership.community_id,
            "state": MembershipState.LEFT,
            "declared_level": membership.declared_level,
            "joined_at_0": "",
            "joined_at_1": "",
            "request_message": "",
            "events-TOTAL_FORMS": "0",
            "events-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert shown(world.public) == before - 1
    assert_counts_true()
