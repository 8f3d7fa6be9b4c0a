"""Keeping the index current: after a commit, in bulk, and rebuilt from every source."""

from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import CommandError, call_command

from trellis.search.indexing import (
    index_documents,
    index_remove,
    search_index_later,
    search_reindex,
)
from trellis.search.models import SearchEntry, SearchEntryCommunity
from trellis.search.selectors import search

anonymous = AnonymousUser()


def _titles(q):
    return [hit.title for hit in search(viewer=anonymous, q=q).hits]


def test_a_change_is_found_once_the_write_commits(notes, django_capture_on_commit_callbacks):
    notes.add(1, "Beekeeping basics")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        search_index_later(kind="note", ids=[1, 1])
    assert _titles("beekeeping") == []  # nothing is indexed before the commit
    assert len(callbacks) == 1
    with django_capture_on_commit_callbacks(execute=True):
        search_index_later(kind="note", ids=[1])
    assert _titles("beekeeping") == ["Beekeeping basics"]

    notes.change(1, title="Bee diseases")
    del notes.notes[1]  # ...then the note is deleted before the task runs
    with django_capture_on_commit_callbacks(execute=True):
        search_index_later(kind="note", ids=[1])
    assert _titles("bee") == []
    assert not SearchEntry.objects.exists()


def test_nothing_is_queued_for_no_ids(django_capture_on_commit_callbacks, db):
    with django_capture_on_commit_callbacks() as callbacks:
        search_index_later(kind="note", ids=[])
    assert callbacks == []


def test_reindexing_replaces_the_text_and_the_communities(notes):
    notes.add(1, "Old title", community_ids=(1, 2))
    index_documents(notes.documents())
    notes.change(1, title="New title", community_ids=(3,))
    search_reindex(kind="note", ids=[1])
    assert _titles("old") == []
    assert _titles("new") == ["New title"]
    assert list(SearchEntryCommunity.objects.values_list("community_id", flat=True)) == [3]


def test_bulk_writes_in_batches_and_removal(notes):
    for pk in range(1, 2501):
        notes.add(pk, f"Orchard {pk}", community_ids=(pk % 3,))
    assert index_documents(notes.documents(), batch_size=1000) == 2500
    assert search(viewer=anonymous, q="orchard").total == 2500
    assert index_remove(kind="note", ids=range(1, 1001)) == 1000
    assert search(viewer=anonymous, q="orchard").total == 1500
    assert SearchEntryCommunity.objects.count() == 1500


def test_an_entry_given_twice_in_one_batch_is_written_once(notes):
    first = notes.add(1, "Draft")
    second = notes.add(1, "Final")
    index_documents([first, second])
    assert list(SearchEntry.objects.values_list("title", flat=True)) == ["Final"]


def test_rebuild_writes_every_source_and_drops_the_stale(notes, links):
    notes.add(1, "Meadow notes")
    notes.add(2, "Meadow plans")
    links.add(1, "Meadow link")
    index_documents(notes.documents())
    del notes.notes[2]
    out, err = StringIO(), StringIO()
    call_command("search_rebuild", stdout=out, stderr=err)
    assert sorted(_titles("meadow")) == ["Meadow link", "Meadow notes"]
    assert "note: 1 entries" in out.getvalue() and "link: 1 entries" in out.getvalue()
    assert "[" + "#" * 30 + "] 1/1" in err.getvalue()


def test_rebuild_of_one_kind(notes, links):
    notes.add(1, "Hedge note")
    links.add(1, "Hedge link")
    call_command("search_rebuild", "--kind", "link", stdout=StringIO(), stderr=StringIO())
    assert _titles("hedge") == ["Hedge link"]
    with pytest.raises(CommandError, match="Unknown kind 'nope'"):
        call_command("search_rebuild", "--kind", "nope", stdout=StringIO(), stderr=StringIO())
