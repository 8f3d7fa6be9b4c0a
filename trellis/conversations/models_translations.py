"""Translations of posts written by members, and the requests that ask for them.

A post (question, answer, comment, discussion, reply) is written in one language; any reader
may add its translation into another, one per language, credited to its translator. Readers
and authors ask for a translation ("translation wanted"); the open requests form a queue that
members who translate follow, per language.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from trellis.core.models import TimeStampedModel

TRANSLATION_MAX_LENGTH = 20_000


class PostTranslation(TimeStampedModel):
    """A post's text (and title, for questions and discussions) in another language."""

    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=300, blank=True)
    body = models.TextField(_("text"), max_length=TRANSLATION_MAX_LENGTH)
    translator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("translator"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    edited_at = models.DateTimeField(_("last edited"), null=True, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("translation of a post")
        verbose_name_plural = _("translations of posts")
        ordering = ["language", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id", "language"],
                name="one_translation_per_post_language",
                violation_error_message=_(
                    "This post already has a translation into this language."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.target_type_id}:{self.target_id} ({self.language})"


class TranslationRequest(models.Model):
    """Someone asked for a post in a language; fulfilled when its translation is added."""

    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    # The post's community, so that the queue shows only what the reader may read.
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="translation_requests",
        null=True,
        blank=True,
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    fulfilled_at = models.DateTimeField(_("translated"), null=True, blank=True)

    class Meta:
        verbose_name = _("translation request")
        verbose_name_plural = _("translation requests")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id", "language"],
                condition=Q(fulfilled_at__isnull=True),
                name="one_open_translation_request",
                violation_error_message=_(
                    "A translation of this post into this language has already been asked for."
                ),
            )
        ]
        indexes = [
            models.Index(
                fields=["language", "-created_at", "-id"],
                condition=Q(fulfilled_at__isnull=True),
                name="translation_queue_idx",
            ),
            models.Index(fields=["target_type", "target_id"], name="translation_request_post_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.target_type_id}:{self.target_id} → {self.language}"


class TranslationVolunteer(models.Model):
    """A member follows the queue of posts wanting a translation into a language."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="translation_languages"
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("translation queue follower")
        verbose_name_plural = _("translation queue followers")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "language"],
                name="follow_translation_queue_once",
                violation_error_message=_(
                    "You already follow the posts waiting for a translation into this language."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} translates into {self.language}"
