"""Rows for the library's collections: their pages and their API.

A collection is seen where its community is (a private community's is a 404 for visitors and
outsiders); members and leaders change their community's collections, the sponsor (a role
without membership) sees them but changes nothing.
"""

from typing import Any

from trellis.conftest import World
from trellis.library.models import Collection, CollectionItem, CollectionKind
from trellis.library.services.collections import collection_create, collection_item_add
from trellis.library.tests.factories import DocumentFactory
from trellis.tests.permission_rows import EVERYONE, Row
from trellis.tests.permission_rows.library import EDITORS, EDITORS_PRIVATE, SEEN_PRIVATE

MAKERS = "login invalid ok ok invalid ok"
API_EDITORS = "401 403 ok ok 403 ok"
API_EDITORS_PRIVATE = "404 404 ok ok 403 ok"


def a_collection(world: World, community: Any) -> Collection:
    """A reading pack the member made in the community, with two of its documents."""
    pack = collection_create(
        actor=world.member,
        title="Treasury reading pack",
        kind=CollectionKind.READING_PACK,
        community=community,
    )
    for title in ("Cash management guide", "Procurement checklist"):
        document = DocumentFactory(title=title, community=community)
        collection_item_add(actor=world.member, collection=pack, document=document)
    return pack


def collection_url(suffix: str = "") -> Any:
    return lambda world, community: (
        f"/library/collections/{a_collection(world, community).pk}/{suffix}"
    )


def item_url(suffix: str, *, api: bool = False) -> Any:
    """The address of the collection's last document (`suffix` after it)."""

    def path(world: World, community: Any) -> str:
        pack = a_collection(world, community)
        last = pack.items.order_by("-position").first()
        assert last is not None
        if api:
            return f"/api/v1/collections/{pack.pk}/items/{last.document_id}"
        return f"/library/collections/{pack.pk}/items/{last.document_id}/{suffix}"

    return path


def api_collection(suffix: str = "") -> Any:
    return lambda world, community: (
        f"/api/v1/collections/{a_collection(world, community).pk}{suffix}"
    )


def another_document(world: World, community: Any) -> dict[str, Any]:
    return {"document": DocumentFactory(title="Audit manual", community=community).pk}


def a_new_pack(world: World, community: Any) -> dict[str, Any]:
    return {"title": "Budget pack", "kind": CollectionKind.READING_PACK, "community": community.pk}


def a_new_pack_api(world: World, community: Any) -> dict[str, Any]:
    return {**a_new_pack(world, community), "community": community.slug}


def reversed_order(world: World, community: Any) -> dict[str, Any]:
    pack = Collection.objects.get(community=community)
    return {"documents": list(pack.items.order_by("-position").values_list("document", flat=True))}


def collections(world: World, community: Any) -> list[str]:
    return sorted(Collection.objects.values_list("title", flat=True))


def items(world: World, community: Any) -> list[tuple[int, int, int]]:
    return list(
        CollectionItem.objects.order_by("collection", "position").values_list(
            "collection", "document", "position"
        )
    )


RENAMED = {"title": "Treasury pack, revised", "kind": CollectionKind.READING_PACK}

ROWS = [
    Row(
        "library:collection_list", "GET", lambda world, community: "/library/collections/", EVERYONE
    ),
    Row("library:collection_detail", "GET", collection_url(), EVERYONE, SEEN_PRIVATE),
    Row(
        "library:collection_create",
        "GET",
        lambda world, community: "/library/collections/new/",
        "login ok ok ok ok ok",
    ),
    Row(
        "library:collection_create",
        "POST",
        lambda world, community: "/library/collections/new/",
        MAKERS,
        MAKERS,
        data=a_new_pack,
        effect=collections,
    ),
    Row("library:collection_edit", "GET", collection_url("edit/"), EDITORS, EDITORS_PRIVATE),
    Row(
        "library:collection_edit",
        "POST",
        collection_url("edit/"),
        EDITORS,
        EDITORS_PRIVATE,
        data=RENAMED,
        effect=collections,
    ),
    Row("library:collection_delete", "GET", collection_url("delete/"), EDITORS, EDITORS_PRIVATE),
    Row(
        "library:collection_delete",
        "POST",
        collection_url("delete/"),
        EDITORS,
        EDITORS_PRIVATE,
        effect=collections,
    ),
    Row("library:collection_item_add", "GET", collection_url("add/"), EDITORS, EDITORS_PRIVATE),
    Row(
        "library:collection_item_add",
        "POST",
        collection_url("add/"),
        EDITORS,
        EDITORS_PRIVATE,
        data=another_document,
        effect=items,
    ),
    Row(
        "library:collection_item_remove",
        "GET",
        item_url("remove/"),
        EDITORS,
        EDITORS_PRIVATE,
    ),
    Row(
        "library:collection_item_remove",
        "POST",
        item_url("remove/"),
        EDITORS,
        EDITORS_PRIVATE,
        effect=items,
    ),
    Row(
        "library:collection_item_move",
        "POST",
        item_url("move/"),
        EDITORS,
        EDITORS_PRIVATE,
        data={"direction": "up"},
        effect=items,
    ),
    Row(
        "api:collection_list_read",
        "GET",
        lambda world, community: f"/api/v1/collections?community={community.slug}",
        EVERYONE,
        SEEN_PRIVATE,
    ),
    Row("api:collection_read", "GET", api_collection(), EVERYONE, SEEN_PRIVATE),
    Row(
        "api:collection_make",
        "POST",
        lambda world, community: "/api/v1/collections",
        API_EDITORS,
        "401 404 ok ok 403 ok",
        data=a_new_pack_api,
        json=True,
        effect=collections,
    ),
    Row(
        "api:collection_change",
        "PATCH",
        api_collection(),
        API_EDITORS,
        API_EDITORS_PRIVATE,
        data={"title": "Treasury pack, revised"},
        json=True,
        effect=collections,
    ),
    Row(
        "api:collection_remove",
        "DELETE",
        api_collection(),
        API_EDITORS,
        API_EDITORS_PRIVATE,
        effect=collections,
    ),
    Row(
        "api:collection_item_append",
        "POST",
        api_collection("/items"),
        API_EDITORS,
        API_EDITORS_PRIVATE,
        data=another_document,
        json=True,
        effect=items,
    ),
    Row(
        "api:collection_items_order",
        "PUT",
        api_collection("/items"),
        API_EDITORS,
        API_EDITORS_PRIVATE,
        data=reversed_order,
        json=True,
        effect=items,
    ),
    Row(
        "api:collection_item_delete",
        "DELETE",
        item_url("", api=True),
        API_EDITORS,
        API_EDITORS_PRIVATE,
        effect=items,
    ),
]
