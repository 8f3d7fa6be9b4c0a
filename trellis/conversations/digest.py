"""The digest's "questions you could answer" section.

Registered with the notifications app when the conversations app is ready, so notifications
need not know about questions.
"""

from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from trellis.conversations.selectors.questions import unanswered_list
from trellis.core.translated import translated

if TYPE_CHECKING:
    from trellis.accounts.models import User
    from trellis.notifications.digests import DigestItem

MAX_ITEMS = 10


def questions_you_could_answer(person: "User", since: datetime) -> list["DigestItem"]:
    """Unanswered questions the person may see and did not ask: those they were invited to
    answer, and those asked since `since` on topics of their declared expertise."""
    from trellis.notifications.digests import DigestItem

    if not person.is_active:
        return []
    expertise = list(person.expertise.values_list("pk", flat=True))
    waiting = (
        unanswered_list(viewer=person)
        .exclude(author=person)
        .filter(
            Q(expert_invitations__person=person) | Q(created_at__gte=since, topics__in=expertise)
        )
        .distinct()
    )
    items = []
    for question in waiting[:MAX_ITEMS]:
        where = (
            translated(question.community.name)
            if question.community is not None
            else _("the whole network")
        )
        topics = ", ".join(str(topic) for topic in question.topics.all())
        detail = _("Asked in %(where)s") % {"where": where}
        if topics:
            detail += " · " + topics
        items.append(
            DigestItem(
                title=question.title,
                url=reverse("conversations:question_detail", args=[question.pk]),
                detail=detail,
            )
        )
    return items
