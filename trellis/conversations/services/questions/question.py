"""Asking a question of a community or the whole network, rewording it, locking and hiding it."""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.communities.models import Community
from trellis.conversations import permissions
from trellis.conversations.models import Question
from trellis.conversations.search_reindex import QUESTION, post_reindex_later
from trellis.conversations.services import moderation, writing
from trellis.conversations.services.questions.checks import language_check
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.selectors import followers_of
from trellis.notifications.services import follow, notify
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record
from trellis.search.indexing import search_index_later

if TYPE_CHECKING:
    from trellis.accounts.models import ExpertiseTopic, User


def question_ask(
    *,
    person: "User",
    community: Community | None,
    title: str,
    body: str,
    language: str,
    topics: Iterable["ExpertiseTopic"] = (),
    country_context: str = "",
) -> Question:
    """Ask a community's help desk, or the whole network when `community` is None.

    The asker follows the question; followers of the community and of its topics are told.
    """
    require(
        person,
        permissions.can_participate(person, community),
        reason=permissions.PARTICIPATE_REASON,
    )
    title = title.strip()
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = _("Write your question.")
    if not body.strip():
        errors["body"] = _("Describe your question: the context helps others answer.")
    if errors:
        raise ValidationError(errors)
    language_check(language)
    topics = list(topics)
    question = Question(
        community=community,
        author=person,
        title=title,
        body=body.strip(),
        language=language,
        country_context=country_context or "",
        last_activity_at=timezone.now(),
    )
    question.full_clean(exclude=["community", "author", "accepted_answer"])
    with transaction.atomic():
        question.save()
        question.topics.set(topics)
        contribution_record(
            person=person,
            kind=ContributionKind.QUESTION_ASKED,
            community=community,
            target=question,
        )
        follow(person=person, target=question)
        post_reindex_later(question)
        writing.mentions_record(
            actor=person, post=question, text=question.body, community=community
        )
        interested: dict[int, Any] = {}
        sources: list[Any] = [community, *topics] if community is not None else list(topics)
        for source in sources:
            for follower in followers_of(target=source):
                interested[follower.pk] = follower
        notify(
            recipients=interested.values(),
            kind=NotificationKind.NEW_QUESTION,
            actor=person,
            target=question,
            community=community,
        )
    return question


def question_edit(
    *,
    actor: "User",
    question: Question,
    title: str,
    body: str,
    topics: Iterable["ExpertiseTopic"] | None = None,
    language: str | None = None,
    country_context: str | None = None,
) -> Question:
    """The author (or a moderator) rewords a question; the earlier text is kept as a revision."""
    require(
        actor,
        permissions.can_edit_post(actor, question, question.community),
        reason=permissions.EDIT_POST_REASON,
    )
    if not title.strip():
        raise ValidationError({"title": _("Write your question.")})
    if language is not None:
        language_check(language)
    with transaction.atomic():
        writing.post_edit(
            actor=actor,
            post=question,
            body=body,
            title=title.strip(),
            community=question.community,
        )
        changed: list[str] = []
        if language is not None and language != question.language:
            question.language = language
            changed.append("language")
        if country_context is not None and country_context != question.country_context:
            question.country_context = country_context
            changed.append("country_context")
        if changed:
            question.full_clean(exclude=["community", "author", "accepted_answer"])
            question.save(update_fields=changed)
        if topics is not None:
            question.topics.set(list(topics))
        if changed or topics is not None:
            search_index_later(kind=QUESTION, ids=[question.pk])
    return question


def question_moderate(
    *, actor: "User", question: Question, locked: bool | None = None, hidden: bool | None = None
) -> Question:
    """Moderators lock a question (no new answers or comments) or hide it, and back.

    The moderation services do the work, so the audit trail and flags stay in step.
    """
    require(
        actor,
        permissions.can_moderate(actor, question.community),
        reason=permissions.MODERATE_REASON,
    )
    with transaction.atomic():
        if locked is not None:
            moderation.question_lock(actor=actor, question=question, locked=locked)
        if hidden is True:
            moderation.post_hide(actor=actor, post=question, community=question.community)
        elif hidden is False:
            moderation.post_restore(actor=actor, post=question, community=question.community)
    return question
