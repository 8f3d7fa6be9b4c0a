"""Reads about hot-topic discussions, on behalf of the person asking.

A discussion is visible where its community's conversations are (`can_view_conversations`):
sponsors of a private community see its figures, never its discussions. Hidden posts are
shown only to those who may moderate them.
"""

from typing import Any

from django.db.models import (
    BooleanField,
    Case,
    Count,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404

from trellis.communities.models import Community
from trellis.conversations.models import Discussion, Reply
from trellis.conversations.permissions import can_moderate, can_view_conversations
from trellis.conversations.search_reindex import DISCUSSION
from trellis.conversations.selectors.scope import ConversationScope, conversation_scope
from trellis.search.ranking import ranked_by_search


def _reply_count(scope: ConversationScope) -> Case:
    """Each discussion's replies, counted per row of the page in a subquery on the
    (discussion, hidden) index; where the viewer moderates, hidden replies count too."""

    def count(replies: QuerySet[Reply]) -> Coalesce:
        counted = replies.order_by().values("discussion").annotate(count=Count("pk"))
        return Coalesce(Subquery(counted.values("count")), 0)

    replies = Reply.objects.filter(discussion=OuterRef("pk"))
    return Case(
        When(community__in=scope.moderated, then=count(replies)),
        default=count(replies.filter(hidden=False)),
    )


def discussion_list(
    *, viewer: Any, community: Community | None = None, search: str = ""
) -> QuerySet[Discussion]:
    """Discussions the viewer may read, pinned first, then by most recent activity; with
    `search`, those the search engine finds for it, best match first.

    Each row carries its author, community and number of visible replies, so a page of any
    length runs the same queries.
    """
    scope = conversation_scope(viewer=viewer)
    discussions = Discussion.objects.filter(scope.community_filter())
    if community is not None:
        discussions = discussions.filter(community=community)
    discussions = (
        discussions.select_related("author", "community")
        .annotate(reply_count=_reply_count(scope))
        .order_by("-pinned", "-last_activity_at", "-id")
    )
    if search:
        discussions = ranked_by_search(
            discussions,
            viewer=viewer,
            q=search,
            kind=DISCUSSION,
            community_ids=[community.pk] if community is not None else None,
        )
    return discussions


def access_discussion(
    *, viewer: Any, discussion_id: int, community: Community | None = None
) -> Discussion:
    """The discussion, or 404 when it does not exist (in that community) or the viewer may not
    read it: nothing tells an outsider or a sponsor that a private discussion exists."""
    discussions = Discussion.objects.select_related("author", "community").filter(pk=discussion_id)
    if community is not None:
        discussions = discussions.filter(community=community)
    discussion = discussions.first()
    if discussion is None or not can_view_conversations(viewer, discussion.community):
        raise Http404
    if discussion.hidden and not can_moderate(viewer, discussion.community):
        raise Http404
    return discussion


def reply_list(*, viewer: Any, discussion: Discussion) -> QuerySet[Reply]:
    """The replies in order, with their authors and the replies they quote.

    Each carries `viewer_moderates`: whether the viewer may read a hidden reply it quotes.
    """
    moderates = can_moderate(viewer, discussion.community)
    replies = discussion.replies.select_related("author", "quoted", "quoted__author")
    if not moderates:
        replies = replies.filter(hidden=False)
    viewer_moderates = Value(moderates, output_field=BooleanField())
    return replies.annotate(viewer_moderates=viewer_moderates).order_by("created_at", "id")


def reply_get(*, viewer: Any, discussion: Discussion, reply_id: int) -> Reply | None:
    """A reply of the discussion the viewer may see (to quote it), or None."""
    return reply_list(viewer=viewer, discussion=discussion).filter(pk=reply_id).first()
