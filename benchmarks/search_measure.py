"""The search benchmark's work inside Trellis's settings: its small world, the index build and the
timed queries. `benchmarks.search` runs it in a subprocess on the bench database; the tests run it
on the test database at a tiny size.

The world is what the queries need and no more: `COMMUNITIES` communities for the corpus's
members-only items and one member of `MEMBER_COMMUNITIES` of them, who asks half the queries (an
anonymous visitor asks the other half). The corpus's objects do not exist as rows of the apps, so
while measuring, each kind's source is replaced by one that trusts the index (`bench_sources`):
the engine still filters by audience and community in the database, but the apps' final check on
the page of hits, one bounded query per kind, is not part of the times.
"""

import statistics
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from benchmarks.search_corpus import BATCH, KIND_WEIGHTS, SEED, corpus_batches
from benchmarks.search_queries import Query, queries_draw

COMMUNITIES = 300
MEMBER_COMMUNITIES = 5
SLUG_PREFIX = "bench-search-"
MEMBER_EMAIL = "search-member@bench.trellis"
PER_PAGE = 20


@dataclass(frozen=True)
class BenchWorld:
    community_ids: list[int]
    member: Any
    member_community_ids: list[int]


def world_prepare(*, communities: int = COMMUNITIES) -> BenchWorld:
    """The bench's communities and member, made once and found again on a second run."""
    from django.utils import timezone

    from trellis.accounts.models import User
    from trellis.communities.models import Community, Membership, MembershipState
    from trellis.communities.selectors import network_get

    network = network_get()
    wanted = [f"{SLUG_PREFIX}{number:04d}" for number in range(communities)]
    have = set(Community.objects.filter(slug__in=wanted).values_list("slug", flat=True))
    Community.objects.bulk_create(
        Community(
            network=network,
            code=f"BS{number:04d}",
            slug=slug,
            name={"en": f"Search bench community {number}", "ru": f"Сообщество {number}"},
        )
        for number, slug in enumerate(wanted)
        if slug not in have
    )
    ids_by_slug = dict(Community.objects.filter(slug__in=wanted).values_list("slug", "pk"))
    community_ids = [ids_by_slug[slug] for slug in wanted]
    member = User.objects.filter(email=MEMBER_EMAIL).first() or User.objects.create_user(
        MEMBER_EMAIL, None, full_name="Search Bench Member"
    )
    step = max(1, len(community_ids) // MEMBER_COMMUNITIES)
    member_community_ids = community_ids[::step][:MEMBER_COMMUNITIES]
    for community_id in member_community_ids:
        Membership.objects.get_or_create(
            community_id=community_id,
            person=member,
            defaults={"state": MembershipState.ACTIVE, "joined_at": timezone.now()},
        )
    return BenchWorld(community_ids, member, member_community_ids)


class TrustingSource:
    """A kind's source while measuring: the corpus's items have no rows to check against."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.label = kind

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[Any]:
        return iter(())

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        return set(ids)


@contextmanager
def bench_sources() -> Iterator[None]:
    """Every kind of the corpus served by a `TrustingSource`; the registry as it was afterwards
    (the tests run this inside the suite's process)."""
    from trellis.search import sources

    before = dict(sources._sources)
    for kind in KIND_WEIGHTS:
        sources.register(TrustingSource(kind))
    try:
        yield
    finally:
        sources._sources.clear()
        sources._sources.update(before)


def index_build(
    *, total: int, community_ids: Sequence[int], seed: int = SEED, batch: int = BATCH
) -> dict[str, Any]:
    """Generate the corpus and index it with the engine's bulk API; only indexing is timed."""
    from trellis.search.index_writes import index_documents

    indexing = generating = 0.0
    items = words = 0
    started = time.perf_counter()
    for docs in corpus_batches(total=total, seed=seed, community_ids=community_ids, batch=batch):
        generating += time.perf_counter() - started
        started = time.perf_counter()
        index_documents(docs)
        indexing += time.perf_counter() - started
        items += len(docs)
        words += sum(len(doc.title.split()) + len(doc.body.split()) for doc in docs)
        started = time.perf_counter()
    return {
        "items": items,
        "words": words,
        "batch": batch,
        "seconds": indexing,
        "generating_seconds": generating,
        "items_per_second": items / indexing if indexing else 0.0,
    }


def query_run(query: Query, viewer: Any) -> int:
    """One search as the search page asks it: the first page of hits with their snippets.
    Returns how many hits it found in all."""
    from trellis.search.selectors import search

    found = search(
        viewer=viewer,
        q=query.q,
        kinds=list(query.kinds) if query.kinds else None,
        community_ids=list(query.community_ids) if query.community_ids else None,
        language=query.language,
        page=1,
        per_page=PER_PAGE,
    )
    list(found.hits)  # every hit of the page, with its snippet, is built
    return int(found.total)


def queries_time(queries: Sequence[Query], world: BenchWorld) -> list[dict[str, Any]]:
    """Each query once untimed (the warm-up pass), then each once timed, end to end."""
    from django.contrib.auth.models import AnonymousUser

    viewers = {"member": world.member, "anonymous": AnonymousUser()}
    for query in queries:
        query_run(query, viewers[query.viewer])
    timed = []
    for query in queries:
        started = time.perf_counter()
        total = query_run(query, viewers[query.viewer])
        timed.append(
            {
                "query": query.describe(),
                "ms": (time.perf_counter() - started) * 1000,
                "total": total,
            }
        )
    return timed


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value at least `share` of them do not exceed."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))
    return ordered[int(rank) - 1]


def latency_summary(timed: Sequence[dict[str, Any]]) -> dict[str, float]:
    values = [row["ms"] for row in timed]
    return {
        "p50_ms": percentile(values, 0.50),
        "p95_ms": percentile(values, 0.95),
        "max_ms": max(values),
        "mean_ms": statistics.fmean(values),
        "queries_with_hits": sum(1 for row in timed if row["total"]),
    }


def measure(*, items: int, queries: int, communities: int = COMMUNITIES) -> dict[str, Any]:
    from django.db import connection

    world = world_prepare(communities=communities)
    drawn = queries_draw(count=queries, member_community_ids=world.member_community_ids)
    with bench_sources():
        build = index_build(total=items, community_ids=world.community_ids)
        timed = queries_time(drawn, world)
    slowest = sorted(timed, key=lambda row: row["ms"], reverse=True)[:10]
    return {
        "engine": connection.vendor,
        "communities": len(world.community_ids),
        "member_communities": len(world.member_community_ids),
        "build": build,
        "queries": {"count": len(timed), "per_page": PER_PAGE, **latency_summary(timed)},
        "slowest": slowest,
        "timed": timed,
    }
