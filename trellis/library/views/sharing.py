"""Sharing a document, adding a version, linking a translation, and the review."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person
from trellis.library.forms import DocumentForm, ReviewForm, TranslationLinkForm, VersionForm
from trellis.library.models import Document
from trellis.library.permissions import (
    EDIT_DOCUMENT_REASON,
    LINK_TRANSLATION_REASON,
    REVIEW_DOCUMENT_REASON,
    SHARE_DOCUMENT_REASON,
    can_edit_document,
    can_review_document,
    can_share_document,
)
from trellis.library.selectors import access_document, document_share_community_list
from trellis.library.services import (
    document_create,
    document_review,
    document_submit_for_review,
    document_translation_link,
    document_version_add,
)


def _detail(document: Document) -> str:
    return reverse("library:document_detail", args=[document.pk])


def _submitted(request: HttpRequest) -> tuple[Any, Any]:
    """The form's data when the page was submitted, even empty (then it says what is missing)."""
    if request.method == "POST":
        return request.POST, request.FILES
    return None, None


def _number(value: str | None) -> int:
    """A positive id from the address, or 0 for anything else."""
    return int(value) if value and value.isdigit() and len(value) < 12 else 0


FILE_LOST_MESSAGE = gettext_lazy(
    "For your safety the browser does not keep a chosen file: choose it again."
)


def _file_lost_notice(request: HttpRequest, form: DocumentForm | VersionForm) -> None:
    if request.FILES:
        form.add_error(None, FILE_LOST_MESSAGE)


def _typed(request: HttpRequest) -> dict[str, Any]:
    """What was typed in the share form, as its initial values."""
    many = {"topics", "countries"}
    return {
        name: request.POST.getlist(name) if name in many else request.POST.get(name)
        for name in request.POST
        if name in DocumentForm.base_fields
    }


@require_http_methods(["GET", "POST"])
def document_share(request: HttpRequest) -> HttpResponse:
    actor = signed_in_person(request)
    require(actor, can_share_document(actor, None), reason=SHARE_DOCUMENT_REASON)
    communities = document_share_community_list(viewer=actor)
    initial: dict[str, Any] = {"language": (request.LANGUAGE_CODE or "en").split("-")[0]}
    chosen = communities.filter(pk=_number(request.GET.get("community"))).first()
    if chosen is not None:
        initial["community"] = chosen.pk
    # From an agenda item's page: the item (and its community) chosen already.
    if item_id := _number(request.GET.get("agenda_item")):
        initial["agenda_item"] = item_id
    if request.method == "POST" and "list_activities" in request.POST:
        # Shown again, not yet checked, with the chosen community's activities: nothing is
        # shared and nothing typed is lost (but a chosen file, which no browser keeps).
        form = DocumentForm(communities=communities, initial={**initial, **_typed(request)})
        if request.FILES:
            messages.warning(request, FILE_LOST_MESSAGE)
        return render(request, "library/share.html", {"form": form})
    form = DocumentForm(*_submitted(request), communities=communities, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            try:
                document = document_create(actor=actor, **form.service_arguments())
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(
                    request,
                    _("Your document is shared as a draft. Send it for review to publish it."),
                )
                return redirect(_detail(document))
        _file_lost_notice(request, form)
    return render(request, "library/share.html", {"form": form})


@require_http_methods(["GET", "POST"])
def document_version_new(request: HttpRequest, document_id: int) -> HttpResponse:
    actor = signed_in_person(request)
    document = access_document(viewer=actor, document_id=document_id)
    require(actor, can_edit_document(actor, document), reason=EDIT_DOCUMENT_REASON)
    if document.link:
        raise Http404
    form = VersionForm(*_submitted(request))
    if request.method == "POST":
        if form.is_valid():
            try:
                document_version_add(actor=actor, document=document, **form.cleaned_data)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("The new version is now the current one."))
                return redirect(_detail(document))
        _file_lost_notice(request, form)
    return render(request, "library/version_form.html", {"document": document, "form": form})


@require_http_methods(["GET", "POST"])
def document_translation_new(request: HttpRequest, document_id: int) -> HttpResponse:
    actor = signed_in_person(request)
    document = access_document(viewer=actor, document_id=document_id)
    require(actor, can_edit_document(actor, document), reason=LINK_TRANSLATION_REASON)
    form = TranslationLinkForm(*_submitted(request)[:1])
    if request.method == "POST" and form.is_valid():
        try:
            other = access_document(viewer=actor, document_id=form.cleaned_data["other"])
        except Http404:
            form.add_error("other", _("There is no document with this number that you can see."))
        else:
            try:
                document_translation_link(actor=actor, document=document, other=other)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("The translation is linked."))
                return redirect(_detail(document))
    return render(request, "library/translation_form.html", {"document": document, "form": form})


@require_POST
def document_submit(request: HttpRequest, document_id: int) -> HttpResponse:
    actor = signed_in_person(request)
    document = access_document(viewer=actor, document_id=document_id)
    document_submit_for_review(actor=actor, document=document)
    messages.success(request, _("The document is waiting for review."))
    return redirect(_detail(document))


@require_http_methods(["GET", "POST"])
def document_review_page(request: HttpRequest, document_id: int) -> HttpResponse:
    actor = signed_in_person(request)
    document = access_document(viewer=actor, document_id=document_id)
    require(actor, can_review_document(actor, document), reason=REVIEW_DOCUMENT_REASON)
    form = ReviewForm(*_submitted(request)[:1])
    if request.method == "POST" and form.is_valid():
        publish = form.cleaned_data["decision"] == "publish"
        try:
            document_review(
                actor=actor, document=document, publish=publish, note=form.cleaned_data["note"]
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                _("The document is published.") if publish else _("The document is sent back."),
            )
            return redirect(_detail(document))
    return render(request, "library/review_form.html", {"document": document, "form": form})


urlpatterns: list[URLPattern] = [
    path("share/", document_share, name="document_share"),
    path(
        "documents/<int:document_id>/versions/new/",
        document_version_new,
        name="document_version_new",
    ),
    path(
        "documents/<int:document_id>/translations/link/",
        document_translation_new,
        name="document_translation_link",
    ),
    path("documents/<int:document_id>/submit/", document_submit, name="document_submit"),
    path("documents/<int:document_id>/review/", document_review_page, name="document_review"),
]
