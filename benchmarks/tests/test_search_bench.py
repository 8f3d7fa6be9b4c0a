"""The search benchmark end to end at a tiny size, on the suite's database (both engines): it
indexes the corpus through the engine's bulk API, asks its queries as the member and as an
anonymous visitor, and reports what the bench prints."""

import pytest
from django.contrib.auth.models import AnonymousUser

from benchmarks.search import table, verdict
from benchmarks.search_measure import bench_sources, measure, world_prepare
from trellis.search import sources
from trellis.search.models import SearchEntry
from trellis.search.selectors import search


@pytest.mark.django_db
def test_the_benchmark_indexes_and_times_a_tiny_corpus():
    registered = dict(sources._sources)
    measured = measure(items=300, queries=20)
    assert sources._sources == registered
    assert SearchEntry.objects.count() == 300
    build, queries = measured["build"], measured["queries"]
    assert (build["items"], build["batch"]) == (300, 1000)
    assert build["items_per_second"] > 0 and build["words"] > 300 * 30
    assert queries["count"] == len(measured["timed"]) == 20
    assert queries["queries_with_hits"] >= 15  # stemming finds other forms of the corpus's words
    assert 0 < queries["p50_ms"] <= queries["p95_ms"] <= queries["max_ms"]
    assert verdict(measured).startswith(("ok at 300 items", "FAIL", "no target"))
    assert f"| {measured['engine']} | 300 |" in table(measured)


@pytest.mark.django_db
def test_the_member_finds_their_communities_items_and_the_visitor_does_not():
    measure(items=300, queries=1, communities=3)
    world = world_prepare(communities=3)
    assert len(world.member_community_ids) == 3
    community = world.member_community_ids[0]
    with bench_sources():
        found = {
            name: search(viewer=viewer, q="министерству", community_ids=[community], per_page=100)
            for name, viewer in (("member", world.member), ("visitor", AnonymousUser()))
        }
    assert found["member"].total > found["visitor"].total > 0
    assert len(found["member"].hits) == min(found["member"].total, 100)
