"""The library's reads, on behalf of the person asking."""

from trellis.library.selectors.documents import (
    access_document,
    access_document_version,
    document_list,
    document_translations,
    document_versions,
)
from trellis.library.selectors.origins import (
    access_document_origin,
    document_origin_activity_list,
    document_origin_agenda_item_list,
    document_share_community_list,
)

__all__ = [
    "access_document",
    "access_document_origin",
    "access_document_version",
    "document_list",
    "document_origin_activity_list",
    "document_origin_agenda_item_list",
    "document_share_community_list",
    "document_translations",
    "document_versions",
]
