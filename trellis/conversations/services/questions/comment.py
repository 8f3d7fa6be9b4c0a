"""Commenting on a question or on one of its answers."""

from typing import TYPE_CHECKING

from django.db import transaction

from trellis.conversations import permissions
from trellis.conversations.models import Answer, Comment, Question
from trellis.conversations.services import writing
from trellis.conversations.services.questions.checks import (
    body_check,
    language_check,
    question_open_check,
    question_touch,
)
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.services import notify
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record

if TYPE_CHECKING:
    from trellis.accounts.models import User


def comment_post(
    *,
    person: "User",
    body: str,
    language: str,
    question: Question | None = None,
    answer: Answer | None = None,
) -> Comment:
    """Comment on a question or on an answer (exactly one); the post's author is told."""
    target: Question | Answer
    if question is not None and answer is None:
        target = on_question = question
    elif answer is not None and question is None:
        target, on_question = answer, answer.question
    else:
        raise TypeError("comment_post() needs a question or an answer, not both")
    community = on_question.community
    require(
        person,
        permissions.can_write_under_question(person, on_question),
        reason=permissions.PARTICIPATE_REASON,
    )
    question_open_check(on_question)
    body = body_check(body)
    language_check(language)
    comment = Comment(question=question, answer=answer, author=person, body=body, language=language)
    comment.full_clean(exclude=["question", "answer", "author"])
    with transaction.atomic():
        comment.save()
        question_touch(on_question)
        contribution_record(
            person=person, kind=ContributionKind.COMMENT_POSTED, community=community, target=comment
        )
        writing.mentions_record(actor=person, post=comment, text=body, community=community)
        if target.author is not None:
            notify(
                recipients=[target.author],
                kind=NotificationKind.NEW_COMMENT,
                actor=person,
                target=comment,
                community=community,
            )
    return comment
