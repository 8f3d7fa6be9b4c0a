"""The library's answer to a community's or an activity's page: the collections it may link,
those the viewer may see (registered in `LibraryConfig.ready`)."""

from typing import Any

from django.urls import reverse

from trellis.communities.collection_links import CollectionLink
from trellis.communities.models import Community
from trellis.library.models import CollectionKind
from trellis.library.selectors.collections import activity_materials, collection_list


def collection_links_source(
    *, viewer: Any, community_id: int | None = None, activity_id: int | None = None
) -> list[CollectionLink]:
    """A community's collections (its essentials first), or an activity's materials; one query."""
    if activity_id is not None:
        collections = list(activity_materials(viewer=viewer, activity_id=activity_id))
    elif community_id is not None:
        collections = list(collection_list(viewer=viewer, community=Community(pk=community_id)))
        collections.sort(key=lambda collection: collection.kind != CollectionKind.ESSENTIALS)
    else:
        return []
    return [
        CollectionLink(
            title=collection.title,
            url=reverse("library:collection_detail", args=[collection.pk]),
            kind=collection.get_kind_display(),
            document_count=collection.document_count,  # type: ignore[attr-defined]
        )
        for collection in collections
    ]
