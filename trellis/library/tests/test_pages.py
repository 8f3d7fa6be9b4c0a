"""The library's pages as people use them: list, document page, sharing, versions, review."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from trellis.library.models import Document, DocumentStatus
from trellis.library.tests import samples
from trellis.library.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def test_the_list_shows_what_each_person_may_see_and_an_empty_state(client, world) -> None:
    assert "The library is empty for now" in client.get("/library/").content.decode()
    DocumentFactory(title="Public budget guide", community=world.public)
    DocumentFactory(title="Private audit notes", community=world.private)
    page = client.get("/library/").content.decode()
    assert "Public budget guide" in page and "Private audit notes" not in page
    client.force_login(world.member)
    page = client.get("/library/").content.decode()
    assert "Public budget guide" in page and "Private audit notes" in page
    page = client.get("/library/?language=ru&kind=nonsense&topic=x").content.decode()
    assert "No document matches these filters." in page


def test_sharing_a_file_then_a_disguised_one_keeps_what_was_typed(client, world) -> None:
    client.force_login(world.member)
    form = {
        "title": "Programme budgeting in practice",
        "description": "What we learnt",
        "kind": "case_study",
        "language": "en",
        "community": world.public.pk,
        "authors": "convener@example.org\nOutside Expert",
    }
    refused = client.post(
        "/library/share/", {**form, "file": SimpleUploadedFile("x.pdf", samples.ELF_BYTES)}
    )
    page = refused.content.decode()
    assert refused.status_code == 200
    assert "not accepted" in page and "choose it again" in page
    assert "Programme budgeting in practice" in page and "Outside Expert" in page
    shared = client.post("/library/share/", {**form, "file": samples.pdf()})
    document = Document.objects.get()
    assert shared["Location"] == f"/library/documents/{document.pk}/"
    page = client.get(shared["Location"]).content.decode()
    assert "Convener Person" in page and "Outside Expert" in page
    assert "Download version 1" in page and "Send for review" in page


def test_a_document_page_offers_the_readers_language(client, world) -> None:
    english = DocumentFactory(title="Budget guide", community=world.public, language="en")
    DocumentFactory(
        title="Руководство по бюджету",
        community=world.public,
        language="ru",
        translation_group=english.translation_group,
    )
    client.cookies["django_language"] = "ru"
    page = client.get(f"/library/documents/{english.pk}/", HTTP_ACCEPT_LANGUAGE="ru").content
    assert "Руководство по бюджету" in page.decode()
    assert "Прочитать на вашем языке" in page.decode()


def test_review_by_a_convener_publishes(client, world) -> None:
    document = DocumentFactory(
        community=world.public, status=DocumentStatus.IN_REVIEW, created_by=world.member
    )
    client.force_login(world.member)
    assert (
        "Review this document"
        not in client.get(f"/library/documents/{document.pk}/").content.decode()
    )
    client.force_login(world.convener)
    assert (
        "Review this document" in client.get(f"/library/documents/{document.pk}/").content.decode()
    )
    sent_back = client.post(f"/library/documents/{document.pk}/review/", {"decision": "return"})
    assert "Say what should change" in sent_back.content.decode()
    client.post(f"/library/documents/{document.pk}/review/", {"decision": "publish"})
    document.refresh_from_db()
    assert document.status == DocumentStatus.PUBLISHED and document.reviewer == world.convener


def test_private_document_page_is_a_404_for_outsiders(client, world) -> None:
    document = DocumentFactory(community=world.private)
    assert client.get(f"/library/documents/{document.pk}/").status_code == 404
    client.force_login(world.outsider)
    assert client.get(f"/library/documents/{document.pk}/").status_code == 404
    client.force_login(world.member)
    assert client.get(f"/library/documents/{document.pk}/").status_code == 200
