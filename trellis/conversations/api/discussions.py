"""Hot-topic discussions through the API: list, start, read with replies, reply, edit, and the
conveners' pin, lock and close.

A discussion of a private community is a 404 for whoever may not read it (sponsors included),
exactly as one that does not exist; the services check who may start and reply.
"""

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.communities.selectors import access_community
from trellis.conversations.models import Discussion, Reply
from trellis.conversations.permissions import (
    VIEW_CONVERSATIONS_REASON,
    can_moderate,
    can_view_conversations,
)
from trellis.conversations.schemas_discussions import (
    DiscussionCreateIn,
    DiscussionDetailOut,
    DiscussionFilters,
    DiscussionOut,
    DiscussionUpdateIn,
    ReplyCreateIn,
    ReplyOut,
)
from trellis.conversations.selectors import discussions as selectors
from trellis.conversations.services import discussions as services
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.pagination import DEFAULT_PAGE_SIZE
from trellis.core.permissions import require, signed_in_person

router = Router(tags=["discussions"])


def _detail(request: HttpRequest, discussion_id: int) -> Discussion:
    """The discussion with its first page of replies and the number of all it has."""
    discussion = selectors.access_discussion(viewer=request.user, discussion_id=discussion_id)
    replies = selectors.reply_list(viewer=request.user, discussion=discussion)
    discussion.replies_shown = list(replies[:DEFAULT_PAGE_SIZE])  # type: ignore[attr-defined]
    discussion.reply_count = replies.count()  # type: ignore[attr-defined]
    return discussion


@router.get("/discussions", response={200: list[DiscussionOut], **error_responses(403, 404, 422)})
@paginate(Pagination)
def discussion_list(
    request: HttpRequest, filters: Query[DiscussionFilters]
) -> QuerySet[Discussion]:
    """Discussions one may read, pinned first, then the most recently active."""
    community = None
    if filters.community:
        community = access_community(viewer=request.user, slug=filters.community)
        require(
            request.user,
            can_view_conversations(request.user, community),
            reason=VIEW_CONVERSATIONS_REASON,
        )
    return selectors.discussion_list(viewer=request.user, community=community)


@router.post(
    "/discussions", response={201: DiscussionDetailOut, **error_responses(403, 404, 409, 413, 422)}
)
def discussion_create(request: HttpRequest, payload: DiscussionCreateIn) -> Status[Discussion]:
    """Start a discussion in a community one belongs to."""
    actor = signed_in_person(request)
    community = access_community(viewer=request.user, slug=payload.community)
    discussion = services.discussion_create(
        actor=actor,
        community=community,
        title=payload.title,
        body=payload.body,
        language=payload.language,
    )
    return Status(201, _detail(request, discussion.pk))


@router.get(
    "/discussions/{discussion_id}", response={200: DiscussionDetailOut, **error_responses(404, 422)}
)
def discussion_get(request: HttpRequest, discussion_id: PathId) -> Discussion:
    return _detail(request, discussion_id)


@router.patch(
    "/discussions/{discussion_id}",
    response={200: DiscussionDetailOut, **error_responses(403, 404, 413, 422)},
)
def discussion_update(
    request: HttpRequest, discussion_id: PathId, payload: DiscussionUpdateIn
) -> Discussion:
    """The author (until a convener locks it) and conveners edit `title` and `body`; conveners
    also set `pinned`, `locked` and `closed`. All the changes are made, or none."""
    discussion = selectors.access_discussion(viewer=request.user, discussion_id=discussion_id)
    services.discussion_update(
        actor=signed_in_person(request),
        discussion=discussion,
        **payload.model_dump(exclude_unset=True),
    )
    return _detail(request, discussion_id)


@router.get(
    "/discussions/{discussion_id}/replies",
    response={200: list[ReplyOut], **error_responses(404, 422)},
)
@paginate(Pagination)
def reply_list(request: HttpRequest, discussion_id: PathId) -> QuerySet[Reply]:
    """The replies one may read, oldest first; hidden ones only to conveners."""
    discussion = selectors.access_discussion(viewer=request.user, discussion_id=discussion_id)
    return selectors.reply_list(viewer=request.user, discussion=discussion)


@router.post(
    "/discussions/{discussion_id}/replies",
    response={201: ReplyOut, **error_responses(403, 404, 409, 413, 422)},
)
def reply_create(
    request: HttpRequest, discussion_id: PathId, payload: ReplyCreateIn
) -> Status[Reply]:
    """Reply, optionally quoting another reply of the discussion (`quoted`). A locked or closed
    discussion answers 409."""
    discussion = selectors.access_discussion(viewer=request.user, discussion_id=discussion_id)
    actor = signed_in_person(request)
    quoted = None
    if payload.quoted is not None:
        quoted = selectors.reply_get(viewer=actor, discussion=discussion, reply_id=payload.quoted)
        if quoted is None:
            raise ValidationError({"quoted": _("Quote a reply of this discussion.")})
    reply = services.reply_create(
        actor=actor,
        discussion=discussion,
        body=payload.body,
        quoted=quoted,
        language=payload.language,
    )
    reply.viewer_moderates = can_moderate(actor, discussion.community)  # type: ignore[attr-defined]
    return Status(201, reply)
