"""Many matches: ranked a pool at a time, newest first, with pages that neither repeat nor skip."""

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.search.engines import base, postgresql, sqlite
from trellis.search.indexing import index_documents
from trellis.search.selectors import search, search_object_ids
from trellis.search.sources import Audience

anonymous = AnonymousUser()


@pytest.fixture
def small_pools(monkeypatch):
    for module in (base, sqlite, postgresql):
        monkeypatch.setattr(module, "RANK_POOL", 4)


@pytest.fixture
def seeds(notes, links, small_pools):
    for pk in range(1, 11):
        # Even notes say "seed" in their title, odd ones only in their body.
        title, body = ("Seed bank", "") if pk % 2 == 0 else ("Bank", "A seed")
        notes.add(pk, f"{title} {pk}", body)
    notes.add(11, "Seed vault", "", audience=Audience.MEMBERS)  # nobody anonymous finds it
    links.add(1, "A seed link", "")
    index_documents(notes.documents())
    index_documents(links.documents())
    return notes


def _ids(result):
    return [(hit.kind, hit.object_id) for hit in result.hits]


def test_pages_over_several_pools_show_every_match_once(seeds):
    pages = [search(viewer=anonymous, q="seeds", per_page=3, page=page) for page in range(1, 6)]
    assert pages[0].total == 11 and pages[0].counts == {"note": 10, "link": 1}
    shown = [hit for page in pages for hit in _ids(page)]
    assert len(shown) == 11 and len(set(shown)) == 11
    assert ("note", 11) not in shown


def test_the_newest_pool_comes_first_ranked_within_itself(seeds):
    first = search(viewer=anonymous, q="seed", per_page=4)
    # The four newest matches (the link, notes 10, 9, 8), title matches above the body match.
    assert _ids(first)[:3] in (
        [("link", 1), ("note", 10), ("note", 8)],
        [("link", 1), ("note", 8), ("note", 10)],
        [("note", 10), ("note", 8), ("link", 1)],
        [("note", 8), ("note", 10), ("link", 1)],
        [("note", 10), ("link", 1), ("note", 8)],
        [("note", 8), ("link", 1), ("note", 10)],
    )
    assert _ids(first)[3] == ("note", 9)


def test_a_kind_filter_pools_that_kind_only(seeds):
    notes_only = search(viewer=anonymous, q="seed", kinds=["note"], per_page=4)
    assert notes_only.total == 10
    # The newest four notes: titles first, then the body matches, equal ones by age.
    ids = [pk for _, pk in _ids(notes_only)]
    assert set(ids[:2]) == {8, 10} and ids[2:] == [7, 9]
    assert sorted(search_object_ids(viewer=anonymous, q="seed", kind="note")) == list(range(1, 11))
