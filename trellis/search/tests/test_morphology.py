"""Words are found in their other forms, in Russian and in English, on every engine."""

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.search.indexing import index_documents
from trellis.search.selectors import search, search_object_ids
from trellis.search.text import query_stems, stemmed_text

pytestmark = pytest.mark.django_db

anonymous = AnonymousUser()


def _found(q: str) -> list[int]:
    return [hit.object_id for hit in search(viewer=anonymous, q=q).hits]


@pytest.fixture
def indexed(notes):
    notes.add(1, "Бюджетное планирование", "Как планировать бюджет сообщества")
    notes.add(2, "Internal audit", "How an audit of the programme is run")
    notes.add(3, "Доклад", "Выступал Иванов, затем Ёлкин рассказал про ёлки")
    notes.add(4, "Mixed", "Отчёт о budget reviews и аудите")
    index_documents(notes.documents())
    return notes


def test_stems_follow_each_words_script():
    assert stemmed_text("Бюджетного audits") == "бюджетн audit"
    assert query_stems("Ёлки ЁЛКИ елки") == ["елк"]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("бюджетного планирования", [1]),
        ("БЮДЖЕТНОЕ", [1]),
        ("audits", [2]),
        ("Auditing", [2]),
        ("иванов", [3]),
        ("елки", [3]),
        ("ёлкин", [3]),
        ("budget reviewing", [4]),
        ("отчет аудит", [4]),
    ],
)
def test_other_forms_of_a_word_are_found(indexed, q, expected):
    assert _found(q) == expected


def test_every_word_must_match(indexed):
    assert _found("бюджетное audit") == []


def test_object_ids_for_other_pages(indexed):
    ids = search_object_ids(viewer=anonymous, q="audit", kind="note")
    assert sorted(ids) == [2]
    assert search_object_ids(viewer=anonymous, q="audit", kind="other") == []
