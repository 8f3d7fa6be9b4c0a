"""Joining, leaving, requests, invitations, declared levels and transactional participants."""

from datetime import timedelta
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from trellis.communities import permissions
from trellis.communities.models import (
    Community,
    Invitation,
    JoinPolicy,
    Membership,
    MembershipEvent,
    MembershipEventKind,
    MembershipState,
    ParticipationLevel,
    TransactionalParticipant,
)
from trellis.communities.search_content import PERSON_KIND
from trellis.communities.services.audit import audit_record
from trellis.communities.services.counts import member_count_refresh
from trellis.core.errors import TrellisError
from trellis.core.permissions import require
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record
from trellis.search.indexing import search_index_later

if TYPE_CHECKING:
    from trellis.accounts.models import User


INVITATION_LIFETIME = timedelta(days=30)
INVITATION_CLOSED = gettext_lazy("This invitation has expired or has already been used.")


def _event(membership: Membership, kind: str, *, actor: "User | None") -> None:
    MembershipEvent.objects.create(
        membership=membership, kind=kind, level=membership.declared_level, actor=actor
    )


def _activate(membership: Membership, *, actor: "User | None", via: str) -> None:
    """Make a membership active, keeping history: first join, or a rejoin after leaving."""
    rejoining = (
        bool(membership.pk)
        and membership.events.filter(
            kind__in=[MembershipEventKind.JOINED, MembershipEventKind.REJOINED]
        ).exists()
    )
    membership.state = MembershipState.ACTIVE
    membership.joined_at = timezone.now()
    membership.save()
    member_count_refresh(community_ids=[membership.community_id])
    kind = MembershipEventKind.REJOINED if rejoining else MembershipEventKind.JOINED
    _event(membership, kind, actor=actor)
    contribution_record(
        person=membership.person,
        kind=ContributionKind.COMMUNITY_REJOINED
        if rejoining
        else ContributionKind.COMMUNITY_JOINED,
        community=membership.community,
        target=membership,
        details={"via": via},
    )
    permissions.permission_cache_clear(membership.person)
    search_index_later(kind=PERSON_KIND, ids=[membership.person_id])


def _membership_for_update(*, person: "User", community: Community) -> Membership:
    """The person's membership row, locked; an unsaved one if they never had any."""
    membership = (
        Membership.objects.select_for_update().filter(person=person, community=community).first()
    )
    return membership or Membership(person=person, community=community)


def membership_join(*, person: "User", community: Community, message: str = "") -> Membership:
    """Join an open community at once, or ask the conveners of one that approves members."""
    require(person, permissions.can_join_community(person, community))
    with transaction.atomic():
        membership = _membership_for_update(person=person, community=community)
        if membership.pk and membership.state in {MembershipState.ACTIVE, MembershipState.PENDING}:
            raise TrellisError(
                _("You are already a member or have already asked to join."),
                code="already_member",
            )
        if community.join_policy == JoinPolicy.OPEN:
            _activate(membership, actor=person, via="open")
        else:
            membership.state = MembershipState.PENDING
            membership.request_message = message
            membership.save()
            _event(membership, MembershipEventKind.REQUESTED, actor=person)
            contribution_record(
                person=person,
                kind=ContributionKind.MEMBERSHIP_REQUESTED,
                community=community,
                target=membership,
            )
    permissions.permission_cache_clear(person)
    return membership


def membership_decide(*, actor: "User", membership: Membership, approve: bool) -> Membership:
    """A convener approves or declines a request to join."""
    community = membership.community
    require(actor, permissions.can_manage_community(actor, community))
    if membership.state != MembershipState.PENDING:
        raise TrellisError(_("This request has already been handled."), code="already_handled")
    with transaction.atomic():
        if approve:
            _activate(membership, actor=actor, via="approval")
        else:
            membership.state = MembershipState.DECLINED
            membership.save()
            _event(membership, MembershipEventKind.DECLINED, actor=actor)
        audit_record(
            actor=actor,
            community=community,
            action="membership.approved" if approve else "membership.declined",
            subject=str(membership.person),
            person=membership.person_id,
        )
    return membership


def membership_leave(*, person: "User", community: Community) -> Membership:
    """Leave a community, or withdraw a pending request. The history stays."""
    require(person, permissions.can_leave_community(person, community))
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(person=person, community=community)
        was_active = membership.state == MembershipState.ACTIVE
        membership.state = MembershipState.LEFT
        membership.save()
        _event(membership, MembershipEventKind.LEFT, actor=person)
        if was_active:
            member_count_refresh(community_ids=[community.pk])
            search_index_later(kind=PERSON_KIND, ids=[person.pk])
            contribution_record(
                person=person,
                kind=ContributionKind.COMMUNITY_LEFT,
                community=community,
                target=membership,
            )
    permissions.permission_cache_clear(person)
    return membership


def membership_remove(*, actor: "User", membership: Membership) -> Membership:
    """A convener removes a member; recorded in the membership history and the audit trail."""
    require(actor, permissions.can_manage_community(actor, membership.community))
    if membership.state != MembershipState.ACTIVE:
        raise TrellisError(_("Only active members can be removed."), code="not_a_member")
    with transaction.atomic():
        membership.state = MembershipState.LEFT
        membership.save()
        _event(membership, MembershipEventKind.REMOVED, actor=actor)
        member_count_refresh(community_ids=[membership.community_id])
        search_index_later(kind=PERSON_KIND, ids=[membership.person_id])
        contribution_record(
            person=membership.person,
            kind=ContributionKind.COMMUNITY_LEFT,
            community=membership.community,
            target=membership,
            details={"removed_by": actor.pk},
        )
        audit_record(
            actor=actor,
            community=membership.community,
            action="membership.removed",
            subject=str(membership.person),
            person=membership.person_id,
        )
    permissions.permission_cache_clear(membership.person)
    return membership


def membership_level_set(*, actor: "User", membership: Membership, level: str) -> Membership:
    """Declare a member's participation level (the core group is named, not guessed).

    Conveners set anyone's level; members may declare their own, except joining the core group.
    """
    community = membership.community
    require(actor, permissions.can_declare_level(actor, membership, level))
    if level not in ParticipationLevel.values:
        raise ValidationError({"level": _("Choose a valid participation level.")})
    if membership.declared_level == level:
        return membership
    with transaction.atomic():
        previous = membership.declared_level
        membership.declared_level = level
        membership.save()
        _event(membership, MembershipEventKind.LEVEL_CHANGED, actor=actor)
        audit_record(
            actor=actor,
            community=community,
            action="membership.level",
            subject=str(membership.person),
            person=membership.person_id,
            level=[previous, level],
        )
    return membership


def invitation_create(
    *, actor: "User", community: Community, email: str, message: str = ""
) -> Invitation:
    """Invite someone by email; the email is sent by a background task after commit."""
    from trellis.communities.tasks import invitation_send

    require(actor, permissions.can_manage_community(actor, community))
    email = email.strip().lower()
    if Membership.objects.filter(
        community=community, person__email__iexact=email, state=MembershipState.ACTIVE
    ).exists():
        raise ValidationError({"email": _("This person is already a member.")})
    invitation = Invitation(
        community=community,
        email=email,
        message=message,
        invited_by=actor,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    invitation.full_clean()
    with transaction.atomic():
        invitation.save()
        contribution_record(
            person=actor,
            kind=ContributionKind.INVITATION_SENT,
            community=community,
            target=invitation,
        )
        audit_record(
            actor=actor,
            community=community,
            action="invitation.created",
            subject=email,
        )
        transaction.on_commit(lambda: invitation_send.enqueue(invitation_id=invitation.pk))
    return invitation


def invitation_revoke(*, actor: "User", invitation: Invitation) -> Invitation:
    """A convener withdraws an invitation not yet accepted: its link stops working at once.

    It ends as an invitation that has expired, now; the record stays for the history.
    """
    require(actor, permissions.can_manage_community(actor, invitation.community))
    if not invitation.is_open:
        raise TrellisError(INVITATION_CLOSED, code="invitation_closed")
    with transaction.atomic():
        invitation.expires_at = timezone.now()
        invitation.save(update_fields=["expires_at", "updated_at"])
        audit_record(
            actor=actor,
            community=invitation.community,
            action="invitation.revoked",
            subject=invitation.email,
        )
    return invitation


def invitation_accept(*, person: "User", invitation: Invitation) -> Membership:
    """Accepting an invitation makes the person a member, even of a private community."""
    if not permissions.is_signed_in(person):
        require(person, False)
    if not invitation.is_open:
        raise TrellisError(INVITATION_CLOSED, code="invitation_closed")
    with transaction.atomic():
        membership = _membership_for_update(person=person, community=invitation.community)
        if not (membership.pk and membership.state == MembershipState.ACTIVE):
            _activate(membership, actor=person, via="invitation")
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = person
        invitation.save()
    return membership


def transactional_participant_record(
    *,
    actor: "User",
    community: Community,
    full_name: str,
    organisation: str = "",
    country: str = "",
    email: str = "",
    note: str = "",
) -> TransactionalParticipant:
    """Record someone who took part without an account; matched to an account if one exists."""
    require(actor, permissions.can_manage_community(actor, community))
    participant = TransactionalParticipant(
        community=community,
        full_name=full_name.strip(),
        organisation=organisation.strip(),
        country=country,
        email=email.strip().lower(),
        note=note.strip(),
        recorded_by=actor,
    )
    if participant.email:
        participant.person = (
            get_user_model().objects.filter(email__iexact=participant.email).first()
        )
    participant.full_clean()
    with transaction.atomic():
        participant.save()
        audit_record(
            actor=actor,
            community=community,
            action="transactional.recorded",
            subject=participant.full_name,
        )
    return participant


def transactional_participants_match(*, person: "User") -> int:
    """Link records of a person's earlier participation to their new account, by email."""
    return TransactionalParticipant.objects.filter(
        email__iexact=person.email, person__isnull=True
    ).update(person=person)
