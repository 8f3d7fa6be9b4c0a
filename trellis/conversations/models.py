"""Helping each other between meetings: questions and answers, hot-topic discussions, peer
assists, and what keeps them healthy (edit history, flags, moderation)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from trellis.conversations import models_translations  # noqa: F401 - its models, registered
from trellis.conversations.models_moderation import Flag as Flag  # re-exported
from trellis.conversations.models_moderation import FlagState as FlagState  # re-exported
from trellis.core.models import TimeStampedModel

BODY_MAX_LENGTH = 20_000


class Post(TimeStampedModel):
    """What every written contribution shares: an author, a markdown body, moderation state."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    language = models.CharField(
        _("written in"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    hidden = models.BooleanField(_("hidden by a convener"), default=False)
    edited_at = models.DateTimeField(_("last edited"), null=True, blank=True)

    class Meta:
        abstract = True


class Question(Post):
    """A question to a community's help desk, or to the whole network (no community)."""

    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="questions",
        null=True,
        blank=True,
        help_text=_("Leave empty to ask the whole network."),
    )
    title = models.CharField(_("question"), max_length=300)
    topics = models.ManyToManyField(
        "accounts.ExpertiseTopic", verbose_name=_("topics"), blank=True, related_name="questions"
    )
    country_context = CountryField(_("country context"), blank=True)
    accepted_answer = models.OneToOneField(
        "Answer",
        verbose_name=_("accepted answer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="accepted_for",
    )
    locked = models.BooleanField(_("locked"), default=False)
    first_answered_at = models.DateTimeField(_("first answered"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-last_activity_at", "-id"]
        indexes = [
            # Each list's filter and ordering, to the last column, so that the database reads
            # a page's rows in order and stops: a community's help desk, the network's, and the
            # unanswered queue (partial: PostgreSQL cannot order by the columns after an
            # IS NULL, and answered questions are most of them).
            models.Index(
                fields=["community", "-last_activity_at", "-id"],
                name="question_community_idx",
            ),
            models.Index(fields=["-last_activity_at", "-id"], name="question_activity_idx"),
            models.Index(
                fields=["created_at", "id"],
                condition=Q(first_answered_at__isnull=True),
                name="question_waiting_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Answer(Post):
    """An answer; with co-authors it is a joint response, and every author is credited."""

    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="answers"
    )
    coauthors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("co-authors"),
        blank=True,
        related_name="coauthored_answers",
    )

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["created_at", "id"]
        # Lists count each question's visible answers from this index alone.
        indexes = [models.Index(fields=["question", "hidden"], name="answer_question_hidden_idx")]

    def __str__(self) -> str:
        return f"{self.question_id}: {self.body[:40]}"


class HelpfulMark(models.Model):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="helpful_marks")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="helpful_marks"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("helpful mark")
        verbose_name_plural = _("helpful marks")
        constraints = [
            models.UniqueConstraint(
                fields=["answer", "person"],
                name="helpful_once_per_person",
                violation_error_message=_("You have already marked this answer as helpful."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} → {self.answer_id}"


class Comment(Post):
    """A short comment on a question or an answer."""

    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="comments",
        null=True,
        blank=True,
    )
    answer = models.ForeignKey(
        Answer,
        verbose_name=_("answer"),
        on_delete=models.CASCADE,
        related_name="comments",
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=False, answer__isnull=True)
                | Q(question__isnull=True, answer__isnull=False),
                name="comment_on_question_or_answer",
                violation_error_message=_("A comment is on the question or on one answer."),
            )
        ]

    def __str__(self) -> str:
        return self.body[:40]


class ExpertInvitation(models.Model):
    """The asker invited someone Trellis suggested as able to answer."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="expert_invitations"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="expert_invitations"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("expert invitation")
        verbose_name_plural = _("expert invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "person"],
                name="invited_once_per_question",
                violation_error_message=_("This person is already invited to this question."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} → {self.question_id}"


class Discussion(Post):
    """A hot-topic discussion of a community."""

    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="discussions",
    )
    title = models.CharField(_("topic"), max_length=300)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    closed = models.BooleanField(_("closed"), default=False)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        ordering = ["-pinned", "-last_activity_at", "-id"]
        indexes = [
            # A community's discussions, and those of every community one reads (the API).
            models.Index(
                fields=["community", "-pinned", "-last_activity_at", "-id"],
                name="discussion_community_idx",
            ),
            models.Index(
                fields=["-pinned", "-last_activity_at", "-id"], name="discussion_activity_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Reply(Post):
    discussion = models.ForeignKey(
        Discussion, verbose_name=_("discussion"), on_delete=models.CASCADE, related_name="replies"
    )
    quoted = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quoted_by",
    )

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "id"]
        # Lists count each discussion's visible replies from this index alone.
        indexes = [
            models.Index(fields=["discussion", "hidden"], name="reply_discussion_hidden_idx")
        ]

    def __str__(self) -> str:
        return self.body[:40]


class PeerAssistStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    MATCHED = "matched", _("Peers chosen")
    SCHEDULED = "scheduled", _("Scheduled")
    HELD = "held", _("Held")
    CLOSED = "closed", _("Closed")


class PeerAssist(TimeStampedModel):
    """A member asks peers from other countries to help with a problem in their own context."""

    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="peer_assists",
    )
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="peer_assist_requests",
    )
    title = models.CharField(_("problem in one sentence"), max_length=300)
    problem = models.TextField(_("the problem"), max_length=BODY_MAX_LENGTH)
    context = models.TextField(_("its context"), blank=True, max_length=BODY_MAX_LENGTH)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    preferred_start = models.DateField(_("preferred period from"), null=True, blank=True)
    preferred_end = models.DateField(_("preferred period until"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=PeerAssistStatus.choices,
        default=PeerAssistStatus.REQUESTED,
    )
    activity = models.OneToOneField(
        "activities.Activity",
        verbose_name=_("session"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="peer_assist",
    )
    outcome = models.TextField(_("outcome"), blank=True, max_length=BODY_MAX_LENGTH)

    class Meta:
        verbose_name = _("peer assist")
        verbose_name_plural = _("peer assists")
        ordering = ["-created_at"]
        # A community's peer assists, and those of every community one reads (the API).
        indexes = [
            models.Index(
                fields=["community", "-created_at", "-id"], name="peer_assist_community_idx"
            ),
            models.Index(fields=["-created_at", "-id"], name="peer_assist_created_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(preferred_end__isnull=True)
                | Q(preferred_start__isnull=True)
                | Q(preferred_end__gte=models.F("preferred_start")),
                name="peer_assist_period_in_order",
                violation_error_message=_("The preferred period must not end before it starts."),
            )
        ]

    def __str__(self) -> str:
        return self.title


class PeerAssistOffer(TimeStampedModel):
    """A peer volunteers to help; the requester picks the peers."""

    peer_assist = models.ForeignKey(PeerAssist, on_delete=models.CASCADE, related_name="offers")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_assist_offers"
    )
    message = models.TextField(_("what I can bring"), blank=True, max_length=4000)
    chosen = models.BooleanField(_("chosen"), default=False)

    class Meta:
        verbose_name = _("peer assist offer")
        verbose_name_plural = _("peer assist offers")
        constraints = [
            models.UniqueConstraint(
                fields=["peer_assist", "person"],
                name="one_offer_per_peer",
                violation_error_message=_("You have already offered to help with this request."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} → {self.peer_assist_id}"


class Revision(models.Model):
    """An earlier version of an edited post, kept for conveners to see."""

    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    title = models.CharField(max_length=300, blank=True)
    body = models.TextField(max_length=BODY_MAX_LENGTH)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    edited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("earlier version")
        verbose_name_plural = _("earlier versions")
        ordering = ["-edited_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self) -> str:
        return f"{self.target_type_id}:{self.target_id} @ {self.edited_at:%Y-%m-%d}"
