"""The contribution log: one row for each meaningful act of a person in the network."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContributionKind(models.TextChoices):
    """Every kind of act the log knows. Later capabilities add their kinds here."""

    COMMUNITY_JOINED = "community.joined", _("joined a community")
    COMMUNITY_LEFT = "community.left", _("left a community")
    COMMUNITY_REJOINED = "community.rejoined", _("rejoined a community")
    MEMBERSHIP_REQUESTED = "community.join_requested", _("asked to join a community")
    INVITATION_SENT = "community.invited", _("invited someone to a community")
    ROLE_ASSIGNED = "role.assigned", _("took on a role")
    ACTIVITY_REGISTERED = "activity.registered", _("registered for an activity")
    ACTIVITY_ATTENDED = "activity.attended", _("took part in an activity")
    ACTIVITY_HOSTED = "activity.hosted", _("hosted an activity")
    ACTIVITY_SPOKE = "activity.spoke", _("spoke at an activity")
    ACTIVITY_FACILITATED = "activity.facilitated", _("facilitated an activity")
    ACTIVITY_REPORTED = "activity.reported", _("reported what an activity produced")
    AGENDA_PROPOSED = "agenda.proposed", _("proposed a learning agenda item")
    AGENDA_VOTED = "agenda.voted", _("voted for a learning agenda item")
    QUESTION_ASKED = "question.asked", _("asked a question")
    ANSWER_POSTED = "answer.posted", _("answered a question")
    ANSWER_ACCEPTED = "answer.accepted", _("gave an answer that was accepted")
    ANSWER_COAUTHORED = "answer.coauthored", _("wrote an answer together with others")
    ANSWER_MARKED_HELPFUL = "answer.helpful", _("marked an answer as helpful")
    COMMENT_POSTED = "comment.posted", _("commented")
    DISCUSSION_STARTED = "discussion.started", _("started a discussion")
    REPLY_POSTED = "reply.posted", _("replied in a discussion")
    PEER_ASSIST_REQUESTED = "peer_assist.requested", _("asked peers for help")
    PEER_ASSIST_OFFERED = "peer_assist.offered", _("offered to help a peer")
    MENTIONED_SOMEONE = "mention.made", _("mentioned someone")
    POST_TRANSLATED = "post.translated", _("translated a post")


class Contribution(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="contributions",
    )
    kind = models.CharField(_("kind"), max_length=64, choices=ContributionKind.choices)
    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="contributions",
        null=True,
        blank=True,
    )
    target_type = models.ForeignKey(
        ContentType,
        verbose_name=_("kind of object"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    target_id = models.PositiveBigIntegerField(_("object number"), null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    occurred_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-occurred_at", "-id"]
        indexes = [
            models.Index(fields=["community", "occurred_at"]),
            models.Index(fields=["person", "occurred_at"]),
            models.Index(fields=["kind", "occurred_at"]),
            models.Index(fields=["target_type", "target_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.kind} {self.occurred_at:%Y-%m-%d}"
