"""Memberships with their history, invitations, and people without an account."""

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from trellis.communities.models import (
    Invitation,
    Membership,
    MembershipEvent,
    MembershipState,
    TransactionalParticipant,
)
from trellis.communities.services import (
    invitation_create,
    membership_decide,
    membership_level_set,
    membership_remove,
)
from trellis.core.service_admin import ReadOnlyInline, ServiceAdmin

# The state changes a convener decides, and the service that makes each.
DECISIONS = {
    (MembershipState.PENDING, MembershipState.ACTIVE): "approve",
    (MembershipState.PENDING, MembershipState.DECLINED): "decline",
    (MembershipState.ACTIVE, MembershipState.LEFT): "remove",
}


class MembershipEventInline(ReadOnlyInline):
    model = MembershipEvent
    fields = ["kind", "level", "actor", "occurred_at"]


class MembershipAdminForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Membership
        fields = ["state", "declared_level"]

    def clean_state(self) -> str:
        state: str = self.cleaned_data["state"]
        if state != self.instance.state and (self.instance.state, state) not in DECISIONS:
            raise ValidationError(
                _(
                    "A convener approves or declines a request to join, or removes a member; "
                    "joining, leaving and rejoining are the person's own."
                )
            )
        return state


@admin.register(Membership)
class MembershipAdmin(ServiceAdmin):
    form = MembershipAdminForm
    list_display = ["person", "community", "state", "declared_level", "joined_at", "created_at"]
    list_filter = ["state", "declared_level", "community"]
    list_select_related = ["person", "community"]
    search_fields = ["person__email", "person__full_name", "person__full_name_latin"]
    date_hierarchy = "created_at"
    inlines = [MembershipEventInline]
    service_fields = ("state", "declared_level")

    def service_update(
        self, request: HttpRequest, obj: Membership, changes: dict[str, Any]
    ) -> None:
        actor: Any = request.user
        if "state" in changes:
            decision = DECISIONS[(obj.state, changes["state"])]  # type: ignore[index]
            if decision == "remove":
                membership_remove(actor=actor, membership=obj)
            else:
                membership_decide(actor=actor, membership=obj, approve=decision == "approve")
        if "declared_level" in changes:
            membership_level_set(actor=actor, membership=obj, level=changes["declared_level"])


@admin.register(Invitation)
class InvitationAdmin(ServiceAdmin):
    list_display = ["email", "community", "invited_by", "created_at", "accepted_at", "expires_at"]
    list_filter = ["community"]
    list_select_related = ["community", "invited_by"]
    search_fields = ["email"]
    exclude = ["token"]
    creation_fields = ("community", "email", "message")

    def service_create(self, request: HttpRequest, data: dict[str, Any]) -> Invitation:
        return invitation_create(
            actor=request.user,  # type: ignore[arg-type]
            community=data["community"],
            email=data["email"],
            message=data.get("message", ""),
        )


@admin.register(TransactionalParticipant)
class TransactionalParticipantAdmin(ServiceAdmin):
    list_display = ["full_name", "organisation", "country", "email", "community", "person"]
    list_filter = ["country", "community"]
    list_select_related = ["community", "person"]
    search_fields = ["full_name", "email", "organisation"]
