from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import AccessToken, ExpertiseTopic, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
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


@admin.register(ExpertiseTopic)
class ExpertiseTopicAdmin(admin.ModelAdmin):
    list_display = ["slug", "__str__"]
    search_fields = ["slug"]


@admin.register(AccessToken)
class AccessTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "person", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["prefix", "token_hash", "last_used_at"]
    raw_id_fields = ["person"]
    search_fields = ["name", "person__email"]
