"""The network and its communities, their sponsors, stage history and audit trail."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from trellis.communities.models import (
    AgendaItem,
    AuditEntry,
    Community,
    Network,
    StageChange,
    Stakeholder,
)
from trellis.communities.services import agenda_item_update, community_create, community_update
from trellis.communities.services.agenda import LEADERSHIP_FIELDS, TEXT_FIELDS
from trellis.communities.services.community import EDITABLE_FIELDS
from trellis.core.service_admin import ReadOnlyInline, ServiceAdmin


@admin.register(Network)
class NetworkAdmin(ServiceAdmin):
    list_display = ["__str__", "working_languages"]


class StakeholderInline(ReadOnlyInline):
    model = Stakeholder
    fields = ["kind", "name", "interest", "person"]


class StageChangeInline(ReadOnlyInline):
    model = StageChange
    fields = ["stage", "changed_at", "changed_by", "note"]


@admin.register(Community)
class CommunityAdmin(ServiceAdmin):
    list_display = ["code", "__str__", "stage", "visibility", "join_policy", "member_count"]
    list_filter = ["stage", "visibility", "join_policy", "domain_type"]
    list_select_related = ["stats"]
    search_fields = ["code", "slug", "name"]
    inlines = [StakeholderInline, StageChangeInline]
    service_fields = (*EDITABLE_FIELDS, "stage")
    creation_fields = (
        "code",
        "slug",
        "name",
        "description",
        "domain_statement",
        "domain_type",
        "stage",
        "visibility",
        "join_policy",
    )

    @admin.display(description=_("active members"), ordering="stats__members")
    def member_count(self, community: Community) -> int:
        stats = getattr(community, "stats", None)
        return stats.members if stats else 0

    def service_create(self, request: HttpRequest, data: dict[str, Any]) -> Community:
        fields = {name: data[name] for name in self.creation_fields if name in data}
        return community_create(
            actor=request.user,  # type: ignore[arg-type]
            code=fields.pop("code"),
            slug=fields.pop("slug"),
            **fields,
        )

    def service_update(self, request: HttpRequest, obj: Community, changes: dict[str, Any]) -> None:
        community_update(actor=request.user, community=obj, **changes)  # type: ignore[arg-type]


@admin.register(AgendaItem)
class AgendaItemAdmin(ServiceAdmin):
    list_display = ["title", "community", "status", "priority", "proposer", "owner", "created_at"]
    list_filter = ["status", "priority", "community"]
    list_select_related = ["community", "proposer", "owner"]
    search_fields = ["title", "description"]
    raw_id_fields = ["owner"]
    date_hierarchy = "created_at"
    service_fields = (*TEXT_FIELDS, *LEADERSHIP_FIELDS)

    def service_update(
        self, request: HttpRequest, obj: AgendaItem, changes: dict[str, Any]
    ) -> None:
        agenda_item_update(actor=request.user, item=obj, **changes)  # type: ignore[arg-type]


@admin.register(AuditEntry)
class AuditEntryAdmin(ServiceAdmin):
    list_display = ["occurred_at", "community", "actor", "action", "what_happened"]
    list_filter = ["action", "community"]
    list_select_related = ["community", "actor"]
    search_fields = ["action", "subject"]
    date_hierarchy = "occurred_at"

    @admin.display(description=_("what happened"))
    def what_happened(self, entry: AuditEntry) -> str:
        return entry.description
