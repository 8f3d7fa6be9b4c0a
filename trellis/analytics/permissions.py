"""Who sees what of participation analytics.

Aggregates (counts and shares of levels, the shape of the network) are for whoever sees the
community and is signed in, sponsors included. Who is at which level, who is tied to whom and
who fell silent are for those who look after the community: network admins, its conveners and
its community keepers. Everyone sees their own participation; network admins adjust the rules.
"""

from typing import TYPE_CHECKING, Any

from trellis.communities.permissions import (
    can_view_community,
    is_convener,
    is_network_admin,
    is_signed_in,
    roles_in,
)

if TYPE_CHECKING:
    from trellis.communities.models import Community

COMMUNITY_KEEPER = "community_keeper"


def can_view_participation(person: Any, community: "Community") -> bool:
    """Counts and shares of levels, trajectories in numbers, the network's figures."""
    return is_signed_in(person) and can_view_community(person, community)


def can_view_participation_detail(person: Any, community: "Community") -> bool:
    """Names: who is at which level, who moved, who fell silent, who is tied to whom."""
    return is_signed_in(person) and (
        is_network_admin(person)
        or is_convener(person, community)
        or COMMUNITY_KEEPER in roles_in(person, community)
    )


def can_view_participation_rules(person: Any, community: "Community") -> bool:
    """The rules are open to everyone who sees the figures they produce."""
    return can_view_participation(person, community)


def can_adjust_participation_rules(person: Any, community: "Community") -> bool:
    return is_signed_in(person) and is_network_admin(person)


def can_view_person_participation(viewer: Any, person: Any) -> bool:
    """A person's own participation over time, roles and ties: theirs, and network admins'."""
    return is_signed_in(viewer) and (viewer.pk == person.pk or is_network_admin(viewer))
