"""The library's answer to an agenda item's page: the documents that came out of each item,
those the viewer may see (registered in `LibraryConfig.ready`)."""

from typing import Any

from django.urls import reverse

from trellis.communities.agenda_documents import AgendaDocument
from trellis.library.models import Document
from trellis.library.selectors.documents import document_visibility


def agenda_documents_source(*, viewer: Any, item_ids: list[int]) -> dict[int, list[AgendaDocument]]:
    """Per agenda item, its documents the viewer may see, in one query."""
    found: dict[int, list[AgendaDocument]] = {}
    documents = (
        Document.objects.filter(document_visibility(viewer))
        .filter(agenda_item_id__in=item_ids)
        .only("pk", "title", "kind", "language", "agenda_item_id", "published_at", "created_at")
        .order_by("created_at", "pk")
    )
    for document in documents:
        found.setdefault(document.agenda_item_id, []).append(  # type: ignore[arg-type]
            AgendaDocument(
                title=document.title,
                url=reverse("library:document_detail", args=[document.pk]),
                kind=document.get_kind_display(),
                language=document.language,
                when=document.published_at or document.created_at,
            )
        )
    return found
