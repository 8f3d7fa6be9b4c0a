"""A document's files, translations and review through the API.

Downloads go through the same view as the page's download link: the same check, the same
headers (attachment, stored content type, nosniff), the same record of who downloaded.
"""

from django.http import HttpRequest
from django.http.response import HttpResponseBase
from ninja import File, Form, Router
from ninja.files import UploadedFile
from ninja.responses import Status

from trellis.core.api_schemas import PathId, error_responses
from trellis.core.permissions import signed_in_person
from trellis.library.api.schemas import (
    DocumentOut,
    DocumentReviewIn,
    DocumentVersionOut,
    TranslationLinkIn,
)
from trellis.library.models import Document, DocumentVersion
from trellis.library.selectors import access_document, document_translations, document_versions
from trellis.library.services import (
    document_review,
    document_submit_for_review,
    document_translation_link,
    document_version_add,
)
from trellis.library.views.downloads import document_download

router = Router(tags=["library"])


@router.get(
    "/documents/{document_id}/versions",
    response={200: list[DocumentVersionOut], **error_responses(404, 422)},
)
def document_version_list(request: HttpRequest, document_id: PathId) -> list[DocumentVersion]:
    """Every version, newest first; each stays downloadable."""
    document = access_document(viewer=request.user, document_id=document_id)
    return list(document_versions(document=document))


@router.post(
    "/documents/{document_id}/versions",
    response={201: DocumentVersionOut, **error_responses(403, 404, 413, 422)},
)
def document_version_upload(
    request: HttpRequest,
    document_id: PathId,
    file: File[UploadedFile],
    note: Form[str] = "",
) -> Status[DocumentVersion]:
    """Upload a new file (multipart, field `file`, optional `note`): it becomes current."""
    document = access_document(viewer=request.user, document_id=document_id)
    version = document_version_add(
        actor=signed_in_person(request), document=document, file=file, note=note[:300]
    )
    return Status(201, version)


@router.get(
    "/documents/{document_id}/download",
    response={200: None, 302: None, **error_responses(404, 422)},
    summary="Download a document's current file (or follow its link)",
)
def document_download_api(request: HttpRequest, document_id: PathId) -> HttpResponseBase:
    return document_download(request, document_id)


@router.post(
    "/documents/{document_id}/translations",
    response={200: list[DocumentOut], **error_responses(403, 404, 409, 422)},
)
def document_translation_add(
    request: HttpRequest, document_id: PathId, payload: TranslationLinkIn
) -> list[Document]:
    """Link another document as a translation of this one; answers the translations now linked."""
    document = access_document(viewer=request.user, document_id=document_id)
    other = access_document(viewer=request.user, document_id=payload.document)
    document_translation_link(actor=signed_in_person(request), document=document, other=other)
    return [
        access_document(viewer=request.user, document_id=translation.pk)
        for translation in document_translations(viewer=request.user, document=document)
    ]


@router.post(
    "/documents/{document_id}/submit",
    response={200: DocumentOut, **error_responses(403, 404, 409, 422)},
)
def document_submit(request: HttpRequest, document_id: PathId) -> Document:
    """Send a draft for review by the community's conveners and keepers."""
    document = access_document(viewer=request.user, document_id=document_id)
    document_submit_for_review(actor=signed_in_person(request), document=document)
    return access_document(viewer=request.user, document_id=document_id)


@router.post(
    "/documents/{document_id}/review",
    response={200: DocumentOut, **error_responses(403, 404, 409, 422)},
)
def document_review_api(
    request: HttpRequest, document_id: PathId, payload: DocumentReviewIn
) -> Document:
    """Publish a document in review, or send it back as a draft with a note."""
    document = access_document(viewer=request.user, document_id=document_id)
    document_review(
        actor=signed_in_person(request),
        document=document,
        publish=payload.publish,
        note=payload.note,
    )
    return access_document(viewer=request.user, document_id=document_id)
