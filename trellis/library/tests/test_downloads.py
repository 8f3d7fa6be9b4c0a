"""Files reach only those who may see the document, as attachments that are never sniffed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from trellis.library.models import Document, DocumentKind, DocumentStatus
from trellis.library.services import document_create, document_version_add
from trellis.library.tests import samples
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def _published(world, community, *, title="Бюджетное планирование", file=None) -> Document:
    document = document_create(
        actor=world.member,
        title=title,
        kind=DocumentKind.GUIDE,
        language="ru",
        community=community,
        file=file or samples.pdf(),
    )
    Document.objects.filter(pk=document.pk).update(status=DocumentStatus.PUBLISHED)
    document.refresh_from_db()
    return document


def _url(document: Document) -> str:
    return f"/library/documents/{document.pk}/download/"


def test_a_download_is_an_attachment_with_its_type_never_sniffed(client, world) -> None:
    document = _published(world, world.public)
    response = client.get(_url(document))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == samples.PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    # The Cyrillic title, RFC 5987-encoded.
    assert "filename*=utf-8''" in disposition and "%D0%91" in disposition


def test_an_image_is_shown_inline_yet_not_sniffed(client, world) -> None:
    image = SimpleUploadedFile("x.png", samples.image_bytes("PNG"))
    document = _published(world, world.public, title="Chart", file=image)
    response = client.get(_url(document))
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_private_communitys_file_is_hidden_from_outsiders_and_visitors(client, world) -> None:
    document = _published(world, world.private)
    assert client.get(_url(document)).status_code == 404
    client.force_login(world.outsider)
    assert client.get(_url(document)).status_code == 404
    client.force_login(world.member)
    assert client.get(_url(document)).status_code == 200
    # A missing document and a hidden one look the same.
    client.force_login(world.outsider)
    assert client.get("/library/documents/999999/download/").status_code == 404


def test_a_draft_is_downloaded_only_by_those_who_work_on_it(client, world) -> None:
    document = _published(world, world.public)
    Document.objects.filter(pk=document.pk).update(status=DocumentStatus.DRAFT)
    client.force_login(world.outsider)
    assert client.get(_url(document)).status_code == 404
    client.force_login(world.convener)
    assert client.get(_url(document)).status_code == 200


def test_earlier_versions_stay_downloadable(client, world) -> None:
    document = _published(world, world.public, title="Guide")
    document_version_add(
        actor=world.member,
        document=document,
        file=SimpleUploadedFile("v2.csv", b"a,b\n1,2\n"),
    )
    first = client.get(f"/library/documents/{document.pk}/versions/1/download/")
    assert b"".join(first.streaming_content) == samples.PDF_BYTES
    assert 'filename="Guide (v1).pdf"' in first["Content-Disposition"]
    current = client.get(_url(document))
    assert current["Content-Type"] == "text/csv; charset=utf-8"
    assert client.get(f"/library/documents/{document.pk}/versions/9/download/").status_code == 404


def test_each_download_by_a_person_is_one_contribution_visitors_are_counted(client, world) -> None:
    document = _published(world, world.public)
    client.get(_url(document))
    client.get(_url(document))
    document.refresh_from_db()
    assert document.anonymous_downloads == 2
    client.force_login(world.outsider)
    client.get(_url(document))
    downloads = Contribution.objects.filter(kind="document.downloaded", person=world.outsider)
    assert downloads.count() == 1
    document.refresh_from_db()
    assert document.anonymous_downloads == 2


def test_a_link_document_redirects_only_after_the_check(client, world) -> None:
    document = document_create(
        actor=world.member,
        title="Elsewhere",
        kind=DocumentKind.READING,
        language="en",
        community=world.private,
        link="https://example.org/paper",
    )
    Document.objects.filter(pk=document.pk).update(status=DocumentStatus.PUBLISHED)
    assert client.get(_url(document)).status_code == 404
    client.force_login(world.member)
    response = client.get(_url(document))
    assert response.status_code == 302 and response["Location"] == "https://example.org/paper"
