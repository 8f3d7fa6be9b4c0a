"""Attendance pages: the check-in list of an activity or session, and walk-ins. Importing a
list from a spreadsheet is in `attendance_import`."""

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe
from django_countries import countries

from trellis.accounts.selectors import person_list
from trellis.activities.models import Activity, AttendanceRole
from trellis.activities.selectors import attendance as attendance_reads
from trellis.activities.services import attendance as services
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import signed_in_person

SEARCH_RESULTS = 20


def _country_choices() -> list[tuple[str, str]]:
    return [("", "—"), *((code, str(name)) for code, name in countries)]


class MarkForm(forms.Form):
    person = forms.IntegerField(required=False, min_value=1)
    guest = forms.IntegerField(required=False, min_value=1)
    present = forms.BooleanField(required=False)
    role = forms.ChoiceField(choices=AttendanceRole.choices, initial=AttendanceRole.PARTICIPANT)


class GuestForm(forms.Form):
    full_name = forms.CharField(label=gettext_lazy("Full name"), max_length=200)
    organisation = forms.CharField(
        label=gettext_lazy("Organisation"), max_length=200, required=False
    )
    country = forms.ChoiceField(
        label=gettext_lazy("Country"), choices=_country_choices, required=False
    )
    email = forms.EmailField(label=gettext_lazy("Email address (optional)"), required=False)
    role = forms.ChoiceField(
        label=gettext_lazy("Role"),
        choices=AttendanceRole.choices,
        initial=AttendanceRole.PARTICIPANT,
    )


def _page(
    request: HttpRequest, activity: Activity, *, guest_form: GuestForm | None = None
) -> HttpResponse:
    everyone = attendance_reads.checkin_list(viewer=request.user, activity=activity)
    search = (request.GET.get("q") or "").strip()[:100]
    rows = attendance_reads.checkin_rows_matching(everyone, search=search)
    found: list[Any] = []
    if search:
        listed = {row.person.pk for row in everyone if row.person is not None}
        found = [
            person
            for person in person_list(viewer=request.user, search=search)[: SEARCH_RESULTS * 2]
            if person.pk not in listed
        ][:SEARCH_RESULTS]
    sessions = attendance_reads.checkin_session_list(viewer=request.user, activity=activity)
    return render(
        request,
        "activities/attendance/page.html",
        {
            "activity": activity,
            "rows": rows,
            "present": sum(1 for row in everyone if row.attended),
            "listed": len(everyone),
            "roles": AttendanceRole.choices,
            "sessions": sessions,
            "session_counts": attendance_reads.attendees_count(sessions),
            "search": search,
            "found": found,
            "guest_form": guest_form or GuestForm(),
        },
    )


@require_safe
def attendance_page(request: HttpRequest, activity_id: int) -> HttpResponse:
    return _page(
        request,
        attendance_reads.access_recorded_activity(viewer=request.user, activity_id=activity_id),
    )


@require_POST
def attendance_mark(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Tick or untick one person; htmx gets back just the updated row."""
    activity = attendance_reads.access_recorded_activity(
        viewer=request.user, activity_id=activity_id
    )
    form = MarkForm(request.POST)
    if not form.is_valid() or bool(form.cleaned_data["person"]) == bool(form.cleaned_data["guest"]):
        raise Http404
    person, guest = attendance_reads.attendee_get(
        person_id=form.cleaned_data["person"], guest_id=form.cleaned_data["guest"]
    )
    actor = signed_in_person(request)
    try:
        if form.cleaned_data["present"]:
            services.attendance_mark(
                actor=actor,
                activity=activity,
                person=person,
                guest=guest,
                role=form.cleaned_data["role"],
            )
        else:
            services.attendance_unmark(actor=actor, activity=activity, person=person, guest=guest)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    if request.htmx:  # type: ignore[attr-defined]
        row = attendance_reads.checkin_row(
            viewer=actor, activity=activity, person=person, guest=guest
        )
        context = {
            "activity": activity,
            "row": row,
            "roles": AttendanceRole.choices,
            "present": attendance_reads.attendees_count([activity]).get(activity.pk, 0),
            "oob": True,
        }
        # The row, and the count above the table swapped out of band, so both stay true.
        return HttpResponse(
            render_to_string("activities/attendance/page.html#row", context, request)
            + render_to_string("activities/attendance/page.html#present-count", context, request)
        )
    return redirect("activities:attendance", activity_id=activity.pk)


@require_POST
def attendance_walk_in(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Record someone without an account who was there."""
    activity = attendance_reads.access_recorded_activity(
        viewer=request.user, activity_id=activity_id
    )
    form = GuestForm(request.POST)
    if form.is_valid():
        try:
            attendance = services.attendance_guest_record(
                actor=signed_in_person(request), activity=activity, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                _("%(name)s is recorded as present.")
                % {"name": attendance.person or attendance.guest},
            )
            return redirect("activities:attendance", activity_id=activity.pk)
    return _page(request, activity, guest_form=form)


urlpatterns: list[URLPattern] = [
    path("activities/<int:activity_id>/attendance/", attendance_page, name="attendance"),
    path(
        "activities/<int:activity_id>/attendance/mark/",
        attendance_mark,
        name="attendance_mark",
    ),
    path(
        "activities/<int:activity_id>/attendance/walk-in/",
        attendance_walk_in,
        name="attendance_walk_in",
    ),
]
