"""How notices reach the help desk: who may follow a question, where a notice links to."""

from typing import Any

from django.urls import reverse

from trellis.conversations import permissions
from trellis.conversations.models import Answer, Comment, Question
from trellis.notifications.services import register_followable, register_target_url


def _can_follow_question(person: Any, question: Question) -> bool:
    return permissions.can_see_post(person, question, question.community)


def _question_url(question_id: int, anchor: str = "", *, answer_id: int | None = None) -> str:
    """The question's page; with `answer_id`, the page of answers that shows that answer (the
    page works out which one for the person following the link)."""
    url = reverse("conversations:question_detail", args=[question_id])
    return url + (f"?answer={answer_id}" if answer_id is not None else "") + anchor


def notification_targets_register() -> None:
    """Let people follow questions, and notices link to questions, answers and comments.

    Called from `ConversationsConfig.ready()`.
    """
    register_followable(Question, _can_follow_question)
    register_target_url(
        Question, lambda question: _question_url(question.pk), title=lambda q: q.title
    )
    register_target_url(
        Answer,
        lambda answer: _question_url(
            answer.question_id, f"#answer-{answer.pk}", answer_id=answer.pk
        ),
        title=lambda answer: answer.question.title,
        select_related=("question",),
    )
    register_target_url(
        Comment,
        lambda comment: _question_url(
            comment.question_id or comment.answer.question_id,
            f"#comment-{comment.pk}",
            answer_id=comment.answer_id,
        ),
        title=lambda comment: (comment.question or comment.answer.question).title,
        select_related=("question", "answer__question"),
    )
