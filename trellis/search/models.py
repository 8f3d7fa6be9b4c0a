"""The search index: one row per thing to find, copied from its app by its `SearchSource`.

The text index itself is engine-specific and lives outside the model (see
`trellis.search.engines`): an FTS5 table on SQLite, a generated tsvector column on PostgreSQL,
both created by migration 0002.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from trellis.search.sources import Audience


class SearchEntry(models.Model):
    kind = models.CharField(_("kind"), max_length=40)
    object_id = models.BigIntegerField(_("object id"))
    title = models.TextField(_("title"))
    body = models.TextField(_("body"), blank=True)
    url = models.CharField(_("address"), max_length=500)
    audience = models.CharField(
        _("audience"), max_length=20, choices=[(a.value, a.name) for a in Audience]
    )
    language = models.CharField(_("language"), max_length=8, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    extra = models.JSONField(_("display facts"), default=dict, blank=True)
    indexed_at = models.DateTimeField(_("indexed"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id"],
                name="search_entry_once",
                violation_error_message=_("This object is already in the search index."),
            )
        ]
        indexes = [models.Index(fields=["kind", "date"], name="search_entry_kind_date")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}"


class SearchEntryCommunity(models.Model):
    """A community an entry belongs to: the `community=` filter and the MEMBERS audience.

    A plain id, not a foreign key: the search app knows no domain app."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="communities")
    community_id = models.BigIntegerField(_("community id"))

    class Meta:
        verbose_name = _("search entry community")
        verbose_name_plural = _("search entry communities")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "community_id"],
                name="search_entry_community_once",
                violation_error_message=_("This entry is already listed in this community."),
            )
        ]
        indexes = [models.Index(fields=["community_id"], name="search_entry_community")]

    def __str__(self) -> str:
        return f"{self.entry_id} in {self.community_id}"
