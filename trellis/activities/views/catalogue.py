"""The catalogue of activity types, filterable by technology orientation and format."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from trellis.activities import permissions, selectors
from trellis.activities.forms import ActivityTypeForm
from trellis.activities.models import ActivityFormat, Orientation
from trellis.activities.services.planning import activity_type_create
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person


@require_safe
def catalogue(request: HttpRequest) -> HttpResponse:
    """Which activities build relationships? The catalogue answers, filtered by orientation."""
    orientation = request.GET.get("orientation", "")
    activity_format = request.GET.get("format", "")
    orientation = orientation if orientation in Orientation.values else ""
    activity_format = activity_format if activity_format in ActivityFormat.values else ""
    return render(
        request,
        "activities/catalogue.html",
        {
            "types": selectors.activity_type_list(
                orientation=orientation or None, activity_format=activity_format or None
            ),
            "orientation": orientation,
            "activity_format": activity_format,
            "orientations": Orientation.choices,
            "orientation_labels": dict(Orientation.choices),
            "formats": ActivityFormat.choices,
            "format_labels": dict(ActivityFormat.choices),
            "can_add": permissions.can_add_activity_type(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def activity_type_new(request: HttpRequest) -> HttpResponse:
    require(request.user, permissions.can_add_activity_type(request.user))
    form = ActivityTypeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            activity_type_create(actor=signed_in_person(request), **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The activity type has been added to the catalogue."))
            return redirect("activities:catalogue")
    return render(request, "activities/type_form.html", {"form": form})


urlpatterns: list[URLPattern] = [
    path("activities/types/", catalogue, name="catalogue"),
    path("activities/types/new/", activity_type_new, name="type_create"),
]
