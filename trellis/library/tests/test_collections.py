"""Collections through their services and selectors: who makes them, what each viewer sees."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError

from trellis.activities.tests.factories import ActivityFactory
from trellis.core.errors import LoginRequired
from trellis.library.models import CollectionKind, DocumentStatus
from trellis.library.selectors.collections import (
    collection_documents,
    collection_list,
    community_essentials,
)
from trellis.library.services.collections import (
    collection_create,
    collection_delete,
    collection_item_add,
    collection_item_move,
    collection_item_remove,
    collection_update,
)
from trellis.library.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def test_members_make_packs_and_only_conveners_make_essentials(world):
    pack = collection_create(
        actor=world.member,
        title="Reading group: treasury",
        kind=CollectionKind.READING_PACK,
        community=world.public,
    )
    assert pack.created_by == world.member
    with pytest.raises(PermissionDenied):
        collection_create(
            actor=world.member,
            title="Essentials",
            kind=CollectionKind.ESSENTIALS,
            community=world.public,
        )
    with pytest.raises(PermissionDenied):
        collection_create(actor=world.outsider, title="Mine", community=world.public)
    with pytest.raises((PermissionDenied, LoginRequired)):
        collection_create(actor=AnonymousUser(), title="Mine", community=world.public)
    essentials = collection_create(
        actor=world.convener,
        title="Start here",
        kind=CollectionKind.ESSENTIALS,
        community=world.public,
    )
    assert community_essentials(viewer=AnonymousUser(), community=world.public) == [essentials]
    with pytest.raises(PermissionDenied):
        collection_update(actor=world.member, collection=essentials, title="Mine now")
    collection_update(actor=world.convener, collection=pack, title="Treasury pack")
    pack.refresh_from_db()
    assert pack.title == "Treasury pack"


def test_materials_of_an_activity_name_the_activity(world):
    with pytest.raises(ValidationError):
        collection_create(
            actor=world.member,
            title="Slides",
            kind=CollectionKind.ACTIVITY_MATERIALS,
            community=world.public,
        )
    private = ActivityFactory(communities=[world.private])
    with pytest.raises(ValidationError, match="only a public activity"):
        collection_create(
            actor=world.member,
            title="Slides",
            kind=CollectionKind.ACTIVITY_MATERIALS,
            activity=private,
        )
    with pytest.raises(ValidationError, match="activity of this community"):
        collection_create(
            actor=world.member,
            title="Slides",
            kind=CollectionKind.ACTIVITY_MATERIALS,
            community=world.public,
            activity=private,
        )


def test_items_keep_their_order_and_viewers_see_only_what_they_may(world):
    pack = collection_create(actor=world.member, title="Pack", community=world.public)
    first = DocumentFactory(community=world.public, title="First")
    secret = DocumentFactory(community=world.private, title="Private one")
    third = DocumentFactory(community=None, title="Third")
    for document in (first, secret, third):
        collection_item_add(actor=world.member, collection=pack, document=document)
    with pytest.raises(ValidationError):
        collection_item_add(actor=world.member, collection=pack, document=first)
    draft = DocumentFactory(community=world.private, status=DocumentStatus.DRAFT)
    with pytest.raises(PermissionDenied):
        collection_item_add(actor=world.member, collection=pack, document=draft)

    titles = lambda viewer: [d.title for d in collection_documents(viewer=viewer, collection=pack)]  # noqa: E731
    assert titles(world.member) == ["First", "Private one", "Third"]
    assert titles(world.outsider) == ["First", "Third"]
    assert titles(AnonymousUser()) == ["First", "Third"]

    collection_item_move(actor=world.member, collection=pack, document=third, position=0)
    assert titles(world.member) == ["Third", "First", "Private one"]
    collection_item_remove(actor=world.member, collection=pack, document=first)
    assert titles(world.member) == ["Third", "Private one"]


def test_private_communities_collections_stay_hidden_and_deletion_is_for_makers(world):
    hidden = collection_create(actor=world.member, title="Hidden", community=world.private)
    shared = collection_create(actor=world.outsider, title="Network-wide")
    assert set(collection_list(viewer=world.outsider)) == {shared}
    assert set(collection_list(viewer=world.member)) == {hidden, shared}
    with pytest.raises(PermissionDenied):
        collection_delete(actor=world.member, collection=shared)
    collection_delete(actor=world.admin, collection=shared)
    collection_delete(actor=world.convener, collection=hidden)
    assert list(collection_list(viewer=world.admin)) == []
