"""Attendance pages: the check-in list of an activity or session, walk-ins, and importing a
list from a spreadsheet (upload, review, confirm).

Between the upload and the confirmation the parsed rows and their matches wait in the
session (at most `MAX_ROWS` small rows); nothing is saved before the convener confirms.
"""

from dataclasses import asdict
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_countries import countries

from trellis.accounts.selectors import person_list
from trellis.activities import permissions, selectors
from trellis.activities.importing import (
    MAX_BYTES,
    ImportRow,
    MatchHow,
    RejectedRow,
    RowMatch,
    SpreadsheetError,
    rows_match,
    spreadsheet_read,
)
from trellis.activities.models import Activity, AttendanceRole
from trellis.activities.selectors import attendance as attendance_reads
from trellis.activities.services import attendance as services
from trellis.communities.models import TransactionalParticipant
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person

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


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Attendance list"),
        help_text=gettext_lazy(
            "An XLSX workbook or a CSV file (UTF-8 or Windows-1251, commas or semicolons) "
            "with a header row: name, and any of email, country, organisation, role."
        ),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise ValidationError(
                _("The file is larger than %(limit)s MB.") % {"limit": MAX_BYTES // (1024 * 1024)}
            )
        return upload


def _recorded_activity(request: HttpRequest, activity_id: int) -> Activity:
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    require(request.user, permissions.can_record_attendance(request.user, activity))
    return activity


def _sessions(activity: Activity) -> list[Activity]:
    """The activity and its sessions, for the session switcher; [] without sessions."""
    root = activity.parent if activity.parent is not None else activity
    sessions = list(root.sessions.order_by("starts_at", "id"))
    return [root, *sessions] if sessions else []


def _page(
    request: HttpRequest, activity: Activity, *, guest_form: GuestForm | None = None
) -> HttpResponse:
    rows = attendance_reads.checkin_list(viewer=request.user, activity=activity)
    search = (request.GET.get("q") or "").strip()[:100]
    found: list[Any] = []
    if search:
        listed = {row.person.pk for row in rows if row.person is not None}
        found = [
            person
            for person in person_list(viewer=request.user, search=search)[: SEARCH_RESULTS * 2]
            if person.pk not in listed
        ][:SEARCH_RESULTS]
    sessions = _sessions(activity)
    return render(
        request,
        "activities/attendance/page.html",
        {
            "activity": activity,
            "rows": rows,
            "present": sum(1 for row in rows if row.attended),
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
    return _page(request, _recorded_activity(request, activity_id))


@require_POST
def attendance_mark(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Tick or untick one person; htmx gets back just the updated row."""
    activity = _recorded_activity(request, activity_id)
    form = MarkForm(request.POST)
    if not form.is_valid() or bool(form.cleaned_data["person"]) == bool(form.cleaned_data["guest"]):
        raise Http404
    person = guest = None
    if form.cleaned_data["person"]:
        person = get_object_or_404(get_user_model(), pk=form.cleaned_data["person"])
    else:
        guest = get_object_or_404(TransactionalParticipant, pk=form.cleaned_data["guest"])
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
    activity = _recorded_activity(request, activity_id)
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


def _session_key(activity: Activity) -> str:
    return f"attendance-import-{activity.pk}"


def _import_store(
    request: HttpRequest, activity: Activity, *, name: str, matches: list[RowMatch], sheet: Any
) -> None:
    request.session[_session_key(activity)] = {
        "file": name[:200],
        "columns": sheet.columns,
        "matches": [
            {
                "row": asdict(match.row),
                "how": match.how,
                "person_id": match.person_id,
                "candidate_ids": list(match.candidate_ids),
            }
            for match in matches
        ],
        "rejected": [asdict(rejected) for rejected in sheet.rejected],
    }


def _import_load(request: HttpRequest, activity: Activity) -> dict[str, Any] | None:
    stored = request.session.get(_session_key(activity))
    if not isinstance(stored, dict):
        return None
    return {
        "file": stored["file"],
        "columns": stored["columns"],
        "matches": [
            RowMatch(
                row=ImportRow(**{**item["row"], "notes": tuple(item["row"]["notes"])}),
                how=item["how"],
                person_id=item["person_id"],
                candidate_ids=tuple(item["candidate_ids"]),
            )
            for item in stored["matches"]
        ],
        "rejected": [RejectedRow(**item) for item in stored["rejected"]],
    }


@require_http_methods(["GET", "POST"])
def attendance_import(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Upload a spreadsheet; it is read and matched, then shown for review."""
    activity = _recorded_activity(request, activity_id)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            sheet = spreadsheet_read(upload.read())
        except SpreadsheetError as error:
            form.add_error("file", error)
        else:
            matches = rows_match(sheet.rows)
            _import_store(request, activity, name=upload.name, matches=matches, sheet=sheet)
            return redirect("activities:attendance_import_review", activity_id=activity.pk)
    return render(
        request,
        "activities/attendance/import.html",
        {"activity": activity, "form": form},
    )


def _person_label(person: Any) -> str:
    label = person.full_name
    if person.full_name_latin and person.full_name_latin != person.full_name:
        label += f" / {person.full_name_latin}"
    if person.country:
        label += f" ({person.country.code})"
    if person.organisation:
        label += f", {person.organisation}"
    return label


def _default_choice(match: RowMatch) -> str:
    if match.person_id is not None:
        return f"person:{match.person_id}"
    return "guest" if match.how == MatchHow.GUEST else "skip"


@require_http_methods(["GET", "POST"])
def attendance_import_review(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Each row with its match; the convener changes what is wrong and confirms."""
    activity = _recorded_activity(request, activity_id)
    stored = _import_load(request, activity)
    if stored is None:
        messages.info(request, _("Upload an attendance list first."))
        return redirect("activities:attendance_import", activity_id=activity.pk)
    if request.method == "POST" and "cancel" in request.POST:
        del request.session[_session_key(activity)]
        messages.info(request, _("The import was cancelled; nothing was saved."))
        return redirect("activities:attendance", activity_id=activity.pk)
    matches: list[RowMatch] = stored["matches"]
    ids = {pk for match in matches for pk in (*match.candidate_ids, match.person_id) if pk}
    people = get_user_model().objects.in_bulk(list(ids))
    choices = {
        match.row.number: request.POST.get(f"row-{match.row.number}", _default_choice(match))
        if request.method == "POST"
        else _default_choice(match)
        for match in matches
    }
    errors: list[str] = []
    if request.method == "POST":
        decisions = []
        for match in matches:
            choice = choices[match.row.number]
            allowed = {match.person_id, *match.candidate_ids} - {None}
            if choice == "skip":
                continue
            if choice == "guest":
                decisions.append(services.ImportDecision(row=match.row, person_id=None))
                continue
            person_id = choice.removeprefix("person:")
            if not person_id.isdigit() or int(person_id) not in allowed:
                errors.append(
                    _("Row %(number)s: choose one of the people offered.")
                    % {"number": match.row.number}
                )
                continue
            decisions.append(services.ImportDecision(row=match.row, person_id=int(person_id)))
        if not errors:
            try:
                outcome = services.attendance_import(
                    actor=signed_in_person(request), activity=activity, decisions=decisions
                )
            except ValidationError as error:
                errors.extend(error.messages)
            else:
                del request.session[_session_key(activity)]
                messages.success(
                    request,
                    _(
                        "Attendance imported: %(marked)s newly recorded, %(changed)s with a "
                        "new role, %(already)s already recorded, %(guests)s new guests."
                    )
                    % {
                        "marked": outcome.marked,
                        "changed": outcome.role_changed,
                        "already": outcome.already_recorded,
                        "guests": outcome.guests_created,
                    },
                )
                return redirect("activities:attendance", activity_id=activity.pk)
    review = [
        {
            "match": match,
            "person": people.get(match.person_id) if match.person_id else None,
            "options": [
                (f"person:{pk}", _person_label(people[pk]))
                for pk in dict.fromkeys([match.person_id, *match.candidate_ids])
                if pk in people
            ],
            "choice": choices[match.row.number],
        }
        for match in matches
    ]
    return render(
        request,
        "activities/attendance/review.html",
        {
            "activity": activity,
            "file": stored["file"],
            "columns": stored["columns"],
            "review": review,
            "rejected": stored["rejected"],
            "errors": errors,
            "counts": {
                how: sum(1 for match in matches if match.how == how)
                for how in (MatchHow.EMAIL, MatchHow.NAME, MatchHow.AMBIGUOUS, MatchHow.GUEST)
            },
        },
    )


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
    path(
        "activities/<int:activity_id>/attendance/import/",
        attendance_import,
        name="attendance_import",
    ),
    path(
        "activities/<int:activity_id>/attendance/import/review/",
        attendance_import_review,
        name="attendance_import_review",
    ),
]
