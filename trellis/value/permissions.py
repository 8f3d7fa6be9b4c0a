"""Who sees and records value.

The cycles and the network's indicators are for everyone signed in, sponsors included; a
community's indicators and observations for whoever sees the community and is signed in.
Conveners add indicators and record observations and targets for their community; network admins
for the network, any community, country or activity, and they choose the framework.
"""

from typing import TYPE_CHECKING, Any

from trellis.communities.permissions import (
    can_view_community,
    is_convener,
    is_network_admin,
    is_signed_in,
)

if TYPE_CHECKING:
    from trellis.communities.models import Community


def can_view_value(person: Any) -> bool:
    return is_signed_in(person)


def can_view_value_of(person: Any, community: "Community | None") -> bool:
    """The indicators and observations of a community (or, without one, of the network)."""
    if community is None:
        return can_view_value(person)
    return is_signed_in(person) and can_view_community(person, community)


def can_record_value(person: Any, community: "Community | None") -> bool:
    """Add indicators, record observations and set targets in a scope."""
    if not is_signed_in(person):
        return False
    if community is None:
        return is_network_admin(person)
    return is_network_admin(person) or is_convener(person, community)


def can_record_value_somewhere(person: Any, community_ids: list[int]) -> bool:
    """Whether a person records value anywhere (offers the forms), given the communities
    they convene."""
    return is_network_admin(person) or bool(community_ids)


def can_choose_value_framework(person: Any) -> bool:
    return is_network_admin(person)
