"""Reads about members, requests to join, invitations, transactional participants and the
history of a membership."""

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from trellis.communities import permissions
from trellis.communities.models import (
    Community,
    Invitation,
    Membership,
    MembershipEvent,
    MembershipState,
    RoleAssignment,
    RoleKind,
    TransactionalParticipant,
)


def membership_get(*, person: Any, community: Community) -> Membership | None:
    if not permissions.is_signed_in(person):
        return None
    return Membership.objects.filter(person=person, community=community).first()


def member_list(
    *, community: Community, level: str | None = None, search: str | None = None
) -> QuerySet[Membership]:
    """Active members with their people loaded, core group first."""
    members = (
        Membership.objects.filter(community=community, state=MembershipState.ACTIVE)
        .select_related("person")
        .order_by("declared_level", "person__full_name")
    )
    if level:
        members = members.filter(declared_level=level)
    if search:
        members = members.filter(
            Q(person__full_name__icontains=search) | Q(person__full_name_latin__icontains=search)
        )
    return members


# What the members table shows: the sort over a large community carries only these columns.
MEMBER_ROW_FIELDS = (
    "community_id",
    "state",
    "declared_level",
    "joined_at",
    "person__id",
    "person__full_name",
    "person__full_name_latin",
    "person__country",
    "person__organisation",
)


def member_table_list(
    *, community: Community, level: str | None = None, search: str | None = None
) -> QuerySet[Membership]:
    """`member_list` with only the columns the members table shows."""
    return member_list(community=community, level=level, search=search).only(*MEMBER_ROW_FIELDS)


def pending_request_list(*, community: Community) -> QuerySet[Membership]:
    """Requests to join, oldest first: the state last changed when the person asked."""
    return (
        Membership.objects.filter(community=community, state=MembershipState.PENDING)
        .select_related("person")
        .order_by("updated_at", "pk")
    )


def invitation_list(*, community: Community) -> QuerySet[Invitation]:
    return community.invitations.select_related("invited_by", "accepted_by")


def invitation_get_open(*, token: str) -> Invitation:
    invitation = Invitation.objects.select_related("community").filter(token=token).first()
    if invitation is None:
        raise Http404
    return invitation


def invitation_received_get(*, viewer: Any, token: str) -> Invitation:
    """The invitation as its link shows it: while it is open, and to the person who accepted
    it; 404 otherwise, as for a link that never existed."""
    invitation = invitation_get_open(token=token)
    if not invitation.is_open and invitation.accepted_by_id != getattr(viewer, "pk", None):
        raise Http404
    return invitation


def access_invitation(*, community: Community, invitation_id: int) -> Invitation:
    """An invitation of the community (loaded by `access_community`), or 404."""
    invitation = invitation_list(community=community).filter(pk=invitation_id).first()
    if invitation is None:
        raise Http404
    return invitation


def access_membership(
    *, community: Community, membership_id: int, viewer: Any = None
) -> Membership:
    """A membership of the community (loaded by `access_community`) with its person, or 404.

    Given a `viewer`, it is also a 404 unless the viewer is its person or a leader of the
    community (the API: no one learns who asked to join or left). Without one, whether the
    viewer may act on it is the caller's predicate to ask (the pages answer 403).
    """
    membership = (
        Membership.objects.select_related("person", "community")
        .filter(pk=membership_id, community=community)
        .first()
    )
    if membership is None or (
        viewer is not None and not permissions.can_view_membership(viewer, membership)
    ):
        raise Http404
    return membership


def membership_event_list(*, membership: Membership) -> QuerySet[MembershipEvent]:
    """Joined, left, rejoined, level changes: oldest first, with who did it."""
    return membership.events.select_related("actor")


def transactional_participant_list(*, community: Community) -> QuerySet[TransactionalParticipant]:
    """People who took part without an account, with the account each was matched to."""
    return community.transactional_participants.select_related("person")


def member_level_rows(*, community_ids: Iterable[int]) -> QuerySet:
    """Active members of the communities with their declared level: rows of `community_id`,
    `person_id`, `declared_level`, for participation analytics to set beside computed levels."""
    return (
        Membership.objects.filter(
            community_id__in=list(community_ids), state=MembershipState.ACTIVE
        )
        .order_by()
        .values_list("community_id", "person_id", "declared_level")
    )


def core_role_holder_rows(*, community_ids: Iterable[int], on: date | None = None) -> QuerySet:
    """Who convenes or holds a social learning leadership role in the communities (on a day,
    today by default): rows of `community_id`, `person_id`. They belong to the declared core
    group whatever level their membership declares."""
    return (
        RoleAssignment.objects.filter(
            community_id__in=list(community_ids),
            role__kind__in=[RoleKind.CONVENING, RoleKind.LEADERSHIP],
        )
        .current(on)
        .order_by()
        .values_list("community_id", "person_id")
        .distinct()
    )


def transactional_guest_count(
    *, community_ids: Iterable[int], since: datetime, until: datetime
) -> dict[int, int]:
    """People without an account who took part in each community in a period (guest
    speakers, one-time attendees), by community."""
    rows = (
        TransactionalParticipant.objects.filter(
            community_id__in=list(community_ids), created_at__gte=since, created_at__lt=until
        )
        .order_by()
        .values("community_id")
        .annotate(n=Count("id"))
        .values_list("community_id", "n")
    )
    return dict(rows)
