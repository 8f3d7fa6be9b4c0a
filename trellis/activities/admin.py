"""The admin site's pages for the activity catalogue, activities, registration and attendance.

Activities are planned, changed and reported through the planning services
(`trellis.core.service_admin`): registrants hear of changes and the audit trail records them.
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from trellis.activities.models import (
    Activity,
    ActivityContributor,
    ActivityMaterial,
    ActivityType,
    Attendance,
    Registration,
)
from trellis.activities.services.planning import (
    PLANNED_FIELDS,
    activity_create,
    activity_outcomes_record,
    activity_type_create,
    activity_update,
)
from trellis.core.service_admin import ReadOnlyInline, ServiceAdmin

OUTCOME_FIELDS = ("summary", "outputs", "decisions", "follow_ups")
RELATIONS = ("communities", "agenda_items")


@admin.register(ActivityType)
class ActivityTypeAdmin(ServiceAdmin):
    list_display = ["__str__", "slug", "from_catalogue", "position"]
    list_filter = ["from_catalogue"]
    search_fields = ["slug", "name"]
    creation_fields = ("slug", "name", "description")

    def service_create(self, request: HttpRequest, data: dict[str, Any]) -> ActivityType:
        return activity_type_create(
            actor=request.user,  # type: ignore[arg-type]
            slug=data["slug"],
            name=data["name"],
            description=data.get("description") or {},
        )


class ContributorInline(ReadOnlyInline):
    model = ActivityContributor
    fields = ["role", "person", "guest"]


class MaterialInline(ReadOnlyInline):
    model = ActivityMaterial
    fields = ["title", "url", "added_by"]


@admin.register(Activity)
class ActivityAdmin(ServiceAdmin):
    list_display = ["__str__", "activity_type", "starts_at", "mode", "country", "status"]
    list_filter = ["status", "mode", "formality", "activity_type", "communities"]
    list_select_related = ["activity_type"]
    search_fields = ["title", "city", "venue"]
    date_hierarchy = "starts_at"
    raw_id_fields = ["parent"]
    filter_horizontal = ["communities"]
    inlines = [ContributorInline, MaterialInline]
    service_fields = (*PLANNED_FIELDS, *RELATIONS, *OUTCOME_FIELDS)
    creation_fields = ("communities", "parent", *PLANNED_FIELDS, "agenda_items")

    def service_create(self, request: HttpRequest, data: dict[str, Any]) -> Activity:
        fields = {name: data[name] for name in PLANNED_FIELDS if name in data}
        return activity_create(
            actor=request.user,  # type: ignore[arg-type]
            communities=list(data["communities"]),
            activity_type=fields.pop("activity_type"),
            parent=data.get("parent"),
            agenda_items=list(data.get("agenda_items") or ()),
            **fields,
        )

    def service_update(self, request: HttpRequest, obj: Activity, changes: dict[str, Any]) -> None:
        actor: Any = request.user
        planned = {name: value for name, value in changes.items() if name in PLANNED_FIELDS}
        relations = {name: list(value) for name, value in changes.items() if name in RELATIONS}
        if planned or relations:
            activity_update(actor=actor, activity=obj, **relations, **planned)
        if any(name in changes for name in OUTCOME_FIELDS):
            outcomes = {name: changes.get(name, getattr(obj, name)) for name in OUTCOME_FIELDS}
            activity_outcomes_record(actor=actor, activity=obj, **outcomes)


@admin.register(Registration)
class RegistrationAdmin(ServiceAdmin):
    list_display = ["person", "activity", "answer", "state", "created_at"]
    list_filter = ["state", "answer"]
    list_select_related = ["person", "activity"]
    search_fields = ["person__email", "person__full_name", "person__full_name_latin"]
    date_hierarchy = "created_at"


@admin.register(Attendance)
class AttendanceAdmin(ServiceAdmin):
    list_display = ["activity", "person", "guest", "role", "recorded_at"]
    list_filter = ["role"]
    list_select_related = ["activity", "person", "guest"]
    search_fields = ["person__full_name", "guest__full_name"]
    date_hierarchy = "recorded_at"
