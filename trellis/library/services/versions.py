"""Files of documents: checking and storing an upload as a numbered version."""

from typing import IO, TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from trellis.communities.services import audit_record
from trellis.core.permissions import require
from trellis.library.extraction import has_readable_text
from trellis.library.files import upload_check
from trellis.library.models import Document, DocumentVersion, ExtractionState
from trellis.library.permissions import EDIT_DOCUMENT_REASON, can_edit_document
from trellis.library.tasks import document_version_extract
from trellis.search.indexing import search_index_later

if TYPE_CHECKING:
    from trellis.accounts.models import User


def _original_name(file: IO[bytes]) -> str:
    """The uploader's file name, kept only to show; never used to store or serve the file."""
    name = str(getattr(file, "name", "") or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:255] or _("document")


def version_store(
    *, document: Document, file: IO[bytes], actor: "User", note: str = ""
) -> DocumentVersion:
    """Check the upload by its content and store it as the document's next (current) version.

    Runs inside the caller's transaction, the document row locked so two uploads at once get
    two numbers."""
    try:
        checked = upload_check(file)
    except ValidationError as refused:
        raise ValidationError({"file": refused.error_list}) from refused
    Document.objects.select_for_update().filter(pk=document.pk).first()
    last = document.versions.aggregate(last=Max("number"))["last"] or 0
    version = DocumentVersion(
        document=document,
        number=last + 1,
        original_name=_original_name(file),
        extension=checked.extension,
        content_type=checked.content_type,
        size=checked.size,
        sha256=checked.sha256,
        note=note.strip()[:300],
        uploaded_by=actor,
        extraction_state=(
            ExtractionState.PENDING
            if has_readable_text(checked.extension)
            else ExtractionState.NONE
        ),
    )
    version.file.save(f"upload{checked.extension}", File(file), save=False)
    version.save()
    document.current_version = version
    document.save(update_fields=["current_version", "updated_at"])
    _after_version_upload(version)
    return version


def _after_version_upload(version: DocumentVersion) -> None:
    """The one place a new version is handed to text extraction, after commit so the worker
    finds the row."""
    if version.extraction_state != ExtractionState.PENDING:
        return
    version_id = version.pk
    transaction.on_commit(lambda: document_version_extract.enqueue(version_id=version_id))


def document_version_add(
    *, actor: "User", document: Document, file: IO[bytes], note: str = ""
) -> DocumentVersion:
    """Upload a new file for a document: it becomes the current version, earlier ones stay."""
    require(actor, can_edit_document(actor, document), reason=EDIT_DOCUMENT_REASON)
    if document.link:
        raise ValidationError(
            {"file": _("This document is a link: it has no files to add versions to.")}
        )
    with transaction.atomic():
        version = version_store(document=document, file=file, actor=actor, note=note)
        if actor.pk != document.created_by_id and not any(
            author.person_id == actor.pk for author in document.authors.all()
        ):
            audit_record(
                actor=actor,
                community=document.community,
                action="document.version_added",
                subject=document.title,
                document=document.pk,
            )
        search_index_later(kind="document", ids=[document.pk])
    return version
