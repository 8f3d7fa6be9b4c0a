"""The audit trail of what leaders change."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trellis.communities.models.community import Community


class AuditEntry(models.Model):
    """What leaders changed: who changed what in a community, and when.

    No sentence is stored: an entry keeps its action code, the name of what it concerns
    (`subject`: a person's name, a title, an address, or {language: text} for bilingual titles)
    and the data of the change; `description` tells it in the reader's language when read.
    """

    community = models.ForeignKey(
        Community,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="audit_entries",
        null=True,
        blank=True,
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=64)
    subject = models.JSONField(_("concerning"), default=str, blank=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    occurred_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        ordering = ["-occurred_at", "-id"]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d} {self.action}"

    @property
    def description(self) -> str:
        """What happened, in the active language (see `audit_descriptions`)."""
        from trellis.communities.audit_descriptions import audit_entry_describe

        return audit_entry_describe(self)
