"""A community's learning agenda: items, their status history, members' votes."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from trellis.communities.models.community import Community
from trellis.core.models import TimeStampedModel
from trellis.core.translated import TranslatedField


class AgendaStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    PRIORITISED = "prioritised", _("Prioritised")
    ACTIVE = "active", pgettext_lazy("learning agenda item status", "Active")
    ADDRESSED = "addressed", _("Addressed")
    REVISITED = "revisited", _("Revisited")


class AgendaPriority(models.IntegerChoices):
    HIGH = 1, _("High")
    MEDIUM = 2, _("Medium")
    LOW = 3, _("Low")


class AgendaItem(TimeStampedModel):
    """A question or issue on a community's learning agenda.

    Activities that address an item link to it (Activity.agenda_items, reverse name
    `activities`), so the agenda shows what was done about each item and what it produced.
    """

    community = models.ForeignKey(
        Community, verbose_name=_("community"), on_delete=models.CASCADE, related_name="agenda"
    )
    title = models.CharField(_("question or issue"), max_length=300)
    description = models.TextField(_("description"), blank=True, max_length=10000)
    language = models.CharField(
        _("written in"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="agenda_proposals",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("agenda setter in charge"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agenda_items_owned",
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=AgendaPriority.choices, null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=12, choices=AgendaStatus.choices, default=AgendaStatus.PROPOSED
    )
    target_start = models.DateField(_("target period from"), null=True, blank=True)
    target_end = models.DateField(_("target period until"), null=True, blank=True)

    class Meta:
        verbose_name = _("learning agenda item")
        verbose_name_plural = _("learning agenda items")
        ordering = ["priority", "-created_at"]
        indexes = [models.Index(fields=["community", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(target_end__isnull=True)
                | Q(target_start__isnull=True)
                | Q(target_end__gte=models.F("target_start")),
                name="agenda_target_period_in_order",
                violation_error_message=_(
                    "The end of the target period must not be before its start."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.title


class AgendaStatusChange(models.Model):
    """The history of an agenda item's status."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=12, choices=AgendaStatus.choices)
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = TranslatedField(_("note"), multiline=True, blank=True, max_length=2000)

    class Meta:
        verbose_name = _("agenda status change")
        verbose_name_plural = _("agenda status changes")
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.item_id} → {self.status}"


class AgendaVote(models.Model):
    """One member's support for an agenda item; retractable."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="votes")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agenda_votes"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("agenda vote")
        verbose_name_plural = _("agenda votes")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "person"],
                name="one_vote_per_person",
                violation_error_message=_("You have already voted for this item."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} → {self.item_id}"
