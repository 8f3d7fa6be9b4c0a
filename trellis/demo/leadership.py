"""Social learning leadership roles in the demo communities, held in turn by their members."""

import random
from datetime import date, timedelta

from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.memberships import ACTIVE, CORE, MembershipSpec
from trellis.demo.roles import RoleSpec
from trellis.demo.timeline import HISTORY_END, moment

LEADERSHIP_ROLES = (
    "agenda_setter",
    "community_keeper",
    "critical_friend",
    "social_reporter",
    "value_detective",
    "organisational_broker",
    "external_ambassador",
    "practice_developer",
    "technology_steward",
)
FORMER_HOLDER_SHARE = 0.55  # roles that have already rotated once


def _first_joined(membership: MembershipSpec) -> date:
    return next(event.at.date() for event in membership.events if event.kind == "joined")


def _take(
    candidates: list[MembershipSpec], used: set[str], *, joined_before: date | None = None
) -> MembershipSpec | None:
    """The next candidate who holds no role yet (and joined early enough), marked as used."""
    for membership in candidates:
        if membership.email in used:
            continue
        if joined_before is None or _first_joined(membership) < joined_before:
            used.add(membership.email)
            return membership
    return None


def leadership_plan(
    rng: random.Random, memberships: list[MembershipSpec], conveners: list[RoleSpec]
) -> list[RoleSpec]:
    """For each public community and leadership role, a current holder and often a former one.

    Holders come from the core group and the active members, at most one role each per
    community. Community keepers are two, since the communities work in two languages.
    """
    roles: list[RoleSpec] = []
    for community in (BUDGET, TREASURY, AUDIT):
        convening = {spec.email for spec in conveners if spec.community == community}
        candidates = [
            membership
            for membership in memberships
            if membership.community == community
            and membership.state == "active"
            and membership.level in (CORE, ACTIVE)
            and membership.email not in convening
        ]
        rng.shuffle(candidates)
        used: set[str] = set()
        for role in LEADERSHIP_ROLES:
            handed_over = moment(rng, date(2020, 1, 1), HISTORY_END - timedelta(days=180)).date()
            for _holder in range(2 if role == "community_keeper" else 1):
                holder = _take(candidates, used)
                assert holder is not None and holder.joined_at is not None
                starts_on = max(handed_over, holder.joined_at.date())
                roles.append(RoleSpec(holder.email, role, community, starts_on))
            if rng.random() < FORMER_HOLDER_SHARE:
                earlier = _take(candidates, used, joined_before=date(2016, 1, 1))
                if earlier is not None:
                    started = moment(rng, _first_joined(earlier), handed_over - timedelta(days=400))
                    ended = handed_over - timedelta(days=1)
                    roles.append(RoleSpec(earlier.email, role, community, started.date(), ended))
    return roles
