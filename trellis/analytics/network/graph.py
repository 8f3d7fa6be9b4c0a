"""The interaction network as a graph, and its figures; pure computation on rows already read.

Definitions (the page's help text says the same):

- *Members* are the nodes: the community's active members whose membership began before the
  end of the period (or has no recorded start). Interactions with anyone else are left out.
- A *tie* joins two members who interacted at least once in the period, in any of the kinds
  of `InteractionKind`; its weight is the number of interactions.
- *Density* is the number of ties divided by the number of possible ties, n(n-1)/2 for n
  members (0 with fewer than two members).
- A *tie across countries* joins two members whose countries are both known and differ; its
  *share* is such ties divided by all ties (0 without ties).
- The *share of members with a tie abroad* is the members with at least one tie across
  countries, divided by all members (0 without members).
- *Brokers* are the members with the highest betweenness centrality (the share of shortest
  paths between two other members that pass through them; normalised, ties unweighted), and
  the members who *connect otherwise separate groups*: removing them splits their part of the
  network in two or more (articulation points).
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import networkx as nx
from django.db import models
from django.utils.translation import gettext_lazy as _

TOP_BROKERS = 5
# Above this many members, betweenness is estimated from a sample of sources (fixed seed, so
# the same data gives the same brokers): exact betweenness costs members × ties.
BETWEENNESS_EXACT_UP_TO = 400
BETWEENNESS_SAMPLE = 100
BETWEENNESS_SEED = 11


class InteractionKind(models.TextChoices):
    ANSWERED = "answered", _("answered each other")
    COAUTHORED = "coauthored", _("wrote an answer together")
    SAME_ACTIVITY = "activity", _("took part in the same small activity")
    PEER_ASSIST = "peer_assist", _("worked on a peer assist")


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    country: str
    joined_at: datetime | None = None


@dataclass(frozen=True)
class Interaction:
    first: int
    second: int
    kind: str
    at: datetime


@dataclass(frozen=True)
class NetworkFigures:
    members: int
    ties: int
    density: float
    ties_across_countries: int
    share_across_countries: float
    members_with_tie_abroad: int
    share_with_tie_abroad: float
    connectors: int


@dataclass(frozen=True)
class Broker:
    id: int
    name: str
    country: str
    betweenness: float
    ties: int
    connects_groups: bool


@dataclass(frozen=True)
class Tie:
    first: Member
    second: Member
    weight: int
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def across_countries(self) -> bool:
        return _abroad(self.first.country, self.second.country)

    def kind_labels(self) -> list[str]:
        return [str(InteractionKind(kind).label) for kind in sorted(self.kinds)]


def _abroad(one: str, other: str) -> bool:
    return bool(one and other and one != other)


def interaction_graph(
    *,
    members: Iterable[Member],
    interactions: Iterable[Interaction],
    since: datetime,
    until: datetime,
) -> "nx.Graph[int]":
    """Members who had joined by `until` as nodes; their interactions in [since, until) as
    ties weighted by their number, with the count of each kind in `kinds`."""
    graph: nx.Graph[int] = nx.Graph()
    for member in members:
        if member.joined_at is None or member.joined_at < until:
            graph.add_node(member.id, member=member)
    for interaction in interactions:
        one, other = interaction.first, interaction.second
        if one == other or not since <= interaction.at < until:
            continue
        if one not in graph or other not in graph:
            continue
        if graph.has_edge(one, other):
            data = graph.edges[one, other]
            data["weight"] += 1
            data["kinds"][interaction.kind] += 1
        else:
            graph.add_edge(one, other, weight=1, kinds=Counter({interaction.kind: 1}))
    return graph


def member_of(graph: "nx.Graph[int]", node: int) -> Member:
    member: Member = graph.nodes[node]["member"]
    return member


def _across(graph: "nx.Graph[int]", one: int, other: int) -> bool:
    return _abroad(member_of(graph, one).country, member_of(graph, other).country)


def connectors(graph: "nx.Graph[int]") -> set[int]:
    """Members who connect otherwise separate groups (articulation points)."""
    return set(nx.articulation_points(graph))


def network_figures(graph: "nx.Graph[int]") -> NetworkFigures:
    members = graph.number_of_nodes()
    ties = graph.number_of_edges()
    possible = members * (members - 1) / 2
    across = [(one, other) for one, other in graph.edges if _across(graph, one, other)]
    abroad = {node for pair in across for node in pair}
    return NetworkFigures(
        members=members,
        ties=ties,
        density=ties / possible if possible else 0.0,
        ties_across_countries=len(across),
        share_across_countries=len(across) / ties if ties else 0.0,
        members_with_tie_abroad=len(abroad),
        share_with_tie_abroad=len(abroad) / members if members else 0.0,
        connectors=len(connectors(graph)),
    )


def betweenness(graph: "nx.Graph[int]") -> dict[int, float]:
    sample = None if graph.number_of_nodes() <= BETWEENNESS_EXACT_UP_TO else BETWEENNESS_SAMPLE
    result: dict[int, float] = nx.betweenness_centrality(
        graph, k=sample, normalized=True, seed=BETWEENNESS_SEED
    )
    return result


def broker_list(graph: "nx.Graph[int]", *, top: int = TOP_BROKERS) -> list[Broker]:
    """The `top` members by betweenness (above zero), then every other member who connects
    separate groups; by betweenness, then name and id."""
    scores = betweenness(graph)
    joining = connectors(graph)
    ranked = sorted(
        (node for node in graph if scores.get(node, 0.0) > 0 or node in joining),
        key=lambda node: (-scores.get(node, 0.0), member_of(graph, node).name, node),
    )
    chosen = list(ranked[:top]) + [node for node in ranked[top:] if node in joining]
    return [
        Broker(
            id=node,
            name=member_of(graph, node).name,
            country=member_of(graph, node).country,
            betweenness=scores.get(node, 0.0),
            ties=graph.degree(node),
            connects_groups=node in joining,
        )
        for node in chosen
    ]


def tie_list(graph: "nx.Graph[int]", *, person_id: int | None = None) -> list[Tie]:
    """Every tie (or only the person's, `person_id` first), strongest first, then by names."""
    pairs: Any = graph.edges(person_id) if person_id is not None else graph.edges
    ties = []
    for one, other in pairs:
        first, second = member_of(graph, one), member_of(graph, other)
        if person_id is None and (first.name, first.id) > (second.name, second.id):
            first, second = second, first
        data = graph.edges[one, other]
        ties.append(
            Tie(first=first, second=second, weight=data["weight"], kinds=dict(data["kinds"]))
        )
    return sorted(
        ties, key=lambda tie: (-tie.weight, tie.first.name, tie.second.name, tie.second.id)
    )
