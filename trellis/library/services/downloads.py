"""Counting downloads: a person's is a contribution, a visitor's adds to a counter."""

from typing import Any

from django.db.models import F

from trellis.communities.permissions import is_signed_in
from trellis.core.permissions import require
from trellis.library.models import Document, DocumentVersion
from trellis.library.permissions import can_view_document
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record


def document_download_record(
    *, viewer: Any, document: Document, version: DocumentVersion | None = None
) -> None:
    """Record one download (or one follow of a link) of a document the viewer may see."""
    require(viewer, can_view_document(viewer, document))
    if is_signed_in(viewer):
        details: dict[str, Any] = {"version": version.number} if version is not None else {}
        contribution_record(
            person=viewer,
            kind=ContributionKind.DOCUMENT_DOWNLOADED,
            community=document.community,
            target=document,
            details=details,
        )
        return
    Document.objects.filter(pk=document.pk).update(anonymous_downloads=F("anonymous_downloads") + 1)
