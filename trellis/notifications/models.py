"""What people follow, the notices they get, and how they want to receive them."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    """Every kind of notice; each person chooses per kind how to receive it."""

    NEW_QUESTION = "new_question", _("New questions where I follow")
    NEW_ANSWER = "new_answer", _("Answers to questions I asked or follow")
    ANSWER_ACCEPTED = "answer_accepted", _("My answer was accepted")
    NEW_COMMENT = "new_comment", _("Comments on my posts")
    EXPERT_INVITED = "expert_invited", _("I am asked to answer a question")
    COAUTHOR_INVITED = "coauthor_invited", _("I am invited to write an answer together")
    NEW_DISCUSSION = "new_discussion", _("New discussions where I follow")
    NEW_REPLY = "new_reply", _("Replies in discussions I follow")
    MENTIONED = "mentioned", _("Someone mentions me")
    PEER_ASSIST = "peer_assist", _("Peer assists: requests, offers and choices")
    FLAG_RAISED = "flag_raised", _("Posts flagged for conveners")
    TRANSLATION_ADDED = "translation_added", _("A translation I asked for is ready")


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("By email at once")
    DAILY = "daily", _("In a daily digest")
    WEEKLY = "weekly", _("In a weekly digest")
    OFF = "off", _("Only in Trellis, no email")


class Follow(models.Model):
    """A person follows a question, a discussion, a topic or a whole community."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "target_type", "target_id"],
                name="follow_once",
                violation_error_message=_("You already follow this."),
            )
        ]
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self) -> str:
        return f"{self.person_id} follows {self.target_type_id}:{self.target_id}"


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    # Kept by the database from read_at, so that the list's order (unread first, then newest)
    # is the order of an index: a person with thousands of notices gets a page without sorting
    # them all.
    is_read = models.GeneratedField(
        expression=models.Case(
            models.When(read_at__isnull=True, then=models.Value(False)),
            default=models.Value(True),
        ),
        output_field=models.BooleanField(),
        db_persist=True,
    )

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-id"]
        indexes = [
            # The list's order; the community last, so that its count reads the index alone.
            models.Index(
                fields=["recipient", "is_read", "-created_at", "-id", "community"],
                name="notification_list_order",
            ),
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["recipient", "emailed_at", "kind"]),
        ]

    def __str__(self) -> str:
        return f"{self.recipient_id}: {self.kind}"


class NotificationSetting(models.Model):
    """How a person wants one kind of notice by email; without a row, the kind's default."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    frequency = models.CharField(_("how"), max_length=10, choices=Frequency.choices)

    class Meta:
        verbose_name = _("notification setting")
        verbose_name_plural = _("notification settings")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "kind"],
                name="one_setting_per_kind",
                violation_error_message=_(
                    "There is already a setting for this kind of notification."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id}: {self.kind} {self.frequency}"


class DigestRecord(models.Model):
    """When a person's last digest of each frequency went out, so the next one starts there."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_records"
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    sent_at = models.DateTimeField()

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "frequency"],
                name="one_digest_record",
                violation_error_message=_(
                    "A digest of this frequency is already recorded for this person."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.frequency} {self.sent_at:%Y-%m-%d}"
