"""Leadership coverage: which social learning leadership roles (and convening) are filled in a
community or across the network, by whom and since when, which are vacant, who holds many, and
the roles' rotation history.

Each read runs a fixed number of queries whatever the number of communities, roles and
assignments: the assignments in force are read in one query and grouped here.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from trellis.communities import permissions
from trellis.communities.models import Community, Role, RoleAssignment, RoleKind
from trellis.communities.selectors.community import community_visible_list
from trellis.core.network_time import network_today

# The roles whose coverage is followed: the framework's leadership roles and convening.
COVERED_KINDS = (RoleKind.CONVENING, RoleKind.LEADERSHIP)
# Holding this many roles at once (in one community, or across the network) is flagged: the
# framework wants leadership distributed, not resting on a few people.
MANY_ROLES = 3


@dataclass
class RoleHolder:
    assignment: RoleAssignment
    roles_here: int
    roles_in_network: int

    @property
    def person(self) -> Any:
        return self.assignment.person

    @property
    def holds_many(self) -> bool:
        return self.roles_in_network >= MANY_ROLES


@dataclass
class RoleCoverage:
    role: Role
    holders: list[RoleHolder] = field(default_factory=list)

    @property
    def vacant(self) -> bool:
        return not self.holders


@dataclass
class ManyRolesHolder:
    person_id: int
    name: str
    roles: int
    communities: int


@dataclass
class NetworkCoverageRow:
    community: Community
    # One entry per covered role, in the catalogue's order: the holders' names (empty when
    # vacant), or only how many hold it when the viewer may not see names.
    cells: list[list[str]]
    counts: list[int]

    @property
    def vacant(self) -> int:
        return sum(1 for count in self.counts if count == 0)

    @property
    def entries(self) -> list[tuple[list[str], int]]:
        """(names, how many hold it) per covered role, for display."""
        return list(zip(self.cells, self.counts, strict=True))


@dataclass
class NetworkCoverage:
    roles: list[Role]
    rows: list[NetworkCoverageRow]
    with_names: bool
    many_roles: list[ManyRolesHolder]
    many_roles_count: int

    @property
    def vacant_by_role(self) -> list[int]:
        return [sum(1 for row in self.rows if row.counts[i] == 0) for i in range(len(self.roles))]

    @property
    def vacant_total(self) -> int:
        return sum(row.vacant for row in self.rows)


def covered_role_list() -> list[Role]:
    """The roles a community's coverage is measured against, in the catalogue's order."""
    return list(Role.objects.filter(kind__in=COVERED_KINDS, network_scope_only=False))


def _current_covered() -> Any:
    return RoleAssignment.objects.current().filter(role__kind__in=COVERED_KINDS)


def _holdings(person_ids: set[int]) -> tuple[Counter[tuple[int, int | None]], Counter[int]]:
    """For these people, how many covered roles each holds now per community, and in all."""
    per_community: Counter[tuple[int, int | None]] = Counter()
    in_network: Counter[int] = Counter()
    if person_ids:
        rows = _current_covered().filter(person_id__in=person_ids)
        for person_id, community_id in rows.values_list("person_id", "community_id"):
            per_community[(person_id, community_id)] += 1
            in_network[person_id] += 1
    return per_community, in_network


def community_role_coverage(*, community: Community) -> list[RoleCoverage]:
    """Every covered role of the community, with those who hold it now (longest-serving
    first) and how many roles each holds here and across the network."""
    coverage = {role.pk: RoleCoverage(role=role) for role in covered_role_list()}
    assignments = list(
        _current_covered()
        .filter(community=community)
        .select_related("role", "person", "assigned_by")
        .order_by("starts_on", "person__full_name", "pk")
    )
    per_community, in_network = _holdings({a.person_id for a in assignments})
    for assignment in assignments:
        if assignment.role_id in coverage:
            coverage[assignment.role_id].holders.append(
                RoleHolder(
                    assignment=assignment,
                    roles_here=per_community[(assignment.person_id, community.pk)],
                    roles_in_network=in_network[assignment.person_id],
                )
            )
    return list(coverage.values())


def community_many_roles_list(*, coverage: list[RoleCoverage]) -> list[RoleHolder]:
    """The holders flagged for holding many roles, once each, most roles first."""
    seen: dict[int, RoleHolder] = {}
    for role in coverage:
        for holder in role.holders:
            if holder.holds_many:
                seen.setdefault(holder.assignment.person_id, holder)
    return sorted(seen.values(), key=lambda h: (-h.roles_in_network, str(h.person)))


def role_history_list(*, community: Community) -> QuerySet[RoleAssignment]:
    """The covered roles' past assignments in the community, the latest ended first, with who
    assigned them: the rotation history."""
    return (
        RoleAssignment.objects.filter(
            community=community, role__kind__in=COVERED_KINDS, ends_on__lt=network_today()
        )
        .select_related("role", "person", "assigned_by", "community")
        .order_by("-ends_on", "-starts_on", "pk")
    )


def network_role_coverage(*, viewer: Any) -> NetworkCoverage:
    """Communities × covered roles for the communities the viewer sees; holders' names and who
    holds many roles only for those who may see them (network admins)."""
    with_names = permissions.can_view_network_role_holders(viewer)
    roles = covered_role_list()
    column = {role.pk: index for index, role in enumerate(roles)}
    communities = list(community_visible_list(viewer=viewer).order_by("slug"))
    names: dict[int, list[list[str]]] = {c.pk: [[] for _ in roles] for c in communities}
    counts: dict[int, list[int]] = {c.pk: [0 for _ in roles] for c in communities}
    held: Counter[int] = Counter()
    held_communities: dict[int, set[int | None]] = {}
    person_names: dict[int, str] = {}
    rows = _current_covered().values_list(
        "community_id", "role_id", "person_id", "person__full_name"
    )
    for community_id, role_id, person_id, full_name in rows.order_by("starts_on", "pk"):
        held[person_id] += 1
        held_communities.setdefault(person_id, set()).add(community_id)
        person_names[person_id] = full_name
        if community_id in counts and role_id in column:
            counts[community_id][column[role_id]] += 1
            names[community_id][column[role_id]].append(full_name)
    many = sorted(
        (
            ManyRolesHolder(
                person_id=person_id,
                name=person_names[person_id],
                roles=count,
                communities=len(held_communities[person_id] - {None}),
            )
            for person_id, count in held.items()
            if count >= MANY_ROLES
        ),
        key=lambda holder: (-holder.roles, holder.name),
    )
    return NetworkCoverage(
        roles=roles,
        rows=[
            NetworkCoverageRow(
                community=community,
                cells=names[community.pk] if with_names else [[] for _ in roles],
                counts=counts[community.pk],
            )
            for community in communities
        ],
        with_names=with_names,
        many_roles=many if with_names else [],
        many_roles_count=len(many),
    )
