"""What an activity leaves behind to read again: its materials (kept apart from the activity's
models to keep each module short)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trellis.core.models import TimeStampedModel


class ActivityMaterial(TimeStampedModel):
    """Material of an activity: a link now; the library capability links its documents here."""

    activity = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="materials",
    )
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("link"), max_length=500)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.title
