"""The asker invites people who know the topic to answer."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.conversations import permissions
from trellis.conversations.models import ExpertInvitation, Question
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.services import notify

if TYPE_CHECKING:
    from trellis.accounts.models import User


def expert_invite(*, actor: "User", question: Question, person: "User") -> ExpertInvitation:
    """The asker invites someone to answer; inviting again changes nothing."""
    require(
        actor,
        permissions.can_invite_experts(actor, question),
        reason=permissions.INVITE_EXPERTS_REASON,
    )
    if person.pk == question.author_id:
        raise ValidationError({"person": _("You cannot invite yourself.")})
    if not person.is_active or not permissions.can_view_conversations(person, question.community):
        raise ValidationError({"person": _("This person cannot see the question.")})
    existing = ExpertInvitation.objects.filter(question=question, person=person).first()
    if existing is not None:
        return existing
    with transaction.atomic():
        invitation = ExpertInvitation.objects.create(
            question=question, person=person, invited_by=actor
        )
        notify(
            recipients=[person],
            kind=NotificationKind.EXPERT_INVITED,
            actor=actor,
            target=question,
            community=question.community,
        )
    return invitation
