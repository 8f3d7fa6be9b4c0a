"""The search benchmark's corpus and queries: the same for the same seed, half in each language,
the shapes the issue asks for, and queries only in forms the corpus does not write."""

from itertools import chain
from typing import Any

from benchmarks.search import table, verdict
from benchmarks.search_corpus import corpus_batches
from benchmarks.search_measure import percentile
from benchmarks.search_queries import queries_draw
from benchmarks.search_vocabulary import ENGLISH, RUSSIAN
from trellis.search.sources import Audience

COMMUNITIES = list(range(101, 131))


def corpus(total: int, batch: int = 100) -> list:
    return list(
        chain.from_iterable(
            corpus_batches(total=total, seed=5, community_ids=COMMUNITIES, batch=batch)
        )
    )


def test_the_corpus_is_the_same_for_the_same_seed_and_comes_in_batches():
    batches = list(corpus_batches(total=250, seed=5, community_ids=COMMUNITIES, batch=100))
    assert [len(b) for b in batches] == [100, 100, 50]
    assert list(chain.from_iterable(batches)) == corpus(250, batch=7)
    assert corpus(100) == corpus(250)[:100]
    assert corpus(100) != list(
        chain.from_iterable(corpus_batches(total=100, seed=6, community_ids=COMMUNITIES))
    )


def test_the_corpus_is_half_russian_half_english_of_every_kind_and_audience():
    docs = corpus(1000)
    assert [d.object_id for d in docs] == list(range(1, 1001))
    assert sum(d.language == "ru" for d in docs) == sum(d.language == "en" for d in docs) == 500
    assert {d.kind for d in docs} == {
        "person", "activity", "question", "answer", "discussion", "document", "agenda_item"
    }  # fmt: skip
    audiences = {a: sum(d.audience == a for d in docs) for a in Audience}
    assert audiences[Audience.PUBLIC] > 700 and audiences[Audience.MEMBERS] > 80
    members_only = [d for d in docs if d.audience == Audience.MEMBERS]
    assert all(d.community_ids and set(d.community_ids) <= set(COMMUNITIES) for d in members_only)
    for doc in docs:
        if doc.kind != "person":
            assert 4 <= len(doc.title.split()) <= 12
            assert len(doc.body.split()) >= 30
    assert any(len(d.body.split()) > 2000 for d in docs if d.kind == "document")
    russian = next(d for d in docs if d.language == "ru" and d.kind == "question")
    assert any("а" <= ch <= "я" for ch in russian.body.lower())


def test_the_queries_are_fixed_in_both_languages_in_forms_the_corpus_does_not_write():
    drawn = queries_draw(count=200, member_community_ids=[101, 107])
    assert drawn == queries_draw(count=200, member_community_ids=[101, 107])
    assert sum("а" <= q.q[0].lower() <= "я" for q in drawn) == 100
    assert {q.viewer for q in drawn} == {"member", "anonymous"}
    assert all(1 <= len(q.q.split()) <= 3 for q in drawn)
    assert any(q.kinds for q in drawn) and any(q.language for q in drawn)
    filtered = [q for q in drawn if q.community_ids]
    assert filtered and all(q.viewer == "member" for q in filtered)
    written = {form for c in (*ENGLISH, *RUSSIAN) for form in c.text}
    assert not any(q.q in written for q in drawn)


def test_percentiles_and_the_verdict_against_thirty_milliseconds():
    values = [float(n) for n in range(1, 201)]
    assert (percentile(values, 0.5), percentile(values, 0.95)) == (100.0, 190.0)
    measured: dict[str, Any] = {
        "engine": "sqlite",
        "build": {"items": 100_000, "seconds": 50.0, "items_per_second": 2000.0},
        "queries": {"count": 200, "p50_ms": 8.0, "p95_ms": 29.9, "max_ms": 70.0},
    }
    assert verdict(measured) == "ok"
    assert "| sqlite | 100,000 | 50.0 s | 2,000 | 200 | 8.0 ms | 29.9 ms | 70.0 ms | ok |" in (
        table(measured)
    )
    measured["queries"]["p95_ms"] = 30.0
    assert verdict(measured).startswith("FAIL")
    measured["engine"] = "postgresql"
    assert verdict(measured).startswith("no target")
