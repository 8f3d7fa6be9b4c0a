from django.contrib import admin

from trellis.participation.models import Contribution


@admin.register(Contribution)
class ContributionAdmin(admin.ModelAdmin):
    list_display = ["occurred_at", "person", "kind", "community"]
    list_filter = ["kind", "community"]
    search_fields = ["person__email", "person__full_name"]
    date_hierarchy = "occurred_at"
    raw_id_fields = ["person"]
    readonly_fields = ["target_type", "target_id"]
