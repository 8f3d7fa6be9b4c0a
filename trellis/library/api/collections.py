"""Collections through the API: list, make, read, change, delete, and their documents.

A collection one may not see is a 404, exactly as one that does not exist; so is a document
one may not see. The services check who may make and change collections, as for the pages.
"""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.activities.selectors import access_activity
from trellis.communities.selectors import access_community
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import signed_in_person
from trellis.library.api.collection_schemas import (
    CollectionCreateIn,
    CollectionDetailOut,
    CollectionFilters,
    CollectionItemIn,
    CollectionOrderIn,
    CollectionOut,
    CollectionUpdateIn,
)
from trellis.library.models import Collection
from trellis.library.selectors import access_document
from trellis.library.selectors.collections import (
    access_collection,
    collection_items,
    collection_list,
)
from trellis.library.services.collections import (
    KEEP,
    collection_create,
    collection_delete,
    collection_item_add,
    collection_item_remove,
    collection_items_reorder,
    collection_update,
)

router = Router(tags=["library"])


def _detail(request: HttpRequest, collection_id: int) -> Collection:
    """The collection read anew (after a change), with the items the viewer may see."""
    collection = access_collection(viewer=request.user, collection_id=collection_id)
    collection.visible_items = collection_items(  # type: ignore[attr-defined]
        viewer=request.user, collection=collection
    )
    return collection


@router.get("/collections", response={200: list[CollectionOut], **error_responses(404, 422)})
@paginate(Pagination)
def collection_list_read(
    request: HttpRequest, filters: Query[CollectionFilters]
) -> QuerySet[Collection]:
    """Network-wide collections and those of communities one may see, by title."""
    community = (
        access_community(viewer=request.user, slug=filters.community) if filters.community else None
    )
    return collection_list(viewer=request.user, community=community, kind=filters.kind)


@router.post("/collections", response={201: CollectionDetailOut, **error_responses(403, 404, 422)})
def collection_make(request: HttpRequest, payload: CollectionCreateIn) -> Status[Collection]:
    """Make a collection: members make their community's, its conveners and keepers its
    essentials, anyone signed in a network-wide one."""
    actor = signed_in_person(request)
    community = (
        access_community(viewer=actor, slug=payload.community) if payload.community else None
    )
    activity = (
        access_activity(viewer=actor, activity_id=payload.activity) if payload.activity else None
    )
    collection = collection_create(
        actor=actor,
        title=payload.title,
        kind=payload.kind,
        description=payload.description,
        community=community,
        activity=activity,
    )
    return Status(201, _detail(request, collection.pk))


@router.get(
    "/collections/{collection_id}",
    response={200: CollectionDetailOut, **error_responses(404, 422)},
)
def collection_read(request: HttpRequest, collection_id: PathId) -> Collection:
    return _detail(request, collection_id)


@router.patch(
    "/collections/{collection_id}",
    response={200: CollectionDetailOut, **error_responses(403, 404, 422)},
)
def collection_change(
    request: HttpRequest, collection_id: PathId, payload: CollectionUpdateIn
) -> Collection:
    """Change what a collection says and what it is for; fields left out stay as they are."""
    collection = access_collection(viewer=request.user, collection_id=collection_id)
    actor = signed_in_person(request)
    activity: Any = KEEP
    if "activity" in payload.model_fields_set:
        activity = (
            access_activity(viewer=actor, activity_id=payload.activity)
            if payload.activity
            else None
        )
    collection_update(
        actor=actor,
        collection=collection,
        title=payload.title,
        description=payload.description,
        kind=payload.kind,
        activity=activity,
    )
    return _detail(request, collection.pk)


@router.delete(
    "/collections/{collection_id}", response={204: None, **error_responses(403, 404, 422)}
)
def collection_remove(request: HttpRequest, collection_id: PathId) -> Status[None]:
    """Delete a collection; its documents stay in the library."""
    collection = access_collection(viewer=request.user, collection_id=collection_id)
    actor = signed_in_person(request)
    collection_delete(actor=actor, collection=collection)
    return Status(204, None)


@router.post(
    "/collections/{collection_id}/items",
    response={201: CollectionDetailOut, **error_responses(403, 404, 422)},
)
def collection_item_append(
    request: HttpRequest, collection_id: PathId, payload: CollectionItemIn
) -> Status[Collection]:
    """Add a document one may see at the end of the collection, with an optional note; 422
    when it is in the collection already."""
    collection = access_collection(viewer=request.user, collection_id=collection_id)
    actor = signed_in_person(request)
    document = access_document(viewer=actor, document_id=payload.document)
    collection_item_add(actor=actor, collection=collection, document=document, note=payload.note)
    return Status(201, _detail(request, collection.pk))


@router.put(
    "/collections/{collection_id}/items",
    response={200: CollectionDetailOut, **error_responses(403, 404, 422)},
)
def collection_items_order(
    request: HttpRequest, collection_id: PathId, payload: CollectionOrderIn
) -> Collection:
    """Reorder the collection: every document of it one can see, once, in the new order."""
    collection = access_collection(viewer=request.user, collection_id=collection_id)
    actor = signed_in_person(request)
    collection_items_reorder(actor=actor, collection=collection, document_ids=payload.documents)
    return _detail(request, collection.pk)


@router.delete(
    "/collections/{collection_id}/items/{document_id}",
    response={204: None, **error_responses(403, 404, 422)},
)
def collection_item_delete(
    request: HttpRequest, collection_id: PathId, document_id: PathId
) -> Status[None]:
    """Take a document out of the collection (it stays in the library); 422 when it is not
    in it."""
    collection = access_collection(viewer=request.user, collection_id=collection_id)
    actor = signed_in_person(request)
    document = access_document(viewer=actor, document_id=document_id)
    collection_item_remove(actor=actor, collection=collection, document=document)
    return Status(204, None)
