"""Marking an answer helpful and withdrawing the mark, through the contribution log's
one-mark-per-person services."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from trellis.conversations import permissions
from trellis.conversations.models import Answer, HelpfulMark
from trellis.core.permissions import require
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import mark_once, mark_withdraw

if TYPE_CHECKING:
    from trellis.accounts.models import User


def helpful_mark(*, person: "User", answer: Answer) -> HelpfulMark:
    """Mark an answer helpful; marking twice keeps the one mark. Authors cannot mark their own."""
    question = answer.question
    require(
        person,
        permissions.can_mark_helpful(person, question),
        reason=permissions.PARTICIPATE_REASON,
    )
    if answer.author_id == person.pk:
        raise ValidationError(_("You cannot mark your own answer as helpful."))
    return mark_once(
        model=HelpfulMark,
        person=person,
        kind=ContributionKind.ANSWER_MARKED_HELPFUL,
        community=question.community,
        target=answer,
        answer=answer,
    )


def helpful_unmark(*, person: "User", answer: Answer) -> None:
    """Withdraw one's helpful mark (nothing happens when there is none).

    The mark goes and its contribution is withdrawn: kept in the log with its time, no longer
    counted.
    """
    require(
        person,
        permissions.can_view_conversations(person, answer.question.community),
        reason=permissions.VIEW_CONVERSATIONS_REASON,
    )
    require(person, permissions.is_signed_in(person))
    mark_withdraw(
        model=HelpfulMark,
        person=person,
        kind=ContributionKind.ANSWER_MARKED_HELPFUL,
        target=answer,
        answer=answer,
    )
