from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import AccessToken, ExpertiseTopic, User
from trellis.accounts.search_source import KIND as PERSON_KIND
from trellis.core.service_admin import ServiceAdmin
from trellis.search.indexing import search_index_later

PROFILE_FIELDS = (
    "full_name",
    "full_name_latin",
    "country",
    "organisation",
    "position",
    "languages",
    "expertise",
    "bio",
    "photo",
    "profile_visibility",
    "email_visibility",
    "preferred_language",
)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """The operator's page for accounts: sign-in address, password, access and activity.

    A profile is its person's to change (`profile_update`), so it is shown read-only here;
    a person leaves by being made inactive, not deleted, so that their contributions, the
    communities' counts and the audit trail keep their history. No bulk actions.
    """

    actions = None
    ordering = ["full_name"]
    list_display = ["full_name", "full_name_latin", "email", "country", "organisation", "is_staff"]
    list_filter = ["is_staff", "is_active", "country", "profile_visibility"]
    search_fields = ["email", "full_name", "full_name_latin", "organisation"]
    filter_horizontal = ["expertise", "groups", "user_permissions"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            _("Profile"),
            {
                "fields": [
                    "full_name",
                    "full_name_latin",
                    "country",
                    "organisation",
                    "position",
                    "languages",
                    "expertise",
                    "bio",
                    "photo",
                ]
            },
        ),
        (
            _("Privacy and language"),
            {"fields": ["profile_visibility", "email_visibility", "preferred_language"]},
        ),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})
    ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ()
        return [*PROFILE_FIELDS, "last_login", "date_joined"]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        """Saved, then reindexed: made inactive here, a person leaves the search at once."""
        super().save_model(request, obj, form, change)
        search_index_later(kind=PERSON_KIND, ids=[obj.pk])


@admin.register(ExpertiseTopic)
class ExpertiseTopicAdmin(ServiceAdmin):
    list_display = ["__str__", "slug"]
    search_fields = ["slug", "name"]


@admin.register(AccessToken)
class AccessTokenAdmin(ServiceAdmin):
    """Tokens are made and revoked by their holders (`access_token_create`, `_revoke`)."""

    list_display = ["name", "person", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_select_related = ["person"]
    exclude = ["token_hash"]
    search_fields = ["name", "person__email"]
