"""Moderation through the API, as the pages do it: readers flag a post; moderators read the flag
queue and a post's earlier versions, hide a post, show it again, or dismiss its flags. Locking a
question is `PATCH /questions/{id}`.

A post is named as on the pages, by its kind and id. One that does not exist, or that the
person may not read (a hidden one, for those who may not moderate it), is a 404.
"""

from django.http import HttpRequest
from ninja import Query, Router
from ninja.responses import Status

from trellis.communities.selectors import access_community
from trellis.conversations.models import Flag
from trellis.conversations.schemas_moderation import (
    FlagCreateIn,
    FlaggedPostOut,
    FlagOut,
    FlagQueueFilters,
    PostKind,
    PostModerationOut,
    PostVersionOut,
)
from trellis.conversations.selectors import moderation as selectors
from trellis.conversations.selectors.moderation import FlaggedPost, PostVersion
from trellis.conversations.services import moderation as services
from trellis.core.api_schemas import PathId, error_responses
from trellis.core.permissions import signed_in_person

router = Router(tags=["moderation"])

POST = "/posts/{kind}/{post_id}"


@router.post(f"{POST}/flags", response={201: FlagOut, **error_responses(403, 404, 413, 422)})
def post_flag(
    request: HttpRequest, kind: PostKind, post_id: PathId, payload: FlagCreateIn
) -> Status[Flag]:
    """Ask the moderators to look at a post one may read and did not write; once per post."""
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    flag = services.flag_raise(
        actor=signed_in_person(request), post=post, reason=payload.reason, community=community
    )
    return Status(201, flag)


@router.post(f"{POST}/hide", response={200: PostModerationOut, **error_responses(403, 404, 422)})
def post_hide(request: HttpRequest, kind: PostKind, post_id: PathId) -> PostModerationOut:
    """Hide a post from everyone but moderators; its open flags are resolved."""
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    services.post_hide(actor=signed_in_person(request), post=post, community=community)
    return PostModerationOut(kind=kind, id=post.pk, hidden=post.hidden)


@router.post(f"{POST}/restore", response={200: PostModerationOut, **error_responses(403, 404, 422)})
def post_restore(request: HttpRequest, kind: PostKind, post_id: PathId) -> PostModerationOut:
    """Show a hidden post again."""
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    services.post_restore(actor=signed_in_person(request), post=post, community=community)
    return PostModerationOut(kind=kind, id=post.pk, hidden=post.hidden)


@router.post(
    f"{POST}/flags/dismiss", response={200: PostModerationOut, **error_responses(403, 404, 422)}
)
def flags_dismiss(request: HttpRequest, kind: PostKind, post_id: PathId) -> PostModerationOut:
    """Decide that a flagged post is fine: its open flags are dismissed, the post stays."""
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    dismissed = services.flags_dismiss(
        actor=signed_in_person(request), post=post, community=community
    )
    return PostModerationOut(kind=kind, id=post.pk, hidden=post.hidden, flags_dismissed=dismissed)


@router.get("/flags", response={200: list[FlaggedPostOut], **error_responses(403, 404, 422)})
def flag_queue(request: HttpRequest, filters: Query[FlagQueueFilters]) -> list[FlaggedPost]:
    """The flag queue of a community (its conveners) or of network-wide questions (network
    admins): flagged posts with their flags, latest first; at most 100 posts."""
    community = (
        access_community(viewer=request.user, slug=filters.community) if filters.community else None
    )
    return selectors.flagged_post_list(
        viewer=request.user, community=community, state=filters.state
    )


@router.get(
    f"{POST}/versions", response={200: list[PostVersionOut], **error_responses(403, 404, 422)}
)
def post_versions(request: HttpRequest, kind: PostKind, post_id: PathId) -> list[PostVersion]:
    """The current text and every earlier one, newest first, with who wrote and replaced each;
    for moderators."""
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    return selectors.post_version_list(viewer=request.user, post=post, community=community)
