"""The digest's "questions you could answer" and "translations wanted" sections.

Registered with the notifications app when the conversations app is ready, so notifications
need not know about questions.
"""

from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from trellis.conversations.selectors.questions import unanswered_list
from trellis.conversations.selectors.translations import (
    followed_queue_languages,
    queue_items,
    translation_queue,
)
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


def translations_wanted(person: "User", since: datetime) -> list["DigestItem"]:
    """Posts asked since `since` to be translated into a language whose queue the person
    follows, that they may read and did not ask for themselves; still waiting."""
    from trellis.notifications.digests import DigestItem

    languages = followed_queue_languages(person=person) if person.is_active else []
    if not languages:
        return []
    requests = (
        translation_queue(viewer=person)
        .filter(language__in=languages, created_at__gte=since)
        .exclude(requested_by=person)
    )
    items = queue_items(viewer=person, requests=list(requests[:MAX_ITEMS]))
    return [
        DigestItem(
            title=item.title,
            url=item.url,
            detail=_("Wanted in %(language)s") % {"language": item.request.get_language_display()},
        )
        for item in items
    ]
