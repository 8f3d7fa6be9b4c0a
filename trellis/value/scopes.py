"""Where an observation applies: the network, a community, an activity or a country."""

from dataclasses import dataclass

from trellis.value.models import ScopeKind


@dataclass(frozen=True)
class Scope:
    kind: str = ScopeKind.NETWORK
    community_id: int | None = None
    activity_id: int | None = None
    country: str = ""

    @property
    def key(self) -> str:
        if self.kind == ScopeKind.COMMUNITY:
            return f"community:{self.community_id}"
        if self.kind == ScopeKind.ACTIVITY:
            return f"activity:{self.activity_id}"
        if self.kind == ScopeKind.COUNTRY:
            return f"country:{self.country}"
        return "network"


NETWORK = Scope()


def community_scope(community_id: int) -> Scope:
    return Scope(ScopeKind.COMMUNITY, community_id=community_id)


def activity_scope(activity_id: int) -> Scope:
    return Scope(ScopeKind.ACTIVITY, activity_id=activity_id)


def country_scope(country: str) -> Scope:
    return Scope(ScopeKind.COUNTRY, country=country.upper())
