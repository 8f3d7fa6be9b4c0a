"""Collections the viewer may see, and of each only the documents the viewer may see."""

from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from trellis.communities.models import Community, Visibility
from trellis.communities.permissions import is_network_admin, visible_community_ids
from trellis.library.models import Collection, CollectionItem, CollectionKind, Document
from trellis.library.selectors.documents import document_visibility


def _visible_collections(viewer: Any) -> QuerySet[Collection]:
    collections = Collection.objects.all()
    if not is_network_admin(viewer):
        collections = collections.filter(
            Q(community__isnull=True)
            | Q(community__visibility=Visibility.PUBLIC)
            | Q(community_id__in=visible_community_ids(viewer))
        )
    return collections


def collection_list(
    *,
    viewer: Any,
    community: Community | None = None,
    kind: str | None = None,
    activity_id: int | None = None,
) -> QuerySet[Collection]:
    """Network-wide collections and those of communities the viewer may see, by title; each
    carries `document_count`, the number of its documents the viewer may see (one query for
    any number of collections)."""
    seen = Document.objects.filter(document_visibility(viewer)).values("pk")
    collections = _visible_collections(viewer).select_related("community", "activity", "created_by")
    if community is not None:
        collections = collections.filter(community=community)
    if kind:
        collections = collections.filter(kind=kind)
    if activity_id is not None:
        collections = collections.filter(activity_id=activity_id)
    return collections.annotate(
        document_count=Count("items", filter=Q(items__document_id__in=seen), distinct=True)
    ).order_by("title", "id")


def community_essentials(*, viewer: Any, community: Community) -> list[Collection]:
    return list(
        collection_list(viewer=viewer, community=community).filter(kind=CollectionKind.ESSENTIALS)
    )


def access_collection(*, viewer: Any, collection_id: int) -> Collection:
    """The collection, or 404 when it does not exist or the viewer may not see it (a private
    community's collection is a 404 to outsiders, as if it did not exist)."""
    collection = collection_list(viewer=viewer).filter(pk=collection_id).first()
    if collection is None:
        raise Http404
    return collection


def collection_items(*, viewer: Any, collection: Collection) -> list[CollectionItem]:
    """The collection's items in order, each with its document, leaving out the documents the
    viewer may not see."""
    visible = Document.objects.filter(document_visibility(viewer)).values("pk")
    return list(
        CollectionItem.objects.filter(collection=collection, document_id__in=visible)
        .select_related("document__community", "document__current_version")
        .order_by("position", "id")
    )


def collection_documents(*, viewer: Any, collection: Collection) -> list[Document]:
    """The collection's documents in order, leaving out those the viewer may not see."""
    return [item.document for item in collection_items(viewer=viewer, collection=collection)]


def document_collection_list(*, viewer: Any, document: Document) -> QuerySet[Collection]:
    """The collections a document is in, those the viewer may see."""
    return collection_list(viewer=viewer).filter(items__document=document)


def activity_materials(*, viewer: Any, activity_id: int) -> QuerySet[Collection]:
    """The "materials of an activity" collections of one activity that the viewer may see."""
    return collection_list(
        viewer=viewer, kind=CollectionKind.ACTIVITY_MATERIALS, activity_id=activity_id
    )
