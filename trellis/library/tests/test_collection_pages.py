"""Collections' pages as people use them: list, page, making, adding, moving, removing."""

import pytest

from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.models import AuditEntry, Role
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.library.models import Collection, CollectionKind, DocumentStatus
from trellis.library.services.collections import collection_create, collection_item_add
from trellis.library.tests.factories import DocumentFactory
from trellis.search.index_writes import search_reindex

pytestmark = pytest.mark.django_db


def a_pack(world, community=None, **options):
    """A reading pack the member made with a public, a private and a network-wide document."""
    pack = collection_create(
        actor=world.member,
        title=options.pop("title", "Treasury reading pack"),
        community=community or world.public,
        kind=options.pop("kind", CollectionKind.READING_PACK),
        **options,
    )
    for title, where in (
        ("Cash management guide", world.public),
        ("Private audit notes", world.private),
        ("Network budget primer", None),
    ):
        document = DocumentFactory(title=title, community=where)
        collection_item_add(
            actor=world.member, collection=pack, document=document, note=f"Why {title}"
        )
    return pack


def titles_in_order(page: str, titles: list[str]) -> bool:
    positions = [page.find(title) for title in titles]
    return -1 not in positions and positions == sorted(positions)


def test_the_list_counts_only_what_each_viewer_sees_and_filters(client, world) -> None:
    assert "No collection yet" in client.get("/library/collections/").content.decode()
    a_pack(world)
    collection_create(actor=world.member, title="Hidden pack", community=world.private)
    page = client.get("/library/collections/").content.decode()
    assert "Treasury reading pack" in page and "2 documents" in page
    assert "Hidden pack" not in page and "Make a collection" not in page
    client.force_login(world.outsider)
    page = client.get("/library/collections/").content.decode()
    assert "Treasury reading pack" in page and "Hidden pack" not in page
    assert "Make a collection" in page
    client.force_login(world.member)
    page = client.get("/library/collections/").content.decode()
    assert "3 documents" in page and "Hidden pack" in page
    page = client.get(f"/library/collections/?community={world.private.pk}").content.decode()
    assert "Hidden pack" in page and "Treasury reading pack" not in page
    page = client.get("/library/collections/?kind=essentials&community=x").content.decode()
    assert "No collection matches these filters." in page
    client.force_login(world.admin)
    page = client.get("/library/collections/").content.decode()
    assert "Hidden pack" in page and "3 documents" in page


def test_a_collection_page_shows_each_viewer_its_documents_in_order(client, world) -> None:
    pack = a_pack(world)
    url = f"/library/collections/{pack.pk}/"
    page = client.get(url).content.decode()
    assert titles_in_order(page, ["Cash management guide", "Network budget primer"])
    assert "Private audit notes" not in page and "2 documents" in page
    assert "Why Cash management guide" in page and "Open the link" in page
    assert "Move “" not in page and "Add a document" not in page
    client.force_login(world.outsider)
    assert "Private audit notes" not in client.get(url).content.decode()
    client.force_login(world.member)
    page = client.get(url).content.decode()
    assert "3 documents" in page and "Private audit notes" in page
    assert "Move “Cash management guide” down" in page
    assert "Move “Cash management guide” up" not in page
    client.force_login(world.convener)
    assert "Add a document" in client.get(url).content.decode()
    hidden = collection_create(actor=world.member, title="Hidden", community=world.private)
    client.logout()
    assert client.get(f"/library/collections/{hidden.pk}/").status_code == 404
    client.force_login(world.outsider)
    assert client.get(f"/library/collections/{hidden.pk}/").status_code == 404


def test_making_a_collection_keeps_what_was_typed_when_refused(client, world) -> None:
    client.force_login(world.member)
    form = {"title": "Start here", "kind": "essentials", "community": world.public.pk}
    refused = client.post("/library/collections/new/", form)
    page = refused.content.decode()
    assert refused.status_code == 200 and "Start here" in page
    assert "only its conveners and keepers make its essentials" in page
    materials = {"title": "Slides", "kind": "activity_materials", "community": world.public.pk}
    page = client.post("/library/collections/new/", materials).content.decode()
    assert "Choose the activity these are the materials of." in page
    activity = ActivityFactory(communities=[world.public])
    made = client.post("/library/collections/new/", {**materials, "activity": activity.pk})
    collection = Collection.objects.get()
    assert made["Location"] == f"/library/collections/{collection.pk}/add/"
    assert collection.activity == activity and collection.created_by == world.member
    client.force_login(world.convener)
    client.post("/library/collections/new/", form)
    assert Collection.objects.filter(kind="essentials", title="Start here").exists()


def test_adding_moving_and_removing_documents(client, world) -> None:
    pack = a_pack(world)
    extra = DocumentFactory(title="Procurement checklist", community=world.public)
    draft = DocumentFactory(
        title="Someone's draft", community=world.private, status=DocumentStatus.DRAFT
    )
    client.force_login(world.member)
    add = f"/library/collections/{pack.pk}/add/"
    page = client.get(add).content.decode()
    assert "Add “Procurement checklist”" in page and "Add “Cash management guide”" not in page
    assert "Someone&#x27;s draft" not in page
    page = client.post(add, {"document": draft.pk}).content.decode()
    assert "There is no document with this number that you can see." in page
    client.post(add, {"document": extra.pk, "note": "Read last"})
    url = f"/library/collections/{pack.pk}/"
    page = client.get(url).content.decode()
    assert "4 documents" in page and "Read last" in page
    move = f"/library/collections/{pack.pk}/items/{extra.pk}/move/"
    client.post(move, {"direction": "up"})
    client.post(move, {"direction": "up"})
    page = client.get(url).content.decode()
    assert titles_in_order(
        page, ["Cash management guide", "Procurement checklist", "Private audit notes"]
    )
    assert client.post(move, {"direction": "sideways"}).status_code == 302
    remove = f"/library/collections/{pack.pk}/items/{extra.pk}/remove/"
    assert (
        "Remove “Procurement checklist” from the collection" in client.get(remove).content.decode()
    )
    client.post(remove)
    assert "3 documents" in client.get(url).content.decode()
    assert client.get(remove).status_code == 404


def test_outsiders_see_moves_among_what_they_see_and_leaders_are_audited(client, world) -> None:
    """A keeper who cannot see the private document reorders around it; it keeps its place."""
    pack = a_pack(world)
    keeper = MembershipFactory(community=world.public).person
    RoleAssignmentFactory(
        community=world.public, person=keeper, role=Role.objects.get(code="community_keeper")
    )
    client.force_login(keeper)
    url = f"/library/collections/{pack.pk}/"
    page = client.get(url).content.decode()
    assert "Private audit notes" not in page and "2 documents" in page
    primer = pack.items.get(document__title="Network budget primer").document
    client.post(f"{url}items/{primer.pk}/move/", {"direction": "up"})
    client.force_login(world.member)
    page = client.get(url).content.decode()
    assert titles_in_order(
        page, ["Network budget primer", "Private audit notes", "Cash management guide"]
    )
    assert AuditEntry.objects.filter(actor=keeper, action="collection.reordered").count() == 1


def test_deleting_asks_first_and_only_those_who_may(client, world) -> None:
    pack = a_pack(world)
    delete = f"/library/collections/{pack.pk}/delete/"
    client.force_login(world.outsider)
    assert client.post(delete).status_code == 403
    client.force_login(world.convener)
    page = client.get(delete).content.decode()
    assert "Delete the collection “Treasury reading pack”?" in page
    assert client.post(delete)["Location"] == "/library/collections/"
    assert not Collection.objects.exists()
    assert AuditEntry.objects.filter(actor=world.convener, action="collection.deleted").exists()


def test_the_add_page_finds_documents_with_the_search_engine(client, world) -> None:
    pack = a_pack(world)
    found = DocumentFactory(title="Internal audit handbook", community=world.public)
    other = DocumentFactory(title="Procurement checklist", community=world.public)
    search_reindex(kind="document", ids=[found.pk, other.pk])
    client.force_login(world.member)
    page = client.get(f"/library/collections/{pack.pk}/add/?q=audits").content.decode()
    assert "Add “Internal audit handbook”" in page and "Procurement checklist" not in page
    page = client.get(f"/library/collections/{pack.pk}/add/?q=zzzz").content.decode()
    assert "No document you can add matches this search." in page
