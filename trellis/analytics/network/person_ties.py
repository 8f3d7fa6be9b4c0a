"""A person's own ties in the interaction network of each community they belong to, for their
participation page: the same ties, over the same twelve months, as the community's network
page shows them as "my ties"."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils import timezone

from trellis.accounts.selectors import member_country_list
from trellis.analytics.network.graph import Member, Tie, interaction_graph, tie_list
from trellis.analytics.network.selectors import NETWORK_PERIOD, interaction_list


@dataclass(frozen=True)
class CommunityTies:
    community: Any
    ties: list[Tie]  # the person first in each tie, strongest first


def person_tie_list(
    *, person: Any, communities: list[Any], now: datetime | None = None
) -> list[CommunityTies]:
    """The person's ties in each of `communities` (those the caller may show: the person's own
    page, or a network admin's view of it), communities without a tie left out.

    Six queries per community: a person belongs to a handful, and each community's network is
    read as its own page reads it."""
    until = now or timezone.now()
    since = until - NETWORK_PERIOD
    found = []
    for community in communities:
        members = [
            Member(id=pk, name=name, country=country, joined_at=joined)
            for pk, name, country, joined in member_country_list(community_id=community.pk)
        ]
        if not any(member.id == person.pk for member in members):
            continue
        graph = interaction_graph(
            members=members,
            interactions=interaction_list(community_id=community.pk, since=since, until=until),
            since=since,
            until=until,
        )
        ties = tie_list(graph, person_id=person.pk) if person.pk in graph else []
        if ties:
            found.append(CommunityTies(community=community, ties=ties))
    return found
