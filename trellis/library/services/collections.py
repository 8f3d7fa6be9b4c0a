"""Collections: an ordered set of documents gathered for a purpose (a reading-group pack, the
materials of an activity, a community's essentials)."""

from enum import Enum
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from trellis.communities.models import Community, Visibility
from trellis.communities.services import audit_record
from trellis.core.permissions import require
from trellis.library.models import Collection, CollectionItem, CollectionKind, Document
from trellis.library.permissions import (
    MAKE_COLLECTION_REASON,
    can_change_collection,
    can_make_collection,
    can_view_document,
)

if TYPE_CHECKING:
    from trellis.accounts.models import User
    from trellis.activities.models import Activity


class Unchanged(Enum):
    """A field an update leaves as it is (None would mean "no activity")."""

    KEEP = "keep"


KEEP = Unchanged.KEEP


def _check_activity(kind: str, community: Community | None, activity: "Activity | None") -> None:
    if kind == CollectionKind.ACTIVITY_MATERIALS and activity is None:
        raise ValidationError({"activity": _("Choose the activity these are the materials of.")})
    if (
        activity is not None
        and community is not None
        and not activity.communities.filter(pk=community.pk).exists()
    ):
        raise ValidationError({"activity": _("Choose an activity of this community.")})
    # Anyone sees a network-wide collection, and so the activity it names.
    if (
        activity is not None
        and community is None
        and not activity.communities.filter(visibility=Visibility.PUBLIC).exists()
    ):
        raise ValidationError(
            {"activity": _("A collection for the whole network can name only a public activity.")}
        )


def collection_create(
    *,
    actor: "User",
    title: str,
    kind: str = CollectionKind.OTHER,
    community: Community | None = None,
    activity: "Activity | None" = None,
    description: str = "",
) -> Collection:
    require(actor, can_make_collection(actor, community, kind), reason=MAKE_COLLECTION_REASON)
    _check_activity(kind, community, activity)
    collection = Collection(
        title=title.strip(),
        description=description.strip(),
        kind=kind,
        community=community,
        activity=activity,
        created_by=actor,
    )
    collection.full_clean()
    collection.save()
    return collection


def _audit_if_not_own(actor: "User", collection: Collection, action: str) -> None:
    if actor.pk != collection.created_by_id:
        audit_record(
            actor=actor,
            community=collection.community,
            action=action,
            subject=collection.title,
            collection=collection.pk,
        )


def collection_update(
    *,
    actor: "User",
    collection: Collection,
    title: str | None = None,
    description: str | None = None,
    kind: str | None = None,
    activity: "Activity | Unchanged | None" = KEEP,
) -> Collection:
    """Change what a collection says and what it is for; fields left as None (the activity as
    KEEP) stay. Its community stays: a collection moves by being made anew."""
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    if title is not None:
        collection.title = title.strip()
    if description is not None:
        collection.description = description.strip()
    if kind is not None and kind != collection.kind:
        require(
            actor,
            can_make_collection(actor, collection.community, kind),
            reason=MAKE_COLLECTION_REASON,
        )
        collection.kind = kind
    if not isinstance(activity, Unchanged):
        collection.activity = activity
    _check_activity(collection.kind, collection.community, collection.activity)
    collection.full_clean()
    with transaction.atomic():
        collection.save()
        _audit_if_not_own(actor, collection, "collection.updated")
    return collection


def collection_delete(*, actor: "User", collection: Collection) -> None:
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    with transaction.atomic():
        _audit_if_not_own(actor, collection, "collection.deleted")
        collection.delete()


def collection_item_add(
    *, actor: "User", collection: Collection, document: Document, note: str = ""
) -> CollectionItem:
    """Add a document the actor may see at the end of the collection (once)."""
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    require(actor, can_view_document(actor, document))
    with transaction.atomic():
        Collection.objects.select_for_update().filter(pk=collection.pk).first()
        if collection.items.filter(document=document).exists():
            raise ValidationError({"document": _("This document is already in the collection.")})
        last = collection.items.aggregate(last=Max("position"))["last"]
        item = CollectionItem.objects.create(
            collection=collection,
            document=document,
            position=0 if last is None else last + 1,
            note=note.strip()[:300],
        )
        _audit_if_not_own(actor, collection, "collection.item_added")
    return item


def collection_item_remove(*, actor: "User", collection: Collection, document: Document) -> None:
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    with transaction.atomic():
        removed, _counts = collection.items.filter(document=document).delete()
        if not removed:
            raise ValidationError({"document": _("This document is not in the collection.")})
        _audit_if_not_own(actor, collection, "collection.item_removed")


def collection_item_move(
    *, actor: "User", collection: Collection, document: Document, position: int
) -> None:
    """Put a document at a position (0 is first); the others keep their order around it."""
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    with transaction.atomic():
        Collection.objects.select_for_update().filter(pk=collection.pk).first()
        items = list(collection.items.order_by("position", "id"))
        moving = next((item for item in items if item.document_id == document.pk), None)
        if moving is None:
            raise ValidationError({"document": _("This document is not in the collection.")})
        items.remove(moving)
        items.insert(max(0, min(position, len(items))), moving)
        for index, item in enumerate(items):
            item.position = index
        CollectionItem.objects.bulk_update(items, ["position"])
        _audit_if_not_own(actor, collection, "collection.reordered")


def collection_items_reorder(
    *, actor: "User", collection: Collection, document_ids: list[int]
) -> None:
    """Put the documents the actor sees in the order given (every one of them, once); those
    the actor may not see keep their places, so nobody needs to know them to reorder."""
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    with transaction.atomic():
        Collection.objects.select_for_update().filter(pk=collection.pk).first()
        items = list(collection.items.select_related("document").order_by("position", "id"))
        seen = [item for item in items if can_view_document(actor, item.document)]
        if len(document_ids) != len(set(document_ids)) or set(document_ids) != {
            item.document_id for item in seen
        }:
            raise ValidationError(
                {
                    "documents": _(
                        "Give every document of the collection once, in the new order, "
                        "and no other."
                    )
                }
            )
        by_document = {item.document_id: item for item in seen}
        slots = iter(sorted(item.position for item in seen))
        for document_id in document_ids:
            by_document[document_id].position = next(slots)
        # Renumber from 0 so that equal positions left by old data cannot tie.
        items.sort(key=lambda item: (item.position, item.document_id not in by_document))
        for index, item in enumerate(items):
            item.position = index
        CollectionItem.objects.bulk_update(items, ["position"])
        _audit_if_not_own(actor, collection, "collection.reordered")
