"""The demo's library: documents in both languages with linked translations, versions, real
files whose text was read, and collections, as a member browsing the library would find them."""

from collections import Counter

from trellis.demo.accounts import CONVENER
from trellis.library.models import (
    Collection,
    Document,
    DocumentStatus,
    DocumentVersion,
    ExtractionState,
)
from trellis.library.storage import library_storage


def test_documents_in_both_languages_with_linked_translations(demo: str) -> None:
    assert "10 documents in 2 collections" in demo
    documents = list(Document.objects.all())
    assert Counter(d.language for d in documents) == {"en": 6, "ru": 4}
    groups = Counter(d.translation_group for d in documents)
    linked = [group for group, size in groups.items() if size == 2]
    assert len(linked) == 3  # the costing guide, the Armenian case, the audit standards guide
    for group in linked:
        assert {d.language for d in documents if d.translation_group == group} == {"en", "ru"}
    assert Counter(d.status for d in documents) == {
        DocumentStatus.PUBLISHED: 8,
        DocumentStatus.IN_REVIEW: 1,
        DocumentStatus.DRAFT: 1,
    }
    # A private community's document, and agenda items with what came out of them.
    assert Document.objects.filter(community__code="SC").count() == 1
    assert Document.objects.exclude(agenda_item=None).count() == 9


def test_every_file_is_real_and_its_text_was_read(demo: str) -> None:
    versions = list(DocumentVersion.objects.select_related("document"))
    assert len(versions) == 12  # nine files, two earlier versions of one, one of another
    for version in versions:
        assert version.extraction_state == ExtractionState.DONE
        assert version.document.title in version.extracted_text
        with library_storage().open(version.file.name) as stored:
            head = stored.read(4)
        assert head in (b"%PDF", b"PK\x03\x04")
    guide = Document.objects.get(title__startswith="Costing new policy proposals")
    assert guide.current_version is not None and guide.current_version.number == 2
    assert (
        "бюджетное планирование"
        in Document.objects.get(title__startswith="Оценка стоимости")
        .current_version.extracted_text.replace("Среднесрочное ", "")
        .lower()
    )


def test_collections_gather_documents(demo: str) -> None:
    essentials = Collection.objects.get(kind="essentials")
    assert essentials.community is not None and essentials.community.code == "BCOP"
    assert essentials.created_by is not None and essentials.created_by.email == CONVENER.email
    assert [item.document.title[:20] for item in essentials.items.select_related("document")] == [
        "Costing new policy p",
        "Обзоры расходов в бю",
    ]
