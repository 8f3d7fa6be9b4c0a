"""The library API as a visitor, an outsider, a member and a convener."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from trellis.library.models import Document, DocumentStatus
from trellis.library.sample_files import sample_docx
from trellis.library.tests.tiny_files import pdf_bytes

pytestmark = pytest.mark.django_db


def client_for(person=None) -> Client:
    client = Client()
    if person is not None:
        client.force_login(person)
    return client


def share(client, community, **fields):
    data = {"title": "Budget planning guide", "kind": "guide", "language": "en", **fields}
    if community is not None:
        data["community"] = community.slug
    return client.post("/api/v1/documents", data)


def test_a_member_shares_an_upload_that_only_they_see_as_a_draft(world):
    member = client_for(world.member)
    upload = SimpleUploadedFile("guide.pdf", pdf_bytes("Budget audits"))
    response = share(member, world.public, file=upload, countries=["AM", "KZ"])
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "draft" and body["community"] == world.public.slug
    assert body["countries"] == ["AM", "KZ"]
    assert body["current_version"]["number"] == 1
    assert body["current_version"]["original_name"] == "guide.pdf"
    assert body["download_url"] == f"/api/v1/documents/{body['id']}/download"
    assert client_for(world.outsider).get(f"/api/v1/documents/{body['id']}").status_code == 404
    assert client_for().get("/api/v1/documents").json()["count"] == 0
    assert member.get("/api/v1/documents").json()["count"] == 1


def test_a_link_document_is_shared_without_a_file(world):
    response = share(client_for(world.member), None, link="https://example.org/guide")
    assert response.status_code == 201, response.content
    assert response.json()["link"] == "https://example.org/guide"
    assert response.json()["current_version"] is None


def test_refused_input_is_answered_with_clear_messages_not_500(world):
    member = client_for(world.member)
    disguised = SimpleUploadedFile("virus.pdf", b"MZ\x90\x00 an executable")
    response = share(member, world.public, file=disguised)
    assert response.status_code == 422
    assert response.json()["error"]["message"]
    assert share(member, world.public).status_code == 422  # neither file nor link
    assert share(member, world.public, kind="novel", link="https://x.org").status_code == 422
    assert share(member, world.public, topics=["nope"], link="https://x.org").status_code == 422
    assert share(client_for(), world.public, link="https://x.org").status_code == 401
    assert share(client_for(world.outsider), world.private, link="https://x.org").status_code == 404
    assert Document.objects.count() == 0


def test_versions_are_listed_and_a_new_one_becomes_current(world):
    member = client_for(world.member)
    upload = SimpleUploadedFile("plan.docx", sample_docx(title="Plan", paragraphs=["One"]))
    document_id = share(member, world.public, file=upload).json()["id"]
    second = SimpleUploadedFile("plan-2.pdf", pdf_bytes("Second"))
    response = member.post(
        f"/api/v1/documents/{document_id}/versions", {"file": second, "note": "Shorter"}
    )
    assert response.status_code == 201, response.content
    assert response.json()["number"] == 2 and response.json()["note"] == "Shorter"
    versions = member.get(f"/api/v1/documents/{document_id}/versions").json()
    assert [v["number"] for v in versions] == [2, 1]
    stranger = client_for(world.outsider).post(
        f"/api/v1/documents/{document_id}/versions", {"file": second}
    )
    assert stranger.status_code == 404  # a draft is not seen by outsiders


def test_the_lifecycle_and_download_through_the_api(world):
    member, convener = client_for(world.member), client_for(world.convener)
    upload = SimpleUploadedFile("guide.pdf", pdf_bytes("Budget audits"))
    document_id = share(member, world.private, file=upload).json()["id"]
    assert (
        convener.post(
            f"/api/v1/documents/{document_id}/review",
            {"publish": True},
            content_type="application/json",
        ).status_code
        == 409
    )
    assert member.post(f"/api/v1/documents/{document_id}/submit").json()["status"] == "in_review"
    assert (
        member.post(
            f"/api/v1/documents/{document_id}/review",
            {"publish": True},
            content_type="application/json",
        ).status_code
        == 403
    )
    published = convener.post(
        f"/api/v1/documents/{document_id}/review",
        {"publish": True},
        content_type="application/json",
    )
    assert published.json()["status"] == DocumentStatus.PUBLISHED
    download = member.get(f"/api/v1/documents/{document_id}/download")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Content-Disposition"].startswith("attachment")
    assert (
        client_for(world.outsider).get(f"/api/v1/documents/{document_id}/download").status_code
        == 404
    )
    assert client_for().get(f"/api/v1/documents/{document_id}").status_code == 404


def test_patch_changes_only_what_is_sent_and_only_for_editors(world):
    member = client_for(world.member)
    document_id = share(member, world.public, link="https://example.org/a").json()["id"]
    response = member.patch(
        f"/api/v1/documents/{document_id}",
        {"title": "Новое название"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["title"] == "Новое название"
    assert response.json()["link"] == "https://example.org/a"
    refused = member.patch(
        f"/api/v1/documents/{document_id}", {"title": ""}, content_type="application/json"
    )
    assert refused.status_code == 422
    Document.objects.filter(pk=document_id).update(status=DocumentStatus.PUBLISHED)
    outsider = client_for(world.outsider).patch(
        f"/api/v1/documents/{document_id}", {"title": "Mine"}, content_type="application/json"
    )
    assert outsider.status_code == 403


def test_translations_are_linked_and_filters_narrow_the_list(world):
    member = client_for(world.member)
    english = share(member, world.public, link="https://example.org/en").json()["id"]
    russian = share(
        member, world.public, link="https://example.org/ru", language="ru", title="Руководство"
    ).json()["id"]
    response = member.post(
        f"/api/v1/documents/{english}/translations",
        {"document": russian},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert [d["id"] for d in response.json()] == [russian]
    again = share(member, world.public, link="https://example.org/ru2", language="ru").json()["id"]
    clash = member.post(
        f"/api/v1/documents/{english}/translations",
        {"document": again},
        content_type="application/json",
    )
    assert clash.status_code == 422
    listed = member.get("/api/v1/documents", {"language": "ru"}).json()
    assert {d["id"] for d in listed["items"]} == {russian, again}
    assert member.get("/api/v1/documents", {"language": "xx"}).status_code == 422
