"""The conversation pages and API lists that the shared scale test does not cover run the same
number of queries for every role on a small network and on one with ten times the rows
(issue #9, point 4). The scene, its growth and the check are the shared ones.

Lists that outgrow a page (a question's answers, their comments, a discussion's replies) are
also counted with a few rows and with several pages of them, on a later page too."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import cache
from django.urls import reverse

from trellis.conversations.models import Comment, HelpfulMark
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    QuestionFactory,
    ReplyFactory,
)
from trellis.core.pagination import DEFAULT_PAGE_SIZE
from trellis.tests.queries import cold_queries, warm_up
from trellis.tests.test_query_counts_scale import Target, queries_stay_flat, scene_build

pytestmark = pytest.mark.django_db

TARGETS = [
    Target(
        "community questions",
        lambda s: reverse("conversations:community_questions", args=[s.world.public.slug]),
        "question",
    ),
    Target(
        "questions on a topic",
        lambda s: reverse("conversations:question_list") + "?topic=scale-topic-0&status=answered",
    ),
    Target("unanswered questions", lambda s: reverse("conversations:question_unanswered")),
    Target(
        "community unanswered questions",
        lambda s: reverse("conversations:community_unanswered", args=[s.world.public.slug]),
    ),
    Target(
        "api community questions",
        lambda s: f"/api/v1/questions?community={s.world.public.slug}",
        "question",
    ),
    Target("api unanswered questions", lambda s: "/api/v1/questions/unanswered"),
    Target("api answer figures", lambda s: "/api/v1/questions/figures"),
    Target("api question", lambda s: f"/api/v1/questions/{s.question.pk}"),
    Target("api answers", lambda s: f"/api/v1/questions/{s.question.pk}/answers", "answer"),
    Target(
        "question detail, the page of an answer",
        lambda s: (
            reverse("conversations:question_detail", args=[s.question.pk])
            + f"?answer={s.question.answers.latest('pk').pk}"
        ),
        "answer",
    ),
    Target("api question comments", lambda s: f"/api/v1/questions/{s.question.pk}/comments"),
    Target("api discussion", lambda s: f"/api/v1/discussions/{s.discussion.pk}", "reply"),
    Target(
        "api discussion replies",
        lambda s: f"/api/v1/discussions/{s.discussion.pk}/replies",
        "reply",
    ),
    Target(
        "api community discussions",
        lambda s: f"/api/v1/discussions?community={s.world.public.slug}",
        "discussion",
    ),
    Target("api peer assists", lambda s: "/api/v1/peer-assists", "assist"),
]


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_conversation_queries_do_not_grow_with_the_data(world, client, target):
    queries_stay_flat(client, scene_build(world), target)


@dataclass
class Thread:
    """A question and a discussion whose answers, comments and replies grow."""

    question: Any
    discussion: Any
    commented: Any
    author: Any

    def grow(self, rows: int) -> None:
        """`rows` more answers (each with a co-author, a helpful mark and a comment), comments
        on the question and on one answer, and replies (a hidden one each time)."""
        for n in range(rows):
            answer = AnswerFactory(question=self.question, author=self.author, body=f"Long {n}")
            answer.coauthors.add(self.author)
            HelpfulMark.objects.create(answer=answer, person=self.author)
            Comment.objects.create(answer=answer, author=self.author, body="Which year?")
            Comment.objects.create(answer=self.commented, author=self.author, body="And then?")
            Comment.objects.create(question=self.question, author=self.author, body="Since?")
            ReplyFactory(discussion=self.discussion, author=self.author, body=f"Long reply {n}")
        ReplyFactory(discussion=self.discussion, author=self.author, hidden=True)


def question_path(thread: Thread) -> str:
    return reverse("conversations:question_detail", args=[thread.question.pk])


LONG_LISTS: list[tuple[str, Callable[[Thread], str]]] = [
    ("question page", question_path),
    ("question page 2", lambda t: question_path(t) + "?page=2"),
    (
        "question page of the latest answer",
        lambda t: question_path(t) + f"?answer={t.question.answers.latest('pk').pk}",
    ),
    # Small pages, so that even the few rows fill a second page (an empty one skips the
    # queries of what its rows carry).
    (
        "api answers, page 2",
        lambda t: f"/api/v1/questions/{t.question.pk}/answers?page=2&page_size=2",
    ),
    ("api answer comments", lambda t: f"/api/v1/answers/{t.commented.pk}/comments"),
    ("api question comments", lambda t: f"/api/v1/questions/{t.question.pk}/comments"),
    ("api discussion", lambda t: f"/api/v1/discussions/{t.discussion.pk}"),
    (
        "api replies, page 2",
        lambda t: f"/api/v1/discussions/{t.discussion.pk}/replies?page=2&page_size=2",
    ),
]


def counted(client: Any, world: Any, path: str) -> dict[str, int]:
    """The queries of a request by each role, each made after an uncounted one, with nothing
    remembered from before."""
    counts = {}
    for role in ("visitor", "member", "convener"):
        client.logout()
        if world.person(role) is not None:
            client.force_login(world.person(role))
        warm_up(client, path)
        cache.clear()
        with cold_queries() as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, role)
        counts[role] = len(queries.captured_queries)
    return counts


@pytest.mark.parametrize(("name", "path"), LONG_LISTS, ids=[name for name, _ in LONG_LISTS])
def test_long_lists_run_the_same_queries_on_any_page(world, client, name, path):
    question = QuestionFactory(community=world.public, author=world.member)
    thread = Thread(
        question=question,
        discussion=DiscussionFactory(community=world.public, author=world.member),
        commented=AnswerFactory(question=question, author=world.convener),
        author=world.convener,
    )
    thread.grow(2)
    few = counted(client, world, path(thread))
    thread.grow(DEFAULT_PAGE_SIZE + 1)  # more than a page of each
    many = counted(client, world, path(thread))
    assert many == few, f"{name}: queries with a few rows {few}, with pages of them {many}"
