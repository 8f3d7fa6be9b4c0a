"""Importing an attendance list from a spreadsheet: upload, review, confirm.

Between the upload and the confirmation the parsed rows and their matches wait in the
session (at most `MAX_ROWS` small rows); nothing is saved before the convener confirms. What
each row is recorded as is decided by `attendance_import_confirm`, which the API calls too.
"""

from dataclasses import asdict
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from trellis.activities.importing import (
    MAX_BYTES,
    ImportRow,
    RejectedRow,
    RowMatch,
    SpreadsheetError,
    rows_match,
    spreadsheet_read,
)
from trellis.activities.models import Activity
from trellis.activities.selectors import attendance as attendance_reads
from trellis.activities.services import attendance_import as import_services
from trellis.core.permissions import signed_in_person


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
    activity = attendance_reads.access_recorded_activity(
        viewer=request.user, activity_id=activity_id
    )
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


@require_http_methods(["GET", "POST"])
def attendance_import_review(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Each row with its match; the convener changes what is wrong and confirms."""
    activity = attendance_reads.access_recorded_activity(
        viewer=request.user, activity_id=activity_id
    )
    stored = _import_load(request, activity)
    if stored is None:
        messages.info(request, _("Upload an attendance list first."))
        return redirect("activities:attendance_import", activity_id=activity.pk)
    if request.method == "POST" and "cancel" in request.POST:
        del request.session[_session_key(activity)]
        messages.info(request, _("The import was cancelled; nothing was saved."))
        return redirect("activities:attendance", activity_id=activity.pk)
    matches: list[RowMatch] = stored["matches"]
    choices = {
        match.row.number: request.POST[f"row-{match.row.number}"]
        for match in matches
        if request.method == "POST" and f"row-{match.row.number}" in request.POST
    }
    errors: list[str] = []
    if request.method == "POST":
        try:
            outcome = import_services.attendance_import_confirm(
                actor=signed_in_person(request), activity=activity, matches=matches, choices=choices
            )
        except ValidationError as error:
            errors = error.messages
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
    review = attendance_reads.import_review(
        viewer=request.user, activity=activity, matches=matches, choices=choices
    )
    return render(
        request,
        "activities/attendance/review.html",
        {
            "activity": activity,
            "file": stored["file"],
            "columns": stored["columns"],
            "review": review.rows,
            "rejected": stored["rejected"],
            "errors": errors,
            "counts": review.counts,
        },
    )


urlpatterns: list[URLPattern] = [
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
