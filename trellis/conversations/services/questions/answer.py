"""Answering a question, rewording an answer and accepting one."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.conversations import permissions
from trellis.conversations.models import Answer, Question
from trellis.conversations.search_reindex import QUESTION, post_reindex_later
from trellis.conversations.services import writing
from trellis.conversations.services.questions.checks import (
    body_check,
    language_check,
    question_open_check,
    question_touch,
)
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.selectors import followers_of
from trellis.notifications.services import notify
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record, contribution_withdraw
from trellis.search.indexing import search_index_later

if TYPE_CHECKING:
    from trellis.accounts.models import User


def answer_post(*, person: "User", question: Question, body: str, language: str) -> Answer:
    """Answer a question; its followers (the asker among them) are told."""
    community = question.community
    require(
        person,
        permissions.can_write_under_question(person, question),
        reason=permissions.PARTICIPATE_REASON,
    )
    question_open_check(question)
    body = body_check(body)
    language_check(language)
    answer = Answer(question=question, author=person, body=body, language=language)
    answer.full_clean(exclude=["question", "author"])
    with transaction.atomic():
        answer.save()
        question_touch(question, answered=True)
        contribution_record(
            person=person, kind=ContributionKind.ANSWER_POSTED, community=community, target=answer
        )
        writing.mentions_record(actor=person, post=answer, text=body, community=community)
        # The question's entry says whether it is answered.
        post_reindex_later(answer)
        search_index_later(kind=QUESTION, ids=[question.pk])
        notify(
            recipients=followers_of(target=question),
            kind=NotificationKind.NEW_ANSWER,
            actor=person,
            target=answer,
            community=community,
        )
    return answer


def answer_edit(*, actor: "User", answer: Answer, body: str) -> Answer:
    """The author, a co-author or a moderator rewords an answer; the earlier text is kept."""
    community = answer.question.community
    require(
        actor,
        permissions.can_edit_post(actor, answer, community),
        reason=permissions.EDIT_POST_REASON,
    )
    writing.post_edit(actor=actor, post=answer, body=body, community=community)
    return answer


def _accepted_contributions_forget(answer: Answer) -> None:
    """An acceptance that was changed no longer counts for the earlier answer's authors.

    Like a withdrawn vote, the contribution is withdrawn: kept in the log with its time, no
    longer counted; accepting the answer again records a new one.
    """
    contribution_withdraw(kind=ContributionKind.ANSWER_ACCEPTED, target=answer)


def answer_authors(answer: Answer) -> list["User"]:
    """The author first, then the co-authors: everyone credited with the answer."""
    authors = [answer.author] if answer.author is not None else []
    return authors + [person for person in answer.coauthors.all() if person.pk != answer.author_id]


def answer_accept(*, actor: "User", answer: Answer) -> Question:
    """Accept an answer (one per question; accepting another moves the mark).

    Each of the answer's authors is credited and told.
    """
    require(
        actor,
        permissions.can_accept_answer(actor, answer.question),
        reason=permissions.ACCEPT_ANSWER_REASON,
    )
    if answer.hidden:
        raise ValidationError(_("A hidden answer cannot be accepted."))
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=answer.question_id)
        if question.accepted_answer_id == answer.pk:
            return question
        previous = question.accepted_answer
        if previous is not None:
            _accepted_contributions_forget(previous)
        question.accepted_answer = answer
        question.last_activity_at = timezone.now()
        question.save(update_fields=["accepted_answer", "last_activity_at"])
        authors = answer_authors(answer)
        for author in authors:
            contribution_record(
                person=author,
                kind=ContributionKind.ANSWER_ACCEPTED,
                community=question.community,
                target=answer,
            )
        notify(
            recipients=authors,
            kind=NotificationKind.ANSWER_ACCEPTED,
            actor=actor,
            target=answer,
            community=question.community,
        )
    return question
