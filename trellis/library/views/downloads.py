"""Downloads: files reach people only through here, after the same check as the page.

The library's storage has no URL. A file is sent as an attachment (images inline) with the
content type found when it was uploaded, never sniffed, under a name made from the document's
title; a link document redirects to its link after the same check. Each download is recorded.
"""

from django.http import FileResponse, Http404, HttpRequest, HttpResponseRedirect
from django.http.response import HttpResponseBase
from django.urls import URLPattern, path
from django.views.decorators.http import require_safe

from trellis.library.files import IMAGE_CONTENT_TYPES
from trellis.library.models import Document, DocumentVersion
from trellis.library.selectors import access_document, access_document_version
from trellis.library.services import document_download_record


def download_filename(document: Document, version: DocumentVersion) -> str:
    """The title as a file name: no path separators, quotes or control characters; Django
    writes it RFC 5987-encoded when it is not ASCII (a Cyrillic title)."""
    cleaned = "".join(
        ch if ch.isprintable() and ch not in '\\/:*?"<>|;' else " " for ch in document.title
    )
    stem = " ".join(cleaned.split())[:120].strip(" .") or "document"
    if version.number != (document.current_version.number if document.current_version else 0):
        stem = f"{stem} (v{version.number})"
    return f"{stem}{version.extension}"


def _send(request: HttpRequest, document: Document, version: DocumentVersion) -> FileResponse:
    try:
        handle = version.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    if request.method == "GET":
        document_download_record(viewer=request.user, document=document, version=version)
    content_type = version.content_type
    response = FileResponse(
        handle,
        as_attachment=content_type not in IMAGE_CONTENT_TYPES,
        filename=download_filename(document, version),
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def document_download(request: HttpRequest, document_id: int) -> HttpResponseBase:
    document = access_document(viewer=request.user, document_id=document_id)
    if document.link:
        if request.method == "GET":
            document_download_record(viewer=request.user, document=document)
        return HttpResponseRedirect(document.link)
    if document.current_version is None:
        raise Http404
    return _send(request, document, document.current_version)


@require_safe
def document_version_download(
    request: HttpRequest, document_id: int, number: int
) -> HttpResponseBase:
    version = access_document_version(viewer=request.user, document_id=document_id, number=number)
    return _send(request, version.document, version)


urlpatterns: list[URLPattern] = [
    path("documents/<int:document_id>/download/", document_download, name="document_download"),
    path(
        "documents/<int:document_id>/versions/<int:number>/download/",
        document_version_download,
        name="document_version_download",
    ),
]
