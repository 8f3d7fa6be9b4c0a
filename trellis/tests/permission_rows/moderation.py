"""Rows for writing and moderation: preview, mention search, flags, the flag queues, hiding,
restoring, dismissing, locking and edit history."""

from typing import Any

from trellis.accounts.tests.factories import UserFactory
from trellis.conftest import World
from trellis.conversations.models import Discussion, Flag, Reply
from trellis.conversations.services.moderation import flag_raise
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    QuestionFactory,
    ReplyFactory,
)
from trellis.tests.permission_rows import (
    API_MANAGERS,
    API_MANAGERS_PRIVATE,
    MANAGERS,
    MANAGERS_PRIVATE,
    Row,
)

SIGNED_IN = "login ok ok ok ok ok"
NETWORK_ADMINS = "login 403 403 403 403 ok"
# Anyone who can read the post, except its author, may flag it; sponsors never read a private
# community's conversations, so its posts do not exist for them.
READERS = "login ok ok ok ok ok"
READERS_PRIVATE = "404 404 ok ok 404 ok"
MODERATORS_PRIVATE = "404 404 403 ok 404 ok"


def a_question(world: World, community: Any) -> str:
    question = QuestionFactory(community=community, author=UserFactory())
    return f"/conversations/posts/question/{question.pk}/"


def an_answer(world: World, community: Any) -> str:
    answer = AnswerFactory(question__community=community, author=UserFactory())
    return f"/conversations/posts/answer/{answer.pk}/"


def a_locked_question(world: World, community: Any) -> str:
    question = QuestionFactory(community=community, author=UserFactory(), locked=True)
    return f"/conversations/posts/question/{question.pk}/"


def a_hidden_reply(world: World, community: Any) -> str:
    reply = ReplyFactory(discussion__community=community, author=UserFactory(), hidden=True)
    return f"/conversations/posts/reply/{reply.pk}/"


def a_discussion(world: World, community: Any) -> str:
    discussion = DiscussionFactory(community=community, author=UserFactory())
    return f"/conversations/posts/discussion/{discussion.pk}/"


def a_flagged_answer(world: World, community: Any) -> str:
    """An answer a reader flagged, as the API names it."""
    answer = AnswerFactory(question__community=community, author=UserFactory())
    flag_raise(actor=world.member, post=answer, reason="Spam", community=community)
    return f"/api/v1/posts/answer/{answer.pk}"


def api_post(make: Any) -> Any:
    """A post made for a page's address, at the API's address."""
    return lambda w, c: make(w, c).replace("/conversations/posts/", "/api/v1/posts/").rstrip("/")


ROWS = [
    Row(
        "conversations:preview",
        "POST",
        lambda w, c: "/conversations/preview/",
        SIGNED_IN,
        data={"body": "**hello**"},
        changes=False,
    ),
    Row(
        "conversations:mention_search",
        "GET",
        lambda w, c: "/people/mentions/",
        SIGNED_IN,
        data={"q": "Person", "community": "private-cop"},
    ),
    Row("conversations:network_flags", "GET", lambda w, c: "/conversations/flags/", NETWORK_ADMINS),
    Row(
        "conversations:community_flags",
        "GET",
        lambda w, c: f"/communities/{c.slug}/flags/",
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "conversations:post_flag",
        "POST",
        lambda w, c: an_answer(w, c) + "flag/",
        READERS,
        READERS_PRIVATE,
        data={"reason": "Off topic"},
    ),
    Row(
        "conversations:post_hide",
        "POST",
        lambda w, c: a_discussion(w, c) + "hide/",
        MANAGERS,
        MODERATORS_PRIVATE,
    ),
    # A hidden post does not exist for those who may not moderate it.
    Row(
        "conversations:post_restore",
        "POST",
        lambda w, c: a_hidden_reply(w, c) + "restore/",
        "404 404 404 ok 404 ok",
        "404 404 404 ok 404 ok",
    ),
    Row(
        "conversations:flags_dismiss",
        "POST",
        lambda w, c: an_answer(w, c) + "dismiss/",
        MANAGERS,
        MODERATORS_PRIVATE,
    ),
    Row(
        "conversations:post_revisions",
        "GET",
        lambda w, c: a_question(w, c) + "history/",
        MANAGERS,
        MODERATORS_PRIVATE,
    ),
    Row(
        "conversations:question_lock",
        "POST",
        lambda w, c: a_question(w, c) + "lock/",
        MANAGERS,
        MODERATORS_PRIVATE,
    ),
    Row(
        "conversations:question_unlock",
        "POST",
        lambda w, c: a_locked_question(w, c) + "unlock/",
        MANAGERS,
        MODERATORS_PRIVATE,
    ),
    # The API
    Row(
        "api:post_flag",
        "POST",
        lambda w, c: api_post(an_answer)(w, c) + "/flags",
        "401 ok ok ok ok ok",
        READERS_PRIVATE,
        data={"reason": "Off topic"},
        json=True,
        effect=lambda w, c: Flag.objects.filter(community=c).count(),
    ),
    Row(
        "api:post_hide",
        "POST",
        lambda w, c: api_post(a_discussion)(w, c) + "/hide",
        API_MANAGERS,
        MODERATORS_PRIVATE,
        json=True,
        effect=lambda w, c: list(Discussion.objects.values_list("hidden", flat=True)),
    ),
    Row(
        "api:post_restore",
        "POST",
        lambda w, c: api_post(a_hidden_reply)(w, c) + "/restore",
        "404 404 404 ok 404 ok",
        "404 404 404 ok 404 ok",
        json=True,
        effect=lambda w, c: list(Reply.objects.values_list("hidden", flat=True)),
    ),
    Row(
        "api:flags_dismiss",
        "POST",
        lambda w, c: a_flagged_answer(w, c) + "/flags/dismiss",
        API_MANAGERS,
        MODERATORS_PRIVATE,
        json=True,
        effect=lambda w, c: list(Flag.objects.values_list("state", flat=True)),
    ),
    Row(
        "api:flag_queue",
        "GET",
        lambda w, c: f"/api/v1/flags?community={c.slug}",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
    ),
    Row(
        "api:post_versions",
        "GET",
        lambda w, c: api_post(a_question)(w, c) + "/versions",
        API_MANAGERS,
        MODERATORS_PRIVATE,
    ),
]
