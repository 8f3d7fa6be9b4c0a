"""Reads about hot-topic discussions, on behalf of the person asking.

A discussion is visible where its community's conversations are (`can_view_conversations`):
sponsors of a private community see its figures, never its discussions. Hidden posts are
shown only to those who may moderate them.
"""

from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from trellis.communities.models import Community
from trellis.conversations.models import Discussion, Reply
from trellis.conversations.permissions import can_moderate, can_view_conversations


def conversation_community_ids(*, viewer: Any) -> list[int]:
    """Communities whose conversations the viewer may read.

    Decided in Python with the permission predicates (a network has a handful of communities,
    and each person's facts are cached), so lists cannot drift from the pages' own checks.
    """
    return [
        community.pk
        for community in Community.objects.only("pk", "visibility")
        if can_view_conversations(viewer, community)
    ]


def moderated_community_ids(*, viewer: Any) -> list[int]:
    return [
        community.pk
        for community in Community.objects.only("pk", "visibility")
        if can_moderate(viewer, community)
    ]


def discussion_list(*, viewer: Any, community: Community | None = None) -> QuerySet[Discussion]:
    """Discussions the viewer may read, pinned first, then by most recent activity.

    Each row carries its author, community and number of visible replies, so a page of any
    length runs the same queries.
    """
    discussions = Discussion.objects.filter(community__in=conversation_community_ids(viewer=viewer))
    if community is not None:
        discussions = discussions.filter(community=community)
    moderated = moderated_community_ids(viewer=viewer)
    discussions = discussions.filter(Q(hidden=False) | Q(community__in=moderated))
    return (
        discussions.select_related("author", "community")
        .annotate(
            reply_count=Count(
                "replies",
                filter=Q(replies__hidden=False) | Q(community__in=moderated),
            )
        )
        .order_by("-pinned", "-last_activity_at", "-id")
    )


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
    """The replies in order, with their authors and the replies they quote."""
    replies = discussion.replies.select_related("author", "quoted", "quoted__author")
    if not can_moderate(viewer, discussion.community):
        replies = replies.filter(hidden=False)
    return replies.order_by("created_at", "id")


def reply_get(*, viewer: Any, discussion: Discussion, reply_id: int) -> Reply | None:
    """A reply of the discussion the viewer may see (to quote it), or None."""
    return reply_list(viewer=viewer, discussion=discussion).filter(pk=reply_id).first()
