"""When a person last looked at a community: what "new since my last visit" counts from."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trellis.communities.models.community import Community


class CommunityVisit(models.Model):
    """One row per person and community, moved forward when they open the community's pages.

    Its table is left out of the data generations (`trellis.core.generations.IGNORED_TABLES`):
    a visit changes no page but the visitor's own home, which puts the visitor's latest visit in
    its remembered key instead.
    """

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_visits"
    )
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="visits")
    visited_at = models.DateTimeField(_("last visit"))

    class Meta:
        verbose_name = _("community visit")
        verbose_name_plural = _("community visits")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "community"],
                name="one_visit_row_each",
                violation_error_message=_("This visit to the community is already recorded."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} @ {self.community_id}: {self.visited_at:%Y-%m-%d %H:%M}"
