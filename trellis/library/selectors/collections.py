"""Collections the viewer may see, and of each only the documents the viewer may see."""

from typing import Any

from django.db.models import Q, QuerySet

from trellis.communities.models import Community, Visibility
from trellis.communities.permissions import is_network_admin, visible_community_ids
from trellis.library.models import Collection, CollectionItem, CollectionKind, Document
from trellis.library.selectors.documents import document_visibility


def collection_list(*, viewer: Any, community: Community | None = None) -> QuerySet[Collection]:
    """Network-wide collections and those of communities the viewer may see."""
    collections = Collection.objects.select_related("community", "activity")
    if not is_network_admin(viewer):
        collections = collections.filter(
            Q(community__isnull=True)
            | Q(community__visibility=Visibility.PUBLIC)
            | Q(community_id__in=visible_community_ids(viewer))
        )
    if community is not None:
        collections = collections.filter(community=community)
    return collections.order_by("title", "id")


def community_essentials(*, viewer: Any, community: Community) -> list[Collection]:
    return list(
        collection_list(viewer=viewer, community=community).filter(kind=CollectionKind.ESSENTIALS)
    )


def collection_documents(*, viewer: Any, collection: Collection) -> list[Document]:
    """The collection's documents in order, leaving out those the viewer may not see."""
    order = list(
        CollectionItem.objects.filter(collection=collection)
        .order_by("position", "id")
        .values_list("document_id", flat=True)
    )
    visible = Document.objects.filter(document_visibility(viewer), pk__in=order).select_related(
        "community", "current_version"
    )
    by_id = {document.pk: document for document in visible}
    return [by_id[pk] for pk in order if pk in by_id]
