"""Querying: filters, counts per kind, ranking, snippets, pages and hostile input."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection, transaction

from trellis.search.indexing import index_documents
from trellis.search.selectors import search

anonymous = AnonymousUser()


@pytest.fixture
def library(notes, links):
    notes.add(
        1,
        "Water quality",
        "Sampling the river",
        language="en",
        country="KE",
        date=datetime.date(2025, 3, 1),
    )
    notes.add(
        2,
        "Soil",
        "Water retention in soil",
        language="en",
        country="TZ",
        date=datetime.date(2025, 6, 1),
    )
    notes.add(
        3,
        "Качество воды",
        "Про water и реки",
        language="ru",
        country="KG",
        date=datetime.date(2026, 1, 10),
    )
    links.add(10, "A water link", "")
    index_documents([*notes.documents(), *links.documents()])
    return notes


def _ids(result):
    return [hit.object_id for hit in result.hits]


def test_a_title_match_ranks_above_a_body_match(library):
    result = search(viewer=anonymous, q="water")
    assert _ids(result)[:2] != [2, 1]
    assert _ids(result).index(1) < _ids(result).index(2)


def test_counts_per_kind_and_the_kind_filter(library):
    everything = search(viewer=anonymous, q="water")
    assert everything.counts == {"note": 3, "link": 1}
    assert everything.total == 4
    links_only = search(viewer=anonymous, q="water", kinds=["link"])
    assert _ids(links_only) == [10]
    assert links_only.total == 1
    assert links_only.counts == {"note": 3, "link": 1}  # the other kinds stay countable


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"language": "ru"}, [3]),
        ({"country": "tz"}, [2]),
        ({"date_from": datetime.date(2025, 5, 1)}, [2, 3]),
        ({"date_to": datetime.date(2025, 5, 1)}, [1]),
        ({"date_from": datetime.date(2025, 5, 1), "date_to": datetime.date(2025, 12, 31)}, [2]),
    ],
)
def test_filters(library, filters, expected):
    assert sorted(_ids(search(viewer=anonymous, q="water", kinds=["note"], **filters))) == expected


def test_pages(notes):
    for pk in range(1, 26):
        notes.add(pk, f"Seed bank {pk}")
    index_documents(notes.documents())
    first = search(viewer=anonymous, q="seed", per_page=10)
    last = search(viewer=anonymous, q="seed", per_page=10, page=3)
    assert (first.total, first.num_pages, len(first.hits), len(last.hits)) == (25, 3, 10, 5)
    assert first.has_next and not first.has_previous
    assert last.has_previous and not last.has_next
    assert not set(_ids(first)) & set(_ids(last))
    assert search(viewer=anonymous, q="seed", page=99).hits == []


def test_snippet_marks_matched_words_in_the_original_text(notes):
    notes.add(1, "Отчёт", "Вступление. " + "Слово " * 80 + "Бюджетное планирование в 2025 году.")
    index_documents(notes.documents())
    [hit] = search(viewer=anonymous, q="бюджетного планирования").hits
    assert "<mark>Бюджетное</mark> <mark>планирование</mark> в 2025 году." in hit.snippet
    assert hit.snippet.startswith("…")


def test_markup_in_indexed_text_stays_text(notes):
    notes.add(1, "<script>alert(1)</script> budget", 'Budget & "plans" <b>bold</b>')
    index_documents(notes.documents())
    [hit] = search(viewer=anonymous, q="budget").hits
    assert "<script>" not in hit.title_html and "<b>" not in hit.snippet
    assert hit.title_html == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>budget</mark>"
    assert hit.snippet == "<mark>Budget</mark> &amp; &quot;plans&quot; &lt;b&gt;bold&lt;/b&gt;"
    assert hit.title == "<script>alert(1)</script> budget"


HOSTILE = [
    "",
    "   ",
    "!!! ??? ...",
    '"',
    '"water',
    "water*",
    "*",
    "water NEAR soil",
    "NEAR(water soil)",
    "-water",
    "water OR soil",
    "NOT water",
    "title:water",
    "{title}: water",
    "^water",
    "water\x00soil",
    "\x00",
    "(water",
    "water' OR 1=1 --",
    "a" * 10_000,
    "water " * 2_000,
    "🙂 water",
]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_find_nothing_or_something_sensible(library, q):
    result = search(viewer=anonymous, q=q)
    assert result.total == len(result.hits)
    assert set(_ids(result)) <= {1, 2, 3, 10}


def test_operators_are_plain_words(library):
    assert _ids(search(viewer=anonymous, q="water*")) != []
    assert search(viewer=anonymous, q="-water").total == 4  # not "without water"
    assert search(viewer=anonymous, q="water OR nothing").total == 0  # "or" is no operator
    assert search(viewer=anonymous, q="").total == 0


def test_a_page_of_hits_runs_a_fixed_number_of_queries(notes, django_assert_max_num_queries):
    for pk in range(1, 41):
        notes.add(pk, f"Compost {pk}", "compost " * 30)
    index_documents(notes.documents())
    # The counts, the ranked ids, the entries; on PostgreSQL each of the first two also sets
    # its planner settings in a savepoint of its own and puts them back (engines/postgresql.py).
    with django_assert_max_num_queries(3 if connection.vendor == "sqlite" else 11):
        result = search(viewer=anonymous, q="compost", per_page=40)
    assert len(result.hits) == 40


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner settings")
def test_the_planner_settings_of_a_search_do_not_outlive_it(notes):
    notes.add(1, "Compost", "compost heaps")
    index_documents(notes.documents())
    with transaction.atomic(), connection.cursor() as cursor:  # as a request in a transaction
        assert search(viewer=anonymous, q="compost").total == 1
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan')"
        )
        assert cursor.fetchone() == ("on", "on")
