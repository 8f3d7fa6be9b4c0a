"""Roles as data, and who holds them."""

from typing import Any

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _

from trellis.communities.models import Role, RoleAssignment
from trellis.communities.services import role_assign, role_end
from trellis.core.service_admin import ServiceAdmin


@admin.register(Role)
class RoleAdmin(ServiceAdmin):
    list_display = ["__str__", "code", "kind", "network_scope_only", "position"]
    list_filter = ["kind", "network_scope_only"]


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(ServiceAdmin):
    list_display = ["person", "role", "community", "starts_on", "ends_on", "assigned_by"]
    list_filter = ["role", "community"]
    list_select_related = ["person", "role", "community", "assigned_by"]
    search_fields = ["person__email", "person__full_name", "person__full_name_latin"]
    raw_id_fields = ["person"]
    creation_fields = ("role", "person", "community", "starts_on", "ends_on")
    # A role ends; its holder, its community and its start stay as the history recorded them.
    service_fields = ("ends_on",)

    def service_create(self, request: HttpRequest, data: dict[str, Any]) -> RoleAssignment:
        return role_assign(
            actor=request.user,  # type: ignore[arg-type]
            person=data["person"],
            role=data["role"],
            community=data.get("community"),
            starts_on=data.get("starts_on"),
            ends_on=data.get("ends_on"),
        )

    def service_update(
        self, request: HttpRequest, obj: RoleAssignment, changes: dict[str, Any]
    ) -> None:
        if changes["ends_on"] is None:
            raise ValidationError(_("An ended role is not reopened here: assign it again."))
        role_end(actor=request.user, assignment=obj, ends_on=changes["ends_on"])  # type: ignore[arg-type]
