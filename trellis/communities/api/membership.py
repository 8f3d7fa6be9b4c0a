"""API endpoints of membership: members, joining and leaving (or withdrawing a request), and
what conveners do: decide requests, declare levels, remove members, record participants."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities import selectors, services
from trellis.communities.api.access import community_from_path
from trellis.communities.models import Membership, MembershipEvent, TransactionalParticipant
from trellis.communities.permissions import (
    can_manage_community,
    can_view_members,
    can_view_membership_history,
)
from trellis.communities.schemas.membership import (
    JoinIn,
    MemberOut,
    MembershipDecisionIn,
    MembershipDetailOut,
    MembershipEventOut,
    MembershipLevelIn,
    MembershipOut,
    MembershipRequestOut,
    ParticipantIn,
    ParticipantOut,
)
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

router = Router(tags=["membership"])


@router.get(
    "/communities/{slug}/members", response={200: list[MemberOut], **error_responses(403, 404, 422)}
)
@paginate(Pagination)
def member_list(request: HttpRequest, slug: str) -> QuerySet[Membership]:
    community = community_from_path(request, slug)
    require(request.user, can_view_members(request.user, community))
    return selectors.member_list(community=community)


@router.post(
    "/communities/{slug}/join",
    response={200: MembershipOut, **error_responses(403, 404, 409, 422)},
)
def membership_join(request: HttpRequest, slug: str, payload: JoinIn | None = None) -> Membership:
    return services.membership_join(
        community=community_from_path(request, slug),
        person=signed_in_person(request),
        message=payload.message if payload else "",
    )


@router.post(
    "/communities/{slug}/leave", response={200: MembershipOut, **error_responses(403, 404)}
)
def membership_leave(request: HttpRequest, slug: str) -> Membership:
    return services.membership_leave(
        community=community_from_path(request, slug),
        person=signed_in_person(request),
    )


# What the community's leaders do with memberships: requests, levels, removal, history.


def _membership(request: HttpRequest, slug: str, membership_id: int) -> Membership:
    """The membership, found by its person and the community's leaders; others get 404 (a
    visitor 401), so no one learns who asked to join or left."""
    community = community_from_path(request, slug)
    return selectors.access_membership(
        viewer=signed_in_person(request), community=community, membership_id=membership_id
    )


@router.get(
    "/communities/{slug}/requests",
    response={200: list[MembershipRequestOut], **error_responses(403, 404, 422)},
)
@paginate(Pagination)
def membership_request_list(request: HttpRequest, slug: str) -> QuerySet[Membership]:
    """Requests to join waiting for a convener's decision, oldest first."""
    community = community_from_path(request, slug)
    require(request.user, can_manage_community(request.user, community))
    return selectors.pending_request_list(community=community)


@router.post(
    "/communities/{slug}/memberships/{membership_id}/decision",
    response={200: MembershipDetailOut, **error_responses(403, 404, 409, 422)},
)
def membership_decide(
    request: HttpRequest, slug: str, membership_id: PathId, payload: MembershipDecisionIn
) -> Membership:
    """Approve or decline a request to join; a request is decided once."""
    membership = _membership(request, slug, membership_id)
    return services.membership_decide(
        actor=signed_in_person(request),
        membership=membership,
        approve=payload.decision == "approve",
    )


@router.patch(
    "/communities/{slug}/memberships/{membership_id}",
    response={200: MembershipDetailOut, **error_responses(403, 404, 422)},
)
def membership_level_set(
    request: HttpRequest, slug: str, membership_id: PathId, payload: MembershipLevelIn
) -> Membership:
    """Declare a participation level: conveners for anyone, active members their own (the core
    group is named by conveners)."""
    membership = _membership(request, slug, membership_id)
    return services.membership_level_set(
        actor=signed_in_person(request), membership=membership, level=payload.declared_level
    )


@router.post(
    "/communities/{slug}/memberships/{membership_id}/remove",
    response={200: MembershipDetailOut, **error_responses(403, 404, 409, 422)},
)
def membership_remove(request: HttpRequest, slug: str, membership_id: PathId) -> Membership:
    """A convener removes a member; the membership's history keeps it."""
    membership = _membership(request, slug, membership_id)
    return services.membership_remove(actor=signed_in_person(request), membership=membership)


@router.get(
    "/communities/{slug}/memberships/{membership_id}/history",
    response={200: list[MembershipEventOut], **error_responses(403, 404, 422)},
)
@paginate(Pagination)
def membership_history(
    request: HttpRequest, slug: str, membership_id: PathId
) -> QuerySet[MembershipEvent]:
    """Joined, left, rejoined, level changes: for the member themselves and conveners."""
    membership = _membership(request, slug, membership_id)
    require(request.user, can_view_membership_history(request.user, membership))
    return selectors.membership_event_list(membership=membership)


# People who take part without an account.


@router.get(
    "/communities/{slug}/participants",
    response={200: list[ParticipantOut], **error_responses(403, 404, 422)},
)
@paginate(Pagination)
def transactional_participant_list(
    request: HttpRequest, slug: str
) -> QuerySet[TransactionalParticipant]:
    community = community_from_path(request, slug)
    require(request.user, can_manage_community(request.user, community))
    return selectors.transactional_participant_list(community=community)


@router.post(
    "/communities/{slug}/participants",
    response={201: ParticipantOut, **error_responses(403, 404, 413, 422)},
)
def transactional_participant_record(
    request: HttpRequest, slug: str, payload: ParticipantIn
) -> Status[TransactionalParticipant]:
    """Record a guest speaker or one-time attendee; matched to an account by email."""
    community = community_from_path(request, slug)
    participant = services.transactional_participant_record(
        actor=signed_in_person(request), community=community, **payload.model_dump()
    )
    return Status(201, participant)
