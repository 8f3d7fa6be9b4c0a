from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from trellis.communities.models import (
    AuditEntry,
    Community,
    Invitation,
    Membership,
    MembershipEvent,
    Network,
    Role,
    RoleAssignment,
    StageChange,
    Stakeholder,
    TransactionalParticipant,
)
from trellis.communities.services import member_count_refresh


@admin.register(Network)
class NetworkAdmin(admin.ModelAdmin):
    list_display = ["__str__", "working_languages"]


class StakeholderInline(admin.TabularInline):
    model = Stakeholder
    extra = 0
    raw_id_fields = ["person"]


class StageChangeInline(admin.TabularInline):
    model = StageChange
    extra = 0
    raw_id_fields = ["changed_by"]


@admin.register(Community)
class CommunityAdmin(admin.ModelAdmin):
    list_display = ["code", "__str__", "stage", "visibility", "join_policy"]
    list_filter = ["stage", "visibility", "domain_type"]
    search_fields = ["code", "slug"]
    prepopulated_fields = {"slug": ["code"]}
    inlines = [StakeholderInline, StageChangeInline]


class MembershipEventInline(admin.TabularInline):
    model = MembershipEvent
    extra = 0
    raw_id_fields = ["actor"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "community", "state", "declared_level", "joined_at"]
    list_filter = ["community", "state", "declared_level"]
    search_fields = ["person__email", "person__full_name", "person__full_name_latin"]
    raw_id_fields = ["person"]
    inlines = [MembershipEventInline]

    # Edits here bypass the membership services; the communities' member counts follow anyway.
    def save_model(self, request: HttpRequest, obj: Membership, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        member_count_refresh(community_ids=[obj.community_id, *_earlier_community(form)])

    def delete_model(self, request: HttpRequest, obj: Membership) -> None:
        community_id = obj.community_id
        super().delete_model(request, obj)
        member_count_refresh(community_ids=[community_id])

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Membership]) -> None:
        community_ids = set(queryset.values_list("community_id", flat=True))
        super().delete_queryset(request, queryset)
        member_count_refresh(community_ids=community_ids)


def _earlier_community(form: Any) -> list[int]:
    """The community a membership was moved away from in the admin form, if any."""
    if "community" not in getattr(form, "changed_data", []):
        return []
    earlier = form.initial.get("community")
    return [earlier] if earlier else []


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "community", "invited_by", "created_at", "accepted_at", "expires_at"]
    list_filter = ["community"]
    search_fields = ["email"]
    raw_id_fields = ["invited_by", "accepted_by"]
    readonly_fields = ["token"]


@admin.register(TransactionalParticipant)
class TransactionalParticipantAdmin(admin.ModelAdmin):
    list_display = ["full_name", "organisation", "country", "email", "community", "person"]
    list_filter = ["community", "country"]
    search_fields = ["full_name", "email", "organisation"]
    raw_id_fields = ["person", "recorded_by"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["code", "__str__", "kind", "network_scope_only", "position"]
    list_editable = ["position"]


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(admin.ModelAdmin):
    list_display = ["person", "role", "community", "starts_on", "ends_on"]
    list_filter = ["role", "community"]
    search_fields = ["person__email", "person__full_name"]
    raw_id_fields = ["person", "assigned_by"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["occurred_at", "community", "actor", "action", "what_happened"]
    list_filter = ["community", "action"]
    readonly_fields = [
        "community",
        "actor",
        "action",
        "what_happened",
        "subject",
        "changes",
        "occurred_at",
    ]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    @admin.display(description=_("what happened"))
    def what_happened(self, entry: AuditEntry) -> str:
        return entry.description
