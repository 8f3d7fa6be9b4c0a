"""What every post under a question is checked for, and the question's activity clock."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.conversations.models import Question


def question_open_check(question: Question) -> None:
    if question.locked:
        raise ValidationError(_("This question is locked: it takes no new answers or comments."))


def language_check(language: str) -> None:
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ValidationError({"language": _("Choose one of the network's languages.")})


def body_check(body: str) -> str:
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write something first.")})
    return body


def question_touch(question: Question, *, answered: bool = False) -> None:
    """Keep the question's activity time, and the time of its first answer, up to date."""
    now = timezone.now()
    question.last_activity_at = now
    fields = ["last_activity_at"]
    if answered and question.first_answered_at is None:
        question.first_answered_at = now
        fields.append("first_answered_at")
    Question.objects.filter(pk=question.pk).update(
        **{name: getattr(question, name) for name in fields}
    )
