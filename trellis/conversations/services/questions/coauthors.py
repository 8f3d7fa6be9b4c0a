"""Joint responses: the author of an answer credits others who write it with them."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.conversations import permissions
from trellis.conversations.models import Answer
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.services import notify
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record

if TYPE_CHECKING:
    from trellis.accounts.models import User


def coauthor_invite(*, actor: "User", answer: Answer, person: "User") -> Answer:
    """The answer's author makes it a joint response: `person` is credited and may edit it."""
    community = answer.question.community
    require(
        actor,
        permissions.can_invite_coauthors(actor, answer),
        reason=permissions.INVITE_COAUTHORS_REASON,
    )
    if person.pk == answer.author_id:
        raise ValidationError({"person": _("You are already the author of this answer.")})
    if not permissions.can_participate(person, community):
        raise ValidationError(
            {"person": _("Only people who may answer this question can write it with you.")}
        )
    if answer.coauthors.filter(pk=person.pk).exists():
        return answer
    with transaction.atomic():
        answer.coauthors.add(person)
        contribution_record(
            person=person,
            kind=ContributionKind.ANSWER_COAUTHORED,
            community=community,
            target=answer,
        )
        notify(
            recipients=[person],
            kind=NotificationKind.COAUTHOR_INVITED,
            actor=actor,
            target=answer,
            community=community,
        )
    return answer
