"""API endpoints of invitations: conveners invite by email, list and revoke; the invited
person reads the invitation and accepts it with the token their email carries."""

import re

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities import selectors, services
from trellis.communities.api.access import community_from_path
from trellis.communities.models import Invitation, Membership
from trellis.communities.permissions import can_manage_community
from trellis.communities.schemas.membership import (
    InvitationIn,
    InvitationOut,
    InvitationReceivedOut,
    MembershipOut,
)
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

router = Router(tags=["invitations"])

# What `new_invitation_token` makes; anything else names no invitation.
TOKEN = re.compile(r"[-A-Za-z0-9_]{1,64}")


@router.get(
    "/communities/{slug}/invitations",
    response={200: list[InvitationOut], **error_responses(403, 404, 422)},
)
@paginate(Pagination)
def invitation_list(request: HttpRequest, slug: str) -> QuerySet[Invitation]:
    """Invitations sent, latest first, open or not."""
    community = community_from_path(request, slug)
    require(request.user, can_manage_community(request.user, community))
    return selectors.invitation_list(community=community)


@router.post(
    "/communities/{slug}/invitations",
    response={201: InvitationOut, **error_responses(403, 404, 413, 422)},
)
def invitation_create(request: HttpRequest, slug: str, payload: InvitationIn) -> Status[Invitation]:
    """Invite someone by email; the email with the link is sent in the background."""
    community = community_from_path(request, slug)
    invitation = services.invitation_create(
        actor=signed_in_person(request), community=community, **payload.model_dump()
    )
    return Status(201, invitation)


@router.delete(
    "/communities/{slug}/invitations/{invitation_id}",
    response={200: InvitationOut, **error_responses(403, 404, 409, 422)},
)
def invitation_revoke(request: HttpRequest, slug: str, invitation_id: PathId) -> Invitation:
    """Withdraw an invitation not yet accepted: its link stops working. The record stays."""
    community = community_from_path(request, slug)
    actor = signed_in_person(request)
    # Only those who may revoke learn whether the id names an invitation.
    require(actor, can_manage_community(actor, community))
    return services.invitation_revoke(
        actor=actor,
        invitation=selectors.access_invitation(community=community, invitation_id=invitation_id),
    )


@router.get(
    "/invitations/{token}",
    response={200: InvitationReceivedOut, **error_responses(404)},
)
def invitation_get(request: HttpRequest, token: str) -> Invitation:
    """The invitation a link names, for whoever holds the link, while it is open (and for the
    person who accepted it)."""
    if not TOKEN.fullmatch(token):
        raise Http404
    return selectors.invitation_received_get(viewer=request.user, token=token)


@router.post(
    "/invitations/{token}/accept",
    response={200: MembershipOut, **error_responses(404, 409)},
)
def invitation_accept(request: HttpRequest, token: str) -> Membership:
    """Accept: the signed-in person becomes a member, even of a private community."""
    if not TOKEN.fullmatch(token):
        raise Http404
    invitation = selectors.invitation_get_open(token=token)
    return services.invitation_accept(person=signed_in_person(request), invitation=invitation)
