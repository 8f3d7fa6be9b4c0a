"""The library's reads, on behalf of the person asking."""

from trellis.library.selectors.documents import (
    access_document,
    access_document_version,
    document_list,
    document_translations,
    document_versions,
)

__all__ = [
    "access_document",
    "access_document_version",
    "document_list",
    "document_translations",
    "document_versions",
]
