"""The contribution log: one row for each meaningful act of a person in the network."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trellis.participation.kinds import ContributionKind

__all__ = ["Contribution", "ContributionKind", "ContributionQuerySet"]


class ContributionQuerySet(models.QuerySet["Contribution"]):
    def standing(self) -> "ContributionQuerySet":
        """The acts that still stand: withdrawn ones stay in the log, with their time, for
        history, and every reader of participation counts only these."""
        return self.filter(withdrawn_at__isnull=True)

    def on(self, target: models.Model) -> "ContributionQuerySet":
        """The acts on one object (a question, an activity, a registration)."""
        return self.filter(
            target_type=ContentType.objects.get_for_model(target), target_id=target.pk
        )


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
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = ContributionQuerySet.as_manager()

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
