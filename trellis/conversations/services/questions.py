"""The help desk: asking, answering, commenting, accepting, marking helpful, joint responses
and inviting experts.

Each act is checked against the conversation predicates, recorded in the contribution log and
announced to the people it concerns (`notify` writes the notices in the same transaction and
sends the emails after commit).
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.communities.models import Community
from trellis.conversations import permissions
from trellis.conversations.models import (
    Answer,
    Comment,
    ExpertInvitation,
    HelpfulMark,
    Question,
)
from trellis.conversations.services import moderation, writing
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.selectors import followers_of
from trellis.notifications.services import (
    follow,
    notify,
    register_followable,
    register_target_url,
)
from trellis.participation.models import ContributionKind
from trellis.participation.services import (
    contribution_record,
    contribution_withdraw,
    mark_once,
    mark_withdraw,
)

if TYPE_CHECKING:
    from trellis.accounts.models import ExpertiseTopic, User


def can_accept_answer(person: Any, question: Question) -> bool:
    """The asker, or a convener of the community (network admins for network-wide questions)."""
    if not permissions.is_signed_in(person):
        return False
    if permissions.can_moderate(person, question.community):
        return True
    return question.author_id == person.pk and permissions.can_view_conversations(
        person, question.community
    )


def can_invite_experts(person: Any, question: Question) -> bool:
    """The asker looks for experts to invite; moderators may help them."""
    if not permissions.is_signed_in(person):
        return False
    if permissions.can_moderate(person, question.community):
        return True
    return question.author_id == person.pk and permissions.can_participate(
        person, question.community
    )


def can_mark_helpful(person: Any, question: Question) -> bool:
    return permissions.can_participate(person, question.community)


def _open_check(question: Question) -> None:
    if question.locked:
        raise ValidationError(_("This question is locked: it takes no new answers or comments."))


def _language_check(language: str) -> None:
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ValidationError({"language": _("Choose one of the network's languages.")})


def _body_check(body: str) -> str:
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write something first.")})
    return body


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
    require(person, permissions.can_participate(person, community))
    title = title.strip()
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = _("Write your question.")
    if not body.strip():
        errors["body"] = _("Describe your question: the context helps others answer.")
    if errors:
        raise ValidationError(errors)
    _language_check(language)
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
    require(actor, permissions.can_edit_post(actor, question, question.community))
    if not title.strip():
        raise ValidationError({"title": _("Write your question.")})
    if language is not None:
        _language_check(language)
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
    return question


def question_moderate(
    *, actor: "User", question: Question, locked: bool | None = None, hidden: bool | None = None
) -> Question:
    """Moderators lock a question (no new answers or comments) or hide it, and back.

    The moderation services do the work, so the audit trail and flags stay in step.
    """
    require(actor, permissions.can_moderate(actor, question.community))
    with transaction.atomic():
        if locked is not None:
            moderation.question_lock(actor=actor, question=question, locked=locked)
        if hidden is True:
            moderation.post_hide(actor=actor, post=question, community=question.community)
        elif hidden is False:
            moderation.post_restore(actor=actor, post=question, community=question.community)
    return question


def _touch(question: Question, *, answered: bool = False) -> None:
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


def answer_post(*, person: "User", question: Question, body: str, language: str) -> Answer:
    """Answer a question; its followers (the asker among them) are told."""
    community = question.community
    require(
        person,
        permissions.can_view_conversations(person, community)
        and permissions.can_participate(person, community),
    )
    _open_check(question)
    body = _body_check(body)
    _language_check(language)
    answer = Answer(question=question, author=person, body=body, language=language)
    answer.full_clean(exclude=["question", "author"])
    with transaction.atomic():
        answer.save()
        _touch(question, answered=True)
        contribution_record(
            person=person, kind=ContributionKind.ANSWER_POSTED, community=community, target=answer
        )
        writing.mentions_record(actor=person, post=answer, text=body, community=community)
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
    require(actor, permissions.can_edit_post(actor, answer, community))
    writing.post_edit(actor=actor, post=answer, body=body, community=community)
    return answer


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
        permissions.can_view_conversations(person, community)
        and permissions.can_participate(person, community),
    )
    _open_check(on_question)
    body = _body_check(body)
    _language_check(language)
    comment = Comment(question=question, answer=answer, author=person, body=body, language=language)
    comment.full_clean(exclude=["question", "answer", "author"])
    with transaction.atomic():
        comment.save()
        _touch(on_question)
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


def _accepted_contributions_forget(answer: Answer) -> None:
    """An acceptance that was changed no longer counts for the earlier answer's authors.

    Like a withdrawn vote, the log keeps what stands now, so analytics need no pairing logic.
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
    require(actor, can_accept_answer(actor, answer.question))
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


def helpful_mark(*, person: "User", answer: Answer) -> HelpfulMark:
    """Mark an answer helpful; marking twice keeps the one mark. Authors cannot mark their own."""
    question = answer.question
    require(person, can_mark_helpful(person, question))
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

    The contribution row goes with the mark: the log says what a person stands by now.
    """
    require(person, permissions.can_view_conversations(person, answer.question.community))
    require(person, permissions.is_signed_in(person))
    mark_withdraw(
        model=HelpfulMark,
        person=person,
        kind=ContributionKind.ANSWER_MARKED_HELPFUL,
        target=answer,
        answer=answer,
    )


def coauthor_invite(*, actor: "User", answer: Answer, person: "User") -> Answer:
    """The answer's author makes it a joint response: `person` is credited and may edit it."""
    question = answer.question
    community = question.community
    require(actor, permissions.can_invite_coauthors(actor, answer))
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


def expert_invite(*, actor: "User", question: Question, person: "User") -> ExpertInvitation:
    """The asker invites someone to answer; inviting again changes nothing."""
    require(actor, can_invite_experts(actor, question))
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


def can_follow_question(person: Any, question: Question) -> bool:
    if not permissions.can_view_conversations(person, question.community):
        return False
    return not question.hidden or permissions.can_moderate(person, question.community)


def _question_url(question_id: int, anchor: str = "") -> str:
    return reverse("conversations:question_detail", args=[question_id]) + anchor


def notification_targets_register() -> None:
    """Let people follow questions, and notices link to questions, answers and comments.

    Called from `ConversationsConfig.ready()`.
    """
    register_followable(Question, can_follow_question)
    register_target_url(
        Question, lambda question: _question_url(question.pk), title=lambda q: q.title
    )
    register_target_url(
        Answer,
        lambda answer: _question_url(answer.question_id, f"#answer-{answer.pk}"),
        title=lambda answer: answer.question.title,
        select_related=("question",),
    )
    register_target_url(
        Comment,
        lambda comment: _question_url(
            comment.question_id or comment.answer.question_id, f"#comment-{comment.pk}"
        ),
        title=lambda comment: (comment.question or comment.answer.question).title,
        select_related=("question", "answer__question"),
    )
