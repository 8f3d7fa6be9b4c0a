"""The collections API as a visitor, an outsider, a member, a convener and a network admin."""

import json

import pytest
from django.test import Client

from trellis.activities.tests.factories import ActivityFactory
from trellis.library.models import Collection, CollectionItem
from trellis.library.tests.factories import DocumentFactory
from trellis.library.tests.test_collection_pages import a_pack

pytestmark = pytest.mark.django_db


def client_for(person=None) -> Client:
    client = Client()
    if person is not None:
        client.force_login(person)
    return client


def send(client, method, path, body):
    return getattr(client, method)(path, data=json.dumps(body), content_type="application/json")


def titles(body) -> list[str]:
    return [item["title"] for item in body["items"]]


def test_lists_and_reads_show_each_viewer_what_they_may_see(world):
    pack = a_pack(world)
    hidden = a_pack(world, community=world.private, title="Private pack")
    anonymous = client_for()
    listed = anonymous.get("/api/v1/collections").json()
    assert [c["title"] for c in listed["items"]] == ["Treasury reading pack"]
    assert listed["items"][0]["document_count"] == 2
    body = anonymous.get(f"/api/v1/collections/{pack.pk}").json()
    assert titles(body) == ["Cash management guide", "Network budget primer"]
    assert body["items"][0]["note"] == "Why Cash management guide"
    assert body["community"] == world.public.slug
    assert anonymous.get(f"/api/v1/collections/{hidden.pk}").status_code == 404
    assert client_for(world.outsider).get(f"/api/v1/collections/{hidden.pk}").status_code == 404
    member = client_for(world.member)
    assert member.get("/api/v1/collections").json()["count"] == 2
    assert member.get(f"/api/v1/collections/{pack.pk}").json()["document_count"] == 3
    private = member.get(f"/api/v1/collections?community={world.private.slug}").json()
    assert [c["title"] for c in private["items"]] == ["Private pack"]
    assert member.get("/api/v1/collections?kind=essentials").json()["count"] == 0
    assert anonymous.get("/api/v1/collections?kind=nonsense").status_code == 422
    assert client_for(world.admin).get("/api/v1/collections").json()["count"] == 2


def test_making_and_changing_a_collection(world):
    member = client_for(world.member)
    assert send(client_for(), "post", "/api/v1/collections", {"title": "Mine"}).status_code == 401
    refused = send(
        member,
        "post",
        "/api/v1/collections",
        {"title": "Start here", "kind": "essentials", "community": world.public.slug},
    )
    assert refused.status_code == 403
    missing = send(
        member,
        "post",
        "/api/v1/collections",
        {"title": "Slides", "kind": "activity_materials", "community": world.public.slug},
    )
    assert missing.status_code == 422
    assert "Choose the activity" in missing.json()["error"]["fields"]["activity"][0]
    blank = send(member, "post", "/api/v1/collections", {"title": " ", "surprise": 1})
    assert blank.status_code == 422
    activity = ActivityFactory(communities=[world.public])
    made = send(
        member,
        "post",
        "/api/v1/collections",
        {
            "title": "Slides",
            "kind": "activity_materials",
            "community": world.public.slug,
            "activity": activity.pk,
        },
    )
    assert made.status_code == 201, made.content
    path = f"/api/v1/collections/{made.json()['id']}"
    assert made.json()["activity"] == activity.pk and made.json()["items"] == []
    assert send(client_for(world.outsider), "patch", path, {"title": "x"}).status_code == 403
    changed = send(client_for(world.convener), "patch", path, {"title": "Workshop slides"})
    assert changed.json()["title"] == "Workshop slides"
    assert changed.json()["activity"] == activity.pk
    refused = send(member, "patch", path, {"activity": None})
    assert refused.status_code == 422
    assert send(member, "patch", path, {"title": None}).status_code == 422
    assert send(client_for(world.outsider), "delete", path, {}).status_code == 403
    assert client_for(world.admin).delete(path).status_code == 204
    assert not Collection.objects.exists()


def test_adding_reordering_and_removing_documents(world):
    pack = a_pack(world)
    path = f"/api/v1/collections/{pack.pk}/items"
    member = client_for(world.member)
    extra = DocumentFactory(title="Procurement checklist", community=world.public)
    hidden = DocumentFactory(title="Elsewhere", community=world.private)
    added = send(member, "post", path, {"document": extra.pk, "note": "Last"})
    assert added.status_code == 201
    assert titles(added.json())[-1] == "Procurement checklist"
    again = send(member, "post", path, {"document": extra.pk})
    assert again.status_code == 422
    assert "already in the collection" in again.json()["error"]["fields"]["document"][0]
    outsider = client_for(world.outsider)
    assert send(outsider, "post", path, {"document": extra.pk}).status_code == 403
    assert send(client_for(world.convener), "post", path, {"document": 10**6}).status_code == 404

    order = [item.document_id for item in CollectionItem.objects.filter(collection=pack)]
    reordered = send(member, "put", path, {"documents": list(reversed(order))})
    assert reordered.status_code == 200
    assert titles(reordered.json())[0] == "Procurement checklist"
    incomplete = send(member, "put", path, {"documents": order[:2]})
    assert incomplete.status_code == 422
    assert "documents" in incomplete.json()["error"]["fields"]
    assert send(member, "put", path, {"documents": [*order, hidden.pk]}).status_code == 422
    assert send(member, "put", path, {"documents": [*order, order[0]]}).status_code == 422

    assert member.delete(f"{path}/{extra.pk}").status_code == 204
    assert member.delete(f"{path}/{extra.pk}").status_code == 422
    assert outsider.delete(f"{path}/{order[0]}").status_code == 403
    assert len(member.get(f"/api/v1/collections/{pack.pk}").json()["items"]) == 3
