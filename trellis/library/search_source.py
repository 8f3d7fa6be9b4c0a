"""The library's documents as search entries: what they say about themselves and their text.

Only published documents are found. Who may find one is the rule of `can_view_document` for a
published document: anyone for a public community's or a network-wide document, the members
of a private community for its documents; `visible_ids` asks the library's selector again.
"""

from collections.abc import Iterable, Iterator
from typing import Any

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from trellis.communities.models import Visibility
from trellis.library.models import Document, DocumentAuthor, DocumentKind, DocumentStatus
from trellis.library.selectors.documents import document_visibility
from trellis.search.sources import (
    Audience,
    SearchDoc,
    search_docs_in_batches,
    visible_ids_among,
)

# Bounded memory: each document may carry up to a megabyte of extracted text.
CHUNK_SIZE = 100


def _names(value: Any) -> list[str]:
    """A translated name in every language it has."""
    if isinstance(value, dict):
        return [str(text) for text in value.values() if text]
    return [str(value)] if value else []


def _kind_labels(kind: str) -> list[str]:
    labels = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            labels.append(str(DocumentKind(kind).label))
    return list(dict.fromkeys(labels))


def document_search_doc(document: Document) -> SearchDoc:
    community = document.community
    if community is None or community.visibility == Visibility.PUBLIC:
        audience = Audience.PUBLIC
    else:
        audience = Audience.MEMBERS
    authors = [
        author.name or (author.person.full_name if author.person else "")
        for author in document.authors.all()
    ]
    topics = [name for topic in document.topics.all() for name in _names(topic.name)]
    version = document.current_version
    body = "\n".join(
        part
        for part in [
            document.description,
            " ".join(authors),
            " ".join(topics),
            " ".join(_kind_labels(document.kind)),
            version.extracted_text if version is not None else "",
        ]
        if part
    )
    countries = list(document.countries)
    published = document.published_at.date() if document.published_at else None
    return SearchDoc(
        kind=DocumentSearchSource.kind,
        object_id=document.pk,
        title=document.title,
        body=body,
        url=f"/library/documents/{document.pk}/",
        audience=audience,
        community_ids=(community.pk,) if community is not None else (),
        language=document.language,
        country=str(getattr(countries[0], "code", countries[0])) if countries else "",
        date=document.date or published,
        extra={"document_kind": document.kind},
    )


class DocumentSearchSource:
    kind = "document"
    label = _("Documents")

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        documents = (
            Document.objects.filter(status=DocumentStatus.PUBLISHED)
            .select_related("community", "current_version")
            .prefetch_related(
                Prefetch("authors", queryset=DocumentAuthor.objects.select_related("person")),
                "topics",
            )
        )
        yield from search_docs_in_batches(
            documents,
            ids=ids,
            build=lambda batch: map(document_search_doc, batch),
            size=CHUNK_SIZE,
        )

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        return visible_ids_among(
            Document.objects.filter(status=DocumentStatus.PUBLISHED).filter(
                document_visibility(viewer)
            ),
            ids=ids,
        )


document_search_source = DocumentSearchSource()
