"""The API names what a document came from, as the share page does: an activity and a
learning-agenda item of the document's community, refused by id when unknown or not visible."""

import pytest
from django.test import Client

from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.tests.agenda import proposed_item
from trellis.library.models import Document

pytestmark = pytest.mark.django_db


def client_for(person=None) -> Client:
    client = Client()
    if person is not None:
        client.force_login(person)
    return client


def share(client, community, **fields):
    data = {"title": "Costing checklist", "kind": "tool", "language": "en", **fields}
    data.setdefault("link", "https://example.org/checklist")
    if community is not None:
        data["community"] = community.slug
    return client.post("/api/v1/documents", data)


def fields_of(response) -> dict:
    assert response.status_code == 422, response.content
    return response.json()["error"]["fields"]


def test_a_member_names_the_activity_and_item_and_reads_them_back(world):
    item = proposed_item(world, title="How do we cost new policies?")
    activity = ActivityFactory(communities=[world.public], status="held")
    member = client_for(world.member)
    response = share(member, world.public, activity=activity.pk, agenda_item=item.pk)
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["activity"], body["agenda_item"]) == (activity.pk, item.pk)
    document = Document.objects.get()
    assert (document.activity, document.agenda_item) == (activity, item)
    read = member.get(f"/api/v1/documents/{document.pk}").json()
    assert (read["activity"], read["agenda_item"]) == (activity.pk, item.pk)
    plain = share(member, world.public).json()
    assert (plain["activity"], plain["agenda_item"]) == (None, None)


def test_unknown_or_hidden_ids_are_refused_by_name_for_each_role(world):
    hidden_item = proposed_item(world, community=world.private, title="Closed question")
    hidden_activity = ActivityFactory(communities=[world.private], status="held")
    draft = ActivityFactory(communities=[world.public], status="draft")
    outsider = client_for(world.outsider)
    refused = fields_of(
        share(outsider, None, activity=hidden_activity.pk, agenda_item=hidden_item.pk)
    )
    assert refused["activity"] == ["There is no activity with this number that you can choose."]
    assert refused["agenda_item"] == [
        "There is no learning-agenda item with this number that you can choose."
    ]
    member = client_for(world.member)
    assert "activity" in fields_of(share(member, world.public, activity=999_999))
    assert "agenda_item" in fields_of(share(member, world.public, agenda_item=999_999))
    assert "activity" in fields_of(share(member, world.public, activity=draft.pk))
    assert "activity" in fields_of(share(member, world.public, activity=0))
    # Visible, but of another community than the document's.
    assert fields_of(share(member, world.public, activity=hidden_activity.pk))["activity"] == [
        "Choose an activity of this community."
    ]
    elsewhere = fields_of(
        share(client_for(world.convener), world.public, agenda_item=hidden_item.pk)
    )
    assert elsewhere["agenda_item"] == ["Choose an item of this community's learning agenda."]
    assert share(client_for(), world.public, activity=hidden_activity.pk).status_code == 401
    assert not Document.objects.exists()
    admin = share(client_for(world.admin), world.private, activity=hidden_activity.pk)
    assert admin.status_code == 201, admin.content
    assert admin.json()["activity"] == hidden_activity.pk


def test_patch_sets_the_origin_with_the_same_checks(world):
    item = proposed_item(world, title="How do we cost new policies?")
    activity = ActivityFactory(communities=[world.public], status="held")
    hidden_activity = ActivityFactory(communities=[world.private], status="held")
    member = client_for(world.member)
    document_id = share(member, world.public).json()["id"]
    url = f"/api/v1/documents/{document_id}"
    changed = member.patch(
        url, {"activity": activity.pk, "agenda_item": item.pk}, content_type="application/json"
    )
    assert changed.status_code == 200, changed.content
    assert (changed.json()["activity"], changed.json()["agenda_item"]) == (activity.pk, item.pk)
    refused = member.patch(url, {"activity": 999_999}, content_type="application/json")
    assert "activity" in fields_of(refused)
    elsewhere = member.patch(url, {"activity": hidden_activity.pk}, content_type="application/json")
    assert fields_of(elsewhere)["activity"] == ["Choose an activity of this community."]
    stranger = client_for(world.outsider).patch(
        url, {"activity": activity.pk}, content_type="application/json"
    )
    assert stranger.status_code == 404  # a draft is not seen by outsiders
    assert Document.objects.get().activity == activity
