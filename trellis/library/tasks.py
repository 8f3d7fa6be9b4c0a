"""Background work for the library: reading the text of uploaded files for search."""

from django.db import transaction
from django.utils.translation import gettext_noop
from django_tasks import task

from trellis.library.extraction import ExtractionError, extract_text, has_readable_text
from trellis.library.models import Document, DocumentVersion, ExtractionState
from trellis.search.indexing import search_index_later

FILE_MISSING_REASON = gettext_noop("The file could not be found in the library's storage.")


@task()
def document_version_extract(*, version_id: int) -> None:
    """Read a version's text and keep it for search; reindex the document if it is current.

    `extraction_error` keeps the English reason (a msgid): pages show it with
    `{% translate version.extraction_error %}`, in the reader's language."""
    version = DocumentVersion.objects.filter(pk=version_id).first()
    if version is None:
        return
    text, error = "", ""
    if not has_readable_text(version.extension):
        state = ExtractionState.NONE
    else:
        try:
            with version.file.open("rb") as handle:
                text = extract_text(path_or_file=handle, extension=version.extension)
        except ExtractionError as failure:
            state, error = ExtractionState.FAILED, failure.reason
        except OSError:
            state, error = ExtractionState.FAILED, FILE_MISSING_REASON
        else:
            state = ExtractionState.DONE if text else ExtractionState.NONE
    with transaction.atomic():
        updated = DocumentVersion.objects.filter(pk=version.pk).update(
            extracted_text=text, extraction_state=state, extraction_error=error[:300]
        )
        # Asked now, not when the task was queued: a newer upload may have replaced this one.
        is_current = Document.objects.filter(
            pk=version.document_id, current_version_id=version.pk
        ).exists()
        if updated and is_current:
            search_index_later(kind="document", ids=[version.document_id])
