"""Documents the viewer may see, as one filter, and each document with what its page shows."""

from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from trellis.communities.models import Community, Visibility
from trellis.communities.permissions import is_network_admin, is_signed_in, visible_community_ids
from trellis.library.models import Document, DocumentAuthor, DocumentStatus, DocumentVersion
from trellis.library.permissions import can_view_document, document_keeper_community_ids


def document_visibility(viewer: Any) -> Q:
    """The rule of `can_view_document` as a filter: published where the community is visible,
    drafts and documents in review for those who work on them."""
    if is_network_admin(viewer):
        return Q()
    seen = visible_community_ids(viewer)
    published = Q(status=DocumentStatus.PUBLISHED) & (
        Q(community__isnull=True)
        | Q(community__visibility=Visibility.PUBLIC)
        | Q(community_id__in=seen)
    )
    if not is_signed_in(viewer):
        return published
    member_of = visible_community_ids(viewer)
    works_on = (
        Q(created_by=viewer)
        | Q(reviewer=viewer)
        | Q(community_id__in=document_keeper_community_ids(viewer))
        | Q(
            pk__in=DocumentAuthor.objects.filter(person=viewer)
            .filter(Q(document__community__isnull=True) | Q(document__community_id__in=member_of))
            .values("document_id")
        )
    )
    return published | works_on


def _with_page_data(documents: QuerySet[Document]) -> QuerySet[Document]:
    return documents.select_related(
        "community", "created_by", "current_version", "reviewer"
    ).prefetch_related(
        Prefetch("authors", queryset=DocumentAuthor.objects.select_related("person")),
        "topics",
    )


def document_list(
    *,
    viewer: Any,
    community: Community | None = None,
    kind: str | None = None,
    language: str | None = None,
    topic: int | None = None,
    country: str | None = None,
    status: str | None = None,
) -> QuerySet[Document]:
    """Documents the viewer may see, newest first, filtered; each row carries its community,
    sharer, current version, authors and topics, so a page of any length runs the same queries."""
    documents = Document.objects.filter(document_visibility(viewer))
    if community is not None:
        documents = documents.filter(community=community)
    if kind:
        documents = documents.filter(kind=kind)
    if language:
        documents = documents.filter(language=language)
    if topic:
        documents = documents.filter(topics__pk=topic)
    if country:
        # A multiple CountryField is stored as comma-separated codes.
        documents = documents.filter(
            Q(countries=country)
            | Q(countries__startswith=f"{country},")
            | Q(countries__endswith=f",{country}")
            | Q(countries__contains=f",{country},")
        )
    if status:
        documents = documents.filter(status=status)
    return _with_page_data(documents.distinct()).order_by("-created_at", "-id")


def access_document(*, viewer: Any, document_id: int) -> Document:
    """The document, or 404 when it does not exist or the viewer may not see it: nothing tells
    an outsider that a private community's document exists."""
    document = _with_page_data(Document.objects.filter(pk=document_id)).first()
    if document is None or not can_view_document(viewer, document):
        raise Http404
    return document


def access_document_version(*, viewer: Any, document_id: int, number: int) -> DocumentVersion:
    document = access_document(viewer=viewer, document_id=document_id)
    version = document.versions.filter(number=number).first()
    if version is None:
        raise Http404
    version.document = document
    return version


def document_versions(*, document: Document) -> QuerySet[DocumentVersion]:
    """Every version, newest first, with who uploaded it (for a document already accessed)."""
    return document.versions.select_related("uploaded_by").order_by("-number")


def document_translations(*, viewer: Any, document: Document) -> list[Document]:
    """The other documents of its translation group that the viewer may see, by language."""
    others = Document.objects.filter(translation_group=document.translation_group).exclude(
        pk=document.pk
    )
    return list(
        others.filter(document_visibility(viewer)).select_related("community").order_by("language")
    )
