"""Who may do what in the network, as named predicates.

Every view and API endpoint calls one of these. A predicate takes the person asking (an
anonymous user for visitors) and the object, and only answers: loading objects and refusing is
done by the `access_*` selectors and `trellis.core.permissions.require`.

Roles and memberships of a person are loaded once per person object and cached on it, so a page
that asks many questions about one person runs a fixed number of queries.
"""

from typing import TYPE_CHECKING, Any

from django.db.models import Q

from trellis.communities.models import (
    AgendaItem,
    AgendaStatus,
    Community,
    Membership,
    MembershipState,
    ParticipationLevel,
    Role,
    RoleAssignment,
)
from trellis.core.network_time import network_today
from trellis.core.remembered import remembered

if TYPE_CHECKING:
    from trellis.accounts.models import User

_CACHE = "_trellis_permission_cache"


class _PersonFacts:
    """A person's memberships and current roles, in two small queries.

    The rule of `RoleAssignmentQuerySet.current` (in its period, and for a role only members
    hold, while the holder is an active member) is applied here to rows already loaded, rather
    than by a subquery per role: this runs on nearly every request.
    """

    def __init__(self, person: "User") -> None:
        self.memberships: dict[int, str] = dict(
            Membership.objects.filter(person=person).values_list("community_id", "state")
        )
        today = network_today()
        assignments = (
            RoleAssignment.objects.filter(person=person, starts_on__lte=today)
            .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
            .values_list("community_id", "role__code")
        )
        self.network_roles: set[str] = set()
        self.community_roles: dict[int, set[str]] = {}
        for community_id, code in assignments:
            if community_id is None:
                self.network_roles.add(code)
            elif (
                code in Role.HELD_WITHOUT_MEMBERSHIP
                or self.memberships.get(community_id) == MembershipState.ACTIVE
            ):
                self.community_roles.setdefault(community_id, set()).add(code)

    def visible_community_ids(self) -> list[int]:
        """Communities the person sees whatever their visibility: theirs and those they lead."""
        active = {pk for pk, state in self.memberships.items() if state == MembershipState.ACTIVE}
        return sorted(active | set(self.community_roles))


def _facts(person: "User") -> _PersonFacts:
    facts = getattr(person, _CACHE, None)
    if facts is None:
        # Across requests too, until a membership or role changes (any write to communities).
        facts = remembered(
            ("permission facts", person.pk), lambda: _PersonFacts(person), areas=("communities",)
        )
        setattr(person, _CACHE, facts)
    return facts


def visible_community_ids(person: Any) -> list[int]:
    """Ids of the communities a signed-in person sees even when private: those they belong to
    and those they hold a role in (the rule of `can_view_community`, for a filter)."""
    if not is_signed_in(person):
        return []
    return _facts(person).visible_community_ids()


def active_membership_community_ids(person: Any) -> set[int]:
    """Ids of the communities a signed-in person is an active member of (empty otherwise)."""
    if not is_signed_in(person):
        return set()
    memberships = _facts(person).memberships
    return {pk for pk, state in memberships.items() if state == MembershipState.ACTIVE}


def permission_cache_clear(person: Any) -> None:
    """Forget what was cached about a person, after their roles or memberships changed."""
    if hasattr(person, _CACHE):
        delattr(person, _CACHE)


def is_signed_in(person: Any) -> bool:
    return person is not None and person.is_authenticated and person.is_active


def is_network_admin(person: Any) -> bool:
    if not is_signed_in(person):
        return False
    return person.is_superuser or Role.NETWORK_ADMIN in _facts(person).network_roles


def is_member(person: Any, community: Community) -> bool:
    if not is_signed_in(person):
        return False
    return _facts(person).memberships.get(community.pk) == MembershipState.ACTIVE


def membership_state(person: Any, community: Community) -> str | None:
    if not is_signed_in(person):
        return None
    return _facts(person).memberships.get(community.pk)


def roles_in(person: Any, community: Community | None) -> set[str]:
    """Codes of the roles a person holds now, for a community (community roles) or the network."""
    if not is_signed_in(person):
        return set()
    facts = _facts(person)
    if community is None:
        return set(facts.network_roles)
    return set(facts.community_roles.get(community.pk, set()))


def is_convener(person: Any, community: Community) -> bool:
    return Role.CONVENER in roles_in(person, community)


def is_sponsor(person: Any, community: Community) -> bool:
    return Role.SPONSOR in roles_in(person, community) or Role.SPONSOR in roles_in(person, None)


def can_view_community(person: Any, community: Community) -> bool:
    """A public community is visible to all; a private one only to its members and leaders."""
    if not community.is_private:
        return True
    return (
        is_member(person, community)
        or bool(roles_in(person, community))
        or is_network_admin(person)
    )


def can_view_members(person: Any, community: Community) -> bool:
    """Signed-in people see who belongs to a public community; a private one shows only inward."""
    if not is_signed_in(person) or not can_view_community(person, community):
        return False
    if not community.is_private:
        return True
    return is_member(person, community) or can_manage_community(person, community)


def can_manage_community(person: Any, community: Community) -> bool:
    """Conveners and network admins run the community: its pages, members, roles, invitations."""
    return is_network_admin(person) or is_convener(person, community)


def can_create_community(person: Any) -> bool:
    return is_network_admin(person)


def can_join_community(person: Any, community: Community) -> bool:
    """Signed-in people may join or ask to join a public community they are not in yet."""
    if not is_signed_in(person) or community.is_private:
        return False
    return membership_state(person, community) not in {
        MembershipState.ACTIVE,
        MembershipState.PENDING,
    }


def can_leave_community(person: Any, community: Community) -> bool:
    return membership_state(person, community) in {MembershipState.ACTIVE, MembershipState.PENDING}


def can_assign_roles(person: Any, community: Community | None) -> bool:
    """Conveners assign roles in their community; network roles are for network admins."""
    if community is None:
        return is_network_admin(person)
    return can_manage_community(person, community)


def can_view_role_coverage(person: Any, community: Community) -> bool:
    """Who leads the community, which roles are vacant and how they rotated: for those who may
    see its members (signed in; inward only for a private community)."""
    return can_view_members(person, community)


def can_view_network_role_coverage(person: Any) -> bool:
    """The network's leadership coverage, as figures, for every signed-in person."""
    return is_signed_in(person)


def can_view_network_role_holders(person: Any) -> bool:
    """Names across the network's coverage, and who holds many roles: the social learning team."""
    return is_network_admin(person)


def shares_community(viewer: Any, person: Any) -> bool:
    """Whether two people are both active members of at least one community."""
    if not is_signed_in(viewer):
        return False
    mine = {cid for cid, state in _facts(viewer).memberships.items() if state == "active"}
    theirs = {cid for cid, state in _facts(person).memberships.items() if state == "active"}
    return bool(mine & theirs)


def can_view_membership(person: Any, membership: Membership) -> bool:
    """A membership, in any state, is known to its person and to the community's leaders."""
    if not is_signed_in(person):
        return False
    return membership.person_id == person.pk or can_manage_community(person, membership.community)


def can_hold_role(person: Any, role: Role, community: Community | None) -> bool:
    """A community's roles are for its members, except those held from outside (sponsors);
    anyone may hold a role for the whole network."""
    if community is None or role.code in Role.HELD_WITHOUT_MEMBERSHIP:
        return True
    return is_member(person, community)


def can_view_membership_history(person: Any, membership: Membership) -> bool:
    """A person sees their own membership history; conveners see everyone's in their community."""
    return can_view_membership(person, membership)


def can_declare_level(person: Any, membership: Membership, level: str | None = None) -> bool:
    """Conveners declare anyone's participation level, active members their own, except
    joining the core group, which conveners name (`level`, when given, is the one declared)."""
    if can_manage_community(person, membership.community):
        return True
    if level == ParticipationLevel.CORE:
        return False
    return is_signed_in(person) and membership.person_id == person.pk and membership.is_active


AGENDA_SETTER = "agenda_setter"
# Besides active members, who may be put in charge of an agenda item.
AGENDA_OWNER_ROLES = (AGENDA_SETTER, Role.CONVENER)


def can_view_agenda(person: Any, community: Community) -> bool:
    return can_view_community(person, community)


def can_propose_agenda_item(person: Any, community: Community) -> bool:
    """Members propose questions and issues for the learning agenda."""
    return is_member(person, community) or can_manage_community(person, community)


def can_translate_agenda_item(person: Any, item: AgendaItem) -> bool:
    """Members who see the agenda, and those who run the community, translate its items."""
    return can_view_agenda(person, item.community) and can_propose_agenda_item(
        person, item.community
    )


def can_vote_on_agenda(person: Any, community: Community) -> bool:
    return is_member(person, community)


def can_withdraw_agenda_vote(person: Any, community: Community) -> bool:
    """Whoever sees the agenda may withdraw their vote, a member who has left too (without a
    vote, nothing happens)."""
    return is_signed_in(person) and can_view_agenda(person, community)


def can_prioritise_agenda(person: Any, community: Community) -> bool:
    """Agenda setters (and conveners) prioritise items, set their status and owner."""
    return AGENDA_SETTER in roles_in(person, community) or can_manage_community(person, community)


def can_edit_agenda_text(person: Any, item: AgendaItem) -> bool:
    """The proposer rewords their item while it is still proposed; agenda setters at any time."""
    if can_prioritise_agenda(person, item.community):
        return True
    return (
        is_signed_in(person)
        and item.proposer_id == person.pk
        and item.status == AgendaStatus.PROPOSED
        and can_propose_agenda_item(person, item.community)
    )


def can_own_agenda_item(person: Any, community: Community) -> bool:
    """An item's owner is an agenda setter of the community, a convener or an active member."""
    if not is_signed_in(person):
        return False
    return is_member(person, community) or any(
        code in roles_in(person, community) for code in AGENDA_OWNER_ROLES
    )
