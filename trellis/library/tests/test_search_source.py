"""The documents' search source: what is indexed, for whom, and the final visibility check."""

import datetime
import hashlib

import pytest
from django.core.files.base import ContentFile

from trellis.accounts.tests.factories import ExpertiseTopicFactory
from trellis.library.models import DocumentAuthor, DocumentStatus, DocumentVersion, ExtractionState
from trellis.library.search_source import document_search_source
from trellis.library.tests.factories import DocumentFactory
from trellis.search.sources import Audience, source_for

pytestmark = pytest.mark.django_db


def with_text(document, text):
    data = b"%PDF-1.4"
    version = DocumentVersion(
        document=document,
        number=1,
        original_name="a.pdf",
        extension=".pdf",
        content_type="application/pdf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        extracted_text=text,
        extraction_state=ExtractionState.DONE,
    )
    version.file.save("a.pdf", ContentFile(data), save=False)
    version.save()
    document.current_version = version
    document.save(update_fields=["current_version"])
    return document


def test_the_source_is_registered_for_documents():
    assert source_for("document") is document_search_source


def test_a_public_document_is_found_by_its_metadata_and_its_text(world):
    topic = ExpertiseTopicFactory(slug="budget", name={"en": "Budgeting", "ru": "Бюджет"})
    document = DocumentFactory(
        title="Программный бюджет",
        description="Как перейти к программному бюджету",
        community=world.public,
        language="ru",
        countries=["KZ", "AM"],
        date=datetime.date(2024, 3, 1),
    )
    document.topics.add(topic)
    DocumentAuthor.objects.create(document=document, person=world.member)
    DocumentAuthor.objects.create(document=document, name="Outside Expert", position=1)
    with_text(document, "Среднесрочное бюджетное планирование")
    [entry] = document_search_source.documents(ids=[document.pk])
    assert entry.kind == "document" and entry.title == "Программный бюджет"
    for words in [
        "Как перейти",
        "Member Person",
        "Outside Expert",
        "Budgeting",
        "Бюджет",
        "Guide",
        "Руководство",
        "Среднесрочное бюджетное планирование",
    ]:
        assert words in entry.body, words
    assert entry.audience == Audience.PUBLIC
    assert entry.community_ids == (world.public.pk,)
    assert (entry.language, entry.country, entry.date) == ("ru", "AM", datetime.date(2024, 3, 1))
    assert entry.url == f"/library/documents/{document.pk}/"


def test_a_private_communitys_document_is_for_its_members_and_drafts_are_not_indexed(world):
    private = DocumentFactory(community=world.private)
    network = DocumentFactory(community=None)
    draft = DocumentFactory(community=world.public, status=DocumentStatus.DRAFT)
    entries = {e.object_id: e for e in document_search_source.documents()}
    assert entries[private.pk].audience == Audience.MEMBERS
    assert entries[private.pk].community_ids == (world.private.pk,)
    assert entries[network.pk].audience == Audience.PUBLIC
    assert entries[network.pk].community_ids == ()
    assert draft.pk not in entries
    assert list(document_search_source.documents(ids=[draft.pk])) == []


def test_visible_ids_never_include_what_the_viewer_may_not_see(world):
    public = DocumentFactory(community=world.public)
    private = DocumentFactory(community=world.private)
    draft = DocumentFactory(community=world.public, status=DocumentStatus.DRAFT)
    ids = [public.pk, private.pk, draft.pk]
    from django.contrib.auth.models import AnonymousUser

    assert document_search_source.visible_ids(viewer=AnonymousUser(), ids=ids) == {public.pk}
    assert document_search_source.visible_ids(viewer=world.outsider, ids=ids) == {public.pk}
    assert document_search_source.visible_ids(viewer=world.member, ids=ids) == {
        public.pk,
        private.pk,
    }
