"""A document's page, its version list and the API say whether the text of its current version
was read for search; why it failed is told to those who look after the document only."""

import pytest
from django.test import Client

from trellis.library.models import Document, DocumentStatus, DocumentVersion, ExtractionState
from trellis.library.services import document_create
from trellis.library.tests import samples
from trellis.library.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

PENDING = "Reading the text of this file…"
FAILED = "The text of this file could not be read; it can still be downloaded."
NO_TEXT = "There is no text to read in this document: search finds it by its title and description."
REASON = "The file is damaged or is not really in the format it claims."


def client_for(person=None) -> Client:
    client = Client()
    if person is not None:
        client.force_login(person)
    return client


def shared_file(world) -> Document:
    document = document_create(
        actor=world.member,
        title="Costing checklist",
        kind="tool",
        language="en",
        community=world.public,
        file=samples.pdf(),
    )
    Document.objects.filter(pk=document.pk).update(status=DocumentStatus.PUBLISHED)
    return document


def set_state(document: Document, state: str, error: str = "") -> None:
    DocumentVersion.objects.filter(document=document).update(
        extraction_state=state, extraction_error=error
    )


def test_a_file_waiting_to_be_read_says_so_on_its_page_and_in_the_api(world):
    document = shared_file(world)
    page = client_for().get(f"/library/documents/{document.pk}/").content.decode()
    assert PENDING in page and FAILED not in page
    assert "<td>Waiting to be read</td>" in page
    body = client_for().get(f"/api/v1/documents/{document.pk}").json()
    assert body["extraction_state"] == "pending"
    set_state(document, ExtractionState.DONE)
    page = client_for(world.outsider).get(f"/library/documents/{document.pk}/").content.decode()
    assert PENDING not in page and "<td>Text read</td>" in page
    assert client_for().get(f"/api/v1/documents/{document.pk}").json()["extraction_state"] == "done"


@pytest.mark.parametrize(
    ("role", "sees_reason"),
    [
        ("visitor", False),
        ("outsider", False),
        ("sponsor", False),
        ("member", True),  # who shared it
        ("convener", True),
        ("admin", True),
    ],
)
def test_a_failed_reading_is_flagged_and_its_reason_shown_to_keepers_only(world, role, sees_reason):
    document = shared_file(world)
    set_state(document, ExtractionState.FAILED, REASON)
    response = client_for(world.person(role)).get(f"/library/documents/{document.pk}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert FAILED in page and "Download</a>" in page
    assert "<td>The text could not be read</td>" in page
    assert (REASON in page) is sees_reason
    body = client_for(world.person(role)).get(f"/api/v1/documents/{document.pk}").json()
    assert body["extraction_state"] == "failed" and REASON not in str(body)


def test_a_link_has_no_text_to_read_and_the_reason_is_translated(world):
    link = DocumentFactory(community=world.public)
    page = client_for().get(f"/library/documents/{link.pk}/").content.decode()
    assert NO_TEXT in page and PENDING not in page
    assert client_for().get(f"/api/v1/documents/{link.pk}").json()["extraction_state"] == "none"
    document = shared_file(world)
    set_state(document, ExtractionState.FAILED, REASON)
    member = client_for(world.member)
    russian = member.get(f"/library/documents/{document.pk}/", HTTP_ACCEPT_LANGUAGE="ru")
    text = russian.content.decode()
    assert "Текст этого файла не удалось прочитать" in text and REASON not in text
