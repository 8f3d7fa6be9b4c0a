"""The background task that reads a version's text and asks search to reindex the document."""

import hashlib

import pytest
from django.core.files.base import ContentFile

from trellis.library import tasks
from trellis.library.models import Document, DocumentKind, DocumentVersion, ExtractionState
from trellis.library.sample_files import sample_docx
from trellis.library.tasks import document_version_extract
from trellis.library.tests.tiny_files import pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def reindexed(monkeypatch):
    calls = []
    monkeypatch.setattr(
        tasks, "search_index_later", lambda *, kind, ids: calls.append((kind, list(ids)))
    )
    return calls


def version_of(document, data, extension, *, current=True):
    number = document.versions.count() + 1
    version = DocumentVersion(
        document=document,
        number=number,
        original_name=f"file{extension}",
        extension=extension,
        content_type="application/octet-stream",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    version.file.save(f"file{extension}", ContentFile(data), save=False)
    version.save()
    if current:
        document.current_version = version
        document.save(update_fields=["current_version"])
    return version


@pytest.fixture
def document():
    return Document.objects.create(title="Бюджет", kind=DocumentKind.REPORT, language="ru")


def test_a_readable_file_keeps_its_text_and_the_document_is_reindexed(document, reindexed):
    data = sample_docx(title="Бюджетное планирование", paragraphs=["Audit of public spending"])
    version = version_of(document, data, ".docx")
    document_version_extract.enqueue(version_id=version.pk)
    version.refresh_from_db()
    assert version.extraction_state == ExtractionState.DONE
    assert "Бюджетное планирование" in version.extracted_text
    assert "Audit of public spending" in version.extracted_text
    assert version.extraction_error == ""
    assert reindexed == [("document", [document.pk])]


def test_a_broken_file_is_kept_and_flagged_with_the_reason(document, reindexed):
    version = version_of(document, b"%PDF-1.4 broken", ".pdf")
    document_version_extract.enqueue(version_id=version.pk)
    version.refresh_from_db()
    assert version.extraction_state == ExtractionState.FAILED
    assert version.extraction_error == (
        "The file is damaged or is not really in the format it claims."
    )
    assert version.extracted_text == ""
    assert version.file.size == len(b"%PDF-1.4 broken")


def test_an_image_has_no_text_to_read(document, reindexed):
    version = version_of(document, b"\x89PNG\r\n\x1a\n", ".png")
    document_version_extract.enqueue(version_id=version.pk)
    version.refresh_from_db()
    assert version.extraction_state == ExtractionState.NONE
    assert version.extraction_error == ""


def test_an_earlier_version_is_read_but_does_not_reindex_the_document(document, reindexed):
    older = version_of(document, pdf_bytes("First draft"), ".pdf")
    version_of(document, pdf_bytes("Final text"), ".pdf")
    document_version_extract.enqueue(version_id=older.pk)
    older.refresh_from_db()
    assert older.extracted_text == "First draft"
    assert reindexed == []


def test_a_file_missing_from_storage_is_flagged_not_a_crash(document, reindexed):
    version = version_of(document, pdf_bytes("Gone"), ".pdf")
    version.file.storage.delete(version.file.name)
    document_version_extract.enqueue(version_id=version.pk)
    version.refresh_from_db()
    assert version.extraction_state == ExtractionState.FAILED
    assert "could not be found" in version.extraction_error


def test_a_version_deleted_before_the_task_runs_is_ignored(reindexed):
    document_version_extract.enqueue(version_id=987654)
    assert reindexed == []


def test_sharing_a_file_reads_its_text_after_commit(world, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from trellis.library.services import document_create

    data = sample_docx(title="Среднесрочное планирование", paragraphs=["Budget audits"])
    with django_capture_on_commit_callbacks(execute=True):
        document = document_create(
            actor=world.member,
            title="Планирование",
            kind=DocumentKind.GUIDE,
            language="ru",
            community=world.public,
            file=SimpleUploadedFile("plan.docx", data),
        )
    version = DocumentVersion.objects.get(document=document)
    assert version.extraction_state == ExtractionState.DONE
    assert "Среднесрочное планирование" in version.extracted_text
