"""Registration pages: answering yes, maybe or no, cancelling, and the conveners' list.

Answering is an htmx request from the registration box on the activity page: the answer comes
back as the box alone. Without JavaScript the same form posts normally and lands back on the
activity page with a message.
"""

import csv

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_countries import countries

from trellis.activities import permissions, selectors
from trellis.activities.models import Activity, Registration, RegistrationAnswer, RegistrationState
from trellis.activities.selectors import registration as registration_reads
from trellis.activities.services import registration as services
from trellis.core.errors import TrellisError
from trellis.core.permissions import signed_in_person


def _detail_url(activity: Activity) -> str:
    return reverse("activities:detail", args=[activity.pk])


def _error_text(error: TrellisError | ValidationError) -> str:
    if isinstance(error, TrellisError):
        return str(error.message)
    return " ".join(str(message) for message in error.messages)


def _notice(registration: Registration) -> str:
    if registration.state == RegistrationState.CANCELLED:
        return _("Your registration has been cancelled.")
    if registration.state == RegistrationState.WAITLISTED:
        return _("All places are taken: you are on the waiting list, number %(position)s.") % {
            "position": registration_reads.waitlist_position(registration)
        }
    if registration.answer == RegistrationAnswer.YES:
        return _("You are registered. A confirmation is on its way by email.")
    if registration.answer == RegistrationAnswer.MAYBE:
        return _("Your answer is saved: maybe.")
    return _("Your answer is saved: you cannot come.")


def _box_or_redirect(
    request: HttpRequest, activity: Activity, *, notice: str = "", error: str = ""
) -> HttpResponse:
    """htmx gets the updated box; a plain form post goes back to the activity page."""
    if request.headers.get("HX-Request") == "true":
        return render(
            request,
            "activities/registration/box.html",
            {
                "activity": activity,
                "registration": selectors.registration_get(person=request.user, activity=activity),
                "can_register": permissions.can_register(request.user, activity),
                "notice": notice,
                "error": error,
            },
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(request, notice)
    return redirect(_detail_url(activity))


@require_POST
def registration_answer(request: HttpRequest, activity_id: int) -> HttpResponse:
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    person = signed_in_person(request)
    try:
        registration = services.registration_answer(
            person=person, activity=activity, answer=request.POST.get("answer", "")
        )
    except (TrellisError, ValidationError) as error:
        return _box_or_redirect(request, activity, error=_error_text(error))
    return _box_or_redirect(request, activity, notice=_notice(registration))


@require_POST
def registration_cancel(request: HttpRequest, activity_id: int) -> HttpResponse:
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    person = signed_in_person(request)
    try:
        registration = services.registration_cancel(person=person, activity=activity)
    except TrellisError as error:
        return _box_or_redirect(request, activity, error=_error_text(error))
    return _box_or_redirect(request, activity, notice=_notice(registration))


@require_GET
def registration_list(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Who is coming, for those who run the activity: confirmed, maybe, waiting list, no."""
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    overview = registration_reads.registration_overview(viewer=request.user, activity=activity)
    return render(
        request,
        "activities/registration/list.html",
        {
            "activity": activity,
            "overview": overview,
            "status": registration_reads.registration_status(activity=activity, registration=None),
        },
    )


def _csv_cell(value: str) -> str:
    # A cell starting with one of these runs as a formula in spreadsheet programs.
    return "'" + value if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


@require_GET
def registration_export(request: HttpRequest, activity_id: int) -> HttpResponse:
    """The confirmed registrants as CSV (UTF-8 with a byte-order mark, for spreadsheets)."""
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    overview = registration_reads.registration_overview(viewer=request.user, activity=activity)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="activity-{activity.pk}-registrations.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [_("Name"), _("Name in Latin script"), _("Country"), _("Organisation"), _("Email")]
    )
    for registration in overview.confirmed:
        person = registration.person
        writer.writerow(
            [
                _csv_cell(value)
                for value in (
                    person.full_name,
                    person.full_name_latin,
                    str(countries.name(str(person.country))) if person.country else "",
                    person.organisation,
                    person.email,
                )
            ]
        )
    return response


urlpatterns: list[URLPattern] = [
    path(
        "activities/<int:activity_id>/registration/",
        registration_answer,
        name="registration_answer",
    ),
    path(
        "activities/<int:activity_id>/registration/cancel/",
        registration_cancel,
        name="registration_cancel",
    ),
    path(
        "activities/<int:activity_id>/registrations/",
        registration_list,
        name="registration_list",
    ),
    path(
        "activities/<int:activity_id>/registrations.csv",
        registration_export,
        name="registration_export",
    ),
]
