"""Reading a community's interaction network through the owning apps' selectors: six
set-based queries for the period and every quarter of the over-time table, whatever the
number of members, questions and activities."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import combinations, pairwise
from typing import Any

import networkx as nx
from django.utils import timezone

from trellis.accounts.selectors import member_country_list
from trellis.activities.selectors.interactions import activity_participant_list
from trellis.analytics.network.graph import (
    Broker,
    Interaction,
    InteractionKind,
    Member,
    NetworkFigures,
    Tie,
    broker_list,
    interaction_graph,
    network_figures,
    tie_list,
)
from trellis.analytics.permissions import can_view_participation, can_view_participation_detail
from trellis.conversations.selectors.interactions import (
    answer_pair_list,
    coauthor_pair_list,
    peer_assist_pair_list,
)
from trellis.core.network_time import network_zone
from trellis.core.permissions import require

# An activity of at most this many participants (members and guests, hosts and speakers
# included) ties each pair of its members; in a larger one, people need not have met.
SMALL_ACTIVITY_MAX_PARTICIPANTS = 12
NETWORK_PERIOD = timedelta(days=365)
OVER_TIME_QUARTERS = 8


@dataclass(frozen=True)
class QuarterFigures:
    label: str
    since: datetime
    until: datetime
    figures: NetworkFigures


@dataclass(frozen=True)
class CommunityNetwork:
    """The network over `since`..`until` and its figures per quarter; `graph` holds names and
    is for those who may see them (`can_view_participation_detail`)."""

    since: datetime
    until: datetime
    graph: "nx.Graph[int]"
    figures: NetworkFigures
    over_time: list[QuarterFigures]

    def brokers(self) -> list[Broker]:
        return broker_list(self.graph)

    def ties(self) -> list[Tie]:
        return tie_list(self.graph)

    def ties_of(self, person_id: int) -> list[Tie]:
        """The person's own ties (none when they are not a member)."""
        return tie_list(self.graph, person_id=person_id) if person_id in self.graph else []


def quarter_starts(*, now: datetime, count: int = OVER_TIME_QUARTERS) -> list[datetime]:
    """The starts of the `count` calendar quarters (in the network's calendar) up to the one
    holding `now`, oldest first, and the start of the quarter after."""
    local = timezone.localtime(now, timezone=network_zone())
    index = local.year * 4 + (local.month - 1) // 3 - count + 1
    zone = network_zone()
    return [
        datetime.combine(
            date((index + step) // 4, (index + step) % 4 * 3 + 1, 1), datetime.min.time(), zone
        )
        for step in range(count + 1)
    ]


def interaction_list(*, community_id: int, since: datetime, until: datetime) -> list[Interaction]:
    """Every interaction between two people of the community in [since, until), from the
    owning apps' selectors (five queries)."""
    scope: dict[str, Any] = {"community_id": community_id, "since": since, "until": until}
    interactions = [
        *(
            Interaction(pair.first, pair.second, InteractionKind.ANSWERED, pair.at)
            for pair in answer_pair_list(**scope)
        ),
        *(
            Interaction(pair.first, pair.second, InteractionKind.COAUTHORED, pair.at)
            for pair in coauthor_pair_list(**scope)
        ),
        *(
            Interaction(pair.first, pair.second, InteractionKind.PEER_ASSIST, pair.at)
            for pair in peer_assist_pair_list(**scope)
        ),
    ]
    for activity in activity_participant_list(
        **scope, max_participants=SMALL_ACTIVITY_MAX_PARTICIPANTS
    ):
        interactions.extend(
            Interaction(one, other, InteractionKind.SAME_ACTIVITY, activity.starts_at)
            for one, other in combinations(activity.people, 2)
        )
    return interactions


def community_network(*, community_id: int, now: datetime | None = None) -> CommunityNetwork:
    """The network of the last `NETWORK_PERIOD` up to `now`, and its figures for each of the
    last `OVER_TIME_QUARTERS` calendar quarters (the current one up to `now`)."""
    until = now or timezone.now()
    since = until - NETWORK_PERIOD
    starts = quarter_starts(now=until)
    members = [
        Member(id=pk, name=name, country=country, joined_at=joined)
        for pk, name, country, joined in member_country_list(community_id=community_id)
    ]
    interactions = interaction_list(
        community_id=community_id, since=min(since, starts[0]), until=until
    )
    graph = interaction_graph(members=members, interactions=interactions, since=since, until=until)
    over_time = []
    for start, end in pairwise(starts):
        end = min(end, until)
        quarter = interaction_graph(
            members=members, interactions=interactions, since=start, until=end
        )
        label = f"{start.year} Q{(start.month - 1) // 3 + 1}"
        over_time.append(QuarterFigures(label, start, end, network_figures(quarter)))
    return CommunityNetwork(
        since=since,
        until=until,
        graph=graph,
        figures=network_figures(graph),
        over_time=over_time,
    )


@dataclass(frozen=True)
class NetworkView:
    """What the viewer may see of a community's network: the figures always; the graph's
    names (`detail`) only with `can_view_participation_detail`; their own ties if a member."""

    network: CommunityNetwork
    detail: bool
    my_ties: list[Tie] | None


def network_view(*, viewer: Any, community: Any, now: datetime | None = None) -> NetworkView:
    """Refuses (login, 403) those who may not see the community's participation figures."""
    require(viewer, can_view_participation(viewer, community))
    network = community_network(community_id=community.pk, now=now)
    member = viewer.pk in network.graph
    return NetworkView(
        network=network,
        detail=can_view_participation_detail(viewer, community),
        my_ties=network.ties_of(viewer.pk) if member else None,
    )
