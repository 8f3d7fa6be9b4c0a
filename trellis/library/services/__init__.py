"""The library's writes: sharing, changing, versions, translations, review, downloads."""

from trellis.library.services.documents import document_create, document_update
from trellis.library.services.downloads import document_download_record
from trellis.library.services.lifecycle import document_review, document_submit_for_review
from trellis.library.services.translations import document_translation_link
from trellis.library.services.versions import document_version_add

__all__ = [
    "document_create",
    "document_download_record",
    "document_review",
    "document_submit_for_review",
    "document_translation_link",
    "document_update",
    "document_version_add",
]
