"""The network's figures on a hand-made network whose answers are known (`network_scene`)."""

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone

from trellis.analytics.network.graph import (
    Interaction,
    InteractionKind,
    Member,
    broker_list,
    interaction_graph,
    network_figures,
)
from trellis.analytics.network.selectors import community_network, quarter_starts
from trellis.analytics.tests.network_scene import LONG_AGO, scene_build
from trellis.communities.tests.factories import CommunityFactory

pytestmark = pytest.mark.django_db


def test_the_triangle_and_its_bridge_give_the_figures_worked_out_by_hand() -> None:
    scene = scene_build(CommunityFactory())
    network = community_network(community_id=scene.community.pk)
    figures = network.figures

    assert (figures.members, figures.ties) == (4, 4)
    assert figures.density == pytest.approx(4 / 6)
    assert figures.ties_across_countries == 2
    assert figures.share_across_countries == pytest.approx(0.5)
    assert figures.members_with_tie_abroad == 3
    assert figures.share_with_tie_abroad == pytest.approx(0.75)
    assert figures.connectors == 1

    brokers = network.brokers()
    assert [broker.name for broker in brokers] == ["Chiara Serbian"]
    assert brokers[0].betweenness == pytest.approx(2 / 3)
    assert brokers[0].connects_groups


def test_each_tie_is_labelled_by_the_kind_of_interaction_that_made_it() -> None:
    scene = scene_build(CommunityFactory())
    ties = {
        (tie.first.name, tie.second.name): set(tie.kinds)
        for tie in community_network(community_id=scene.community.pk).ties()
    }
    assert ties == {
        ("Ana Albanian", "Boris Albanian"): {InteractionKind.ANSWERED},
        ("Boris Albanian", "Chiara Serbian"): {InteractionKind.COAUTHORED},
        ("Ana Albanian", "Chiara Serbian"): {InteractionKind.SAME_ACTIVITY},
        ("Chiara Serbian", "Dmitri Serbian"): {InteractionKind.PEER_ASSIST},
    }


def test_a_members_own_ties_are_theirs_only() -> None:
    scene = scene_build(CommunityFactory())
    network = community_network(community_id=scene.community.pk)
    assert [tie.second.name for tie in network.ties_of(scene.dmitri.pk)] == ["Chiara Serbian"]
    assert network.ties_of(-1) == []


def test_an_interaction_older_than_the_period_counts_in_its_quarter_only() -> None:
    scene = scene_build(CommunityFactory())
    now = timezone.now()
    network = community_network(community_id=scene.community.pk, now=now)
    assert len(network.over_time) == 8
    long_ago = now - LONG_AGO
    quarter = next(q for q in network.over_time if q.since <= long_ago < q.until)
    assert quarter.figures.ties == 1  # Ana answered Dmitri
    assert quarter.figures.ties_across_countries == 1
    assert network.over_time[-1].until == now


def test_quarters_are_the_networks_calendar_quarters_up_to_now() -> None:
    now = timezone.make_aware(datetime(2026, 8, 15, 12, 0), timezone.get_default_timezone())
    starts = quarter_starts(now=now)
    assert [(start.year, start.month) for start in starts] == [
        (2024, 10), (2025, 1), (2025, 4), (2025, 7), (2025, 10), (2026, 1), (2026, 4),
        (2026, 7), (2026, 10),
    ]  # fmt: skip


def _member(pk: int, country: str) -> Member:
    return Member(id=pk, name=f"P{pk}", country=country)


def _graph(pairs: list[tuple[int, int]], countries: dict[int, str]) -> Any:
    at = timezone.now()
    return interaction_graph(
        members=[_member(pk, country) for pk, country in countries.items()],
        interactions=[Interaction(a, b, InteractionKind.ANSWERED, at) for a, b in pairs],
        since=at - timedelta(days=1),
        until=at + timedelta(days=1),
    )


def test_an_empty_or_lonely_network_has_zero_figures_not_errors() -> None:
    for countries in ({}, {1: "AL"}):
        figures = network_figures(_graph([], countries))
        assert (figures.density, figures.share_across_countries) == (0.0, 0.0)
        assert figures.share_with_tie_abroad == 0.0
        assert broker_list(_graph([], countries)) == []


def test_a_tie_with_an_unknown_country_is_not_across_countries() -> None:
    figures = network_figures(_graph([(1, 2), (1, 3)], {1: "AL", 2: "", 3: "AL"}))
    assert (figures.ties, figures.ties_across_countries, figures.members_with_tie_abroad) == (
        2,
        0,
        0,
    )


def test_repeated_interactions_weigh_a_tie_and_a_star_has_one_broker() -> None:
    graph = _graph([(1, 2), (1, 2), (1, 3), (1, 4)], {1: "AL", 2: "RS", 3: "MK", 4: "MK"})
    assert graph.edges[1, 2]["weight"] == 2
    brokers = broker_list(graph)
    assert [broker.id for broker in brokers] == [1]
    assert brokers[0].betweenness == pytest.approx(1.0)
