from typing import cast

from django.contrib import admin
from django.http import HttpRequest

from trellis.core.service_admin import ServiceAdmin
from trellis.participation.models import Contribution, ContributionQuerySet


@admin.register(Contribution)
class ContributionAdmin(ServiceAdmin):
    """The log is written by the services of each act, never by hand. Like every reader of
    the log, the list shows only what stands; withdrawn acts stay in the table for history."""

    list_display = ["occurred_at", "person", "kind", "community"]
    list_filter = ["kind", "community"]
    list_select_related = ["person", "community"]
    search_fields = ["person__email", "person__full_name"]
    date_hierarchy = "occurred_at"

    def get_queryset(self, request: HttpRequest) -> ContributionQuerySet:
        return cast(ContributionQuerySet, super().get_queryset(request)).standing()
