"""Collections where people already look: the library list, a document's page, a community's
page and an activity's page, each showing only what its reader may see."""

from datetime import timedelta

import pytest
from django.utils import timezone

from trellis.activities.tests.factories import ActivityFactory
from trellis.library.models import CollectionKind
from trellis.library.services.collections import collection_create, collection_item_add
from trellis.library.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def test_the_library_filtered_by_community_starts_with_its_essentials(client, world) -> None:
    essentials = collection_create(
        actor=world.convener,
        title="Start here",
        kind=CollectionKind.ESSENTIALS,
        community=world.public,
    )
    collection_item_add(
        actor=world.convener,
        collection=essentials,
        document=DocumentFactory(community=world.public),
    )
    collection_create(
        actor=world.convener,
        title="Private basics",
        kind=CollectionKind.ESSENTIALS,
        community=world.private,
    )
    assert "Start here" not in client.get("/library/").content.decode()
    page = client.get(f"/library/?community={world.public.pk}").content.decode()
    assert "Start with the community's essentials" in page and "Start here" in page
    assert "1 document" in page
    # Outsiders cannot filter by a private community: its essentials never show.
    client.force_login(world.outsider)
    page = client.get(f"/library/?community={world.private.pk}").content.decode()
    assert "Private basics" not in page
    client.force_login(world.member)
    page = client.get(f"/library/?community={world.private.pk}").content.decode()
    assert "Private basics" in page and "Start here" not in page


def test_a_document_page_lists_the_collections_its_reader_may_see(client, world) -> None:
    document = DocumentFactory(title="Cash management guide", community=None)
    for title, community in (("Open pack", world.public), ("Members' pack", world.private)):
        pack = collection_create(actor=world.member, title=title, community=community)
        collection_item_add(actor=world.member, collection=pack, document=document)
    url = f"/library/documents/{document.pk}/"
    page = client.get(url).content.decode()
    assert "In collections" in page and "Open pack" in page and "Members&#x27; pack" not in page
    client.force_login(world.outsider)
    assert "Members&#x27; pack" not in client.get(url).content.decode()
    client.force_login(world.member)
    page = client.get(url).content.decode()
    assert "Open pack" in page and "Members&#x27; pack" in page
    client.force_login(world.admin)
    assert "Members&#x27; pack" in client.get(url).content.decode()


def test_a_community_page_links_its_collections_and_forgets_a_remembered_page(
    client, world
) -> None:
    url = f"/communities/{world.public.slug}/"
    assert "Reading group: treasury" not in client.get(url).content.decode()
    collection_create(actor=world.member, title="Reading group: treasury", community=world.public)
    collection_create(
        actor=world.convener,
        title="Start here",
        kind=CollectionKind.ESSENTIALS,
        community=world.public,
    )
    page = client.get(url).content.decode()
    assert page.find("Start here") < page.find("Reading group: treasury")
    assert "0 documents" in page
    collection_create(actor=world.member, title="Members only", community=world.private)
    client.force_login(world.member)
    page = client.get(f"/communities/{world.private.slug}/").content.decode()
    assert "Members only" in page and "Start here" not in page


def test_an_activity_page_shows_its_materials_collections(client, world) -> None:
    activity = ActivityFactory(
        communities=[world.public], starts_at=timezone.now() - timedelta(days=2)
    )
    url = f"/activities/{activity.pk}/"
    slides = collection_create(
        actor=world.member,
        title="Workshop slides",
        kind=CollectionKind.ACTIVITY_MATERIALS,
        community=world.public,
        activity=activity,
    )
    collection_item_add(
        actor=world.member, collection=slides, document=DocumentFactory(community=world.public)
    )
    collection_item_add(
        actor=world.member, collection=slides, document=DocumentFactory(community=world.private)
    )
    collection_create(
        actor=world.member, title="Unrelated pack", community=world.public, activity=activity
    )
    page = client.get(url).content.decode()
    assert "Workshop slides" in page and "1 document" in page
    assert "Unrelated pack" not in page
    client.force_login(world.member)
    assert "2 documents" in client.get(url).content.decode()
