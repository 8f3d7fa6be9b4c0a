"""The admin site's pages for questions and answers, discussions, peer assists and flags.

Hiding and restoring posts, locking questions and moderating discussions go through the
moderation services (`trellis.core.service_admin`), so flags are resolved and the audit trail
records who did it; the words themselves are their authors' and are not edited here.
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from trellis.communities.models import Community
from trellis.conversations.models import (
    Answer,
    Comment,
    Discussion,
    Flag,
    PeerAssist,
    Post,
    Question,
    Reply,
)
from trellis.conversations.services.discussions import discussion_moderate
from trellis.conversations.services.moderation import post_hide, post_restore
from trellis.conversations.services.questions import question_moderate
from trellis.core.service_admin import ServiceAdmin

PERSON_SEARCH = ["author__email", "author__full_name", "author__full_name_latin"]


def visibility_set(request: HttpRequest, post: Post, *, hidden: bool, community: Any) -> None:
    actor: Any = request.user
    if hidden:
        post_hide(actor=actor, post=post, community=community)
    else:
        post_restore(actor=actor, post=post, community=community)


@admin.register(Question)
class QuestionAdmin(ServiceAdmin):
    list_display = ["title", "community", "author", "language", "created_at", "hidden", "locked"]
    list_filter = ["hidden", "locked", "language", "community"]
    list_select_related = ["community", "author"]
    search_fields = ["title", "body", *PERSON_SEARCH]
    date_hierarchy = "created_at"
    service_fields = ("hidden", "locked")

    def service_update(self, request: HttpRequest, obj: Question, changes: dict[str, Any]) -> None:
        question_moderate(actor=request.user, question=obj, **changes)  # type: ignore[arg-type]


@admin.register(Answer)
class AnswerAdmin(ServiceAdmin):
    list_display = ["__str__", "question", "author", "language", "created_at", "hidden"]
    list_filter = ["hidden", "language"]
    list_select_related = ["question", "author"]
    search_fields = ["body", *PERSON_SEARCH]
    date_hierarchy = "created_at"
    service_fields = ("hidden",)

    def service_update(self, request: HttpRequest, obj: Answer, changes: dict[str, Any]) -> None:
        visibility_set(request, obj, hidden=changes["hidden"], community=obj.question.community)


@admin.register(Comment)
class CommentAdmin(ServiceAdmin):
    list_display = ["__str__", "author", "question", "answer", "created_at", "hidden"]
    list_filter = ["hidden"]
    list_select_related = ["author", "question", "answer"]
    search_fields = ["body", *PERSON_SEARCH]
    date_hierarchy = "created_at"
    service_fields = ("hidden",)

    def service_update(self, request: HttpRequest, obj: Comment, changes: dict[str, Any]) -> None:
        question = obj.question if obj.question_id else obj.answer.question  # type: ignore[union-attr]
        visibility_set(request, obj, hidden=changes["hidden"], community=question.community)  # type: ignore[union-attr]


@admin.register(Discussion)
class DiscussionAdmin(ServiceAdmin):
    list_display = [
        "title",
        "community",
        "author",
        "last_activity_at",
        "pinned",
        "locked",
        "closed",
    ]
    list_filter = ["hidden", "pinned", "locked", "closed", "language", "community"]
    list_select_related = ["community", "author"]
    search_fields = ["title", "body", *PERSON_SEARCH]
    date_hierarchy = "created_at"
    service_fields = ("hidden", "pinned", "locked", "closed")

    def service_update(
        self, request: HttpRequest, obj: Discussion, changes: dict[str, Any]
    ) -> None:
        switches = {name: value for name, value in changes.items() if name != "hidden"}
        if switches:
            discussion_moderate(actor=request.user, discussion=obj, **switches)  # type: ignore[arg-type]
        if "hidden" in changes:
            visibility_set(request, obj, hidden=changes["hidden"], community=obj.community)


@admin.register(Reply)
class ReplyAdmin(ServiceAdmin):
    list_display = ["__str__", "discussion", "author", "created_at", "hidden"]
    list_filter = ["hidden", "language"]
    list_select_related = ["discussion", "author"]
    search_fields = ["body", *PERSON_SEARCH]
    date_hierarchy = "created_at"
    service_fields = ("hidden",)

    def service_update(self, request: HttpRequest, obj: Reply, changes: dict[str, Any]) -> None:
        community: Community = obj.discussion.community
        visibility_set(request, obj, hidden=changes["hidden"], community=community)


@admin.register(PeerAssist)
class PeerAssistAdmin(ServiceAdmin):
    list_display = ["title", "community", "requester", "status", "created_at"]
    list_filter = ["status", "community"]
    list_select_related = ["community", "requester"]
    search_fields = ["title", "problem"]
    date_hierarchy = "created_at"


@admin.register(Flag)
class FlagAdmin(ServiceAdmin):
    list_display = ["created_at", "community", "flagged_by", "reason", "state", "resolved_by"]
    list_filter = ["state", "community"]
    list_select_related = ["community", "flagged_by", "resolved_by"]
    search_fields = ["reason"]
    date_hierarchy = "created_at"
