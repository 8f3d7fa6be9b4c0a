"""Who was a member of which community when, and who held which role: for planning activities.

Everything here iterates lists and insertion-ordered dicts, never sets, so a plan drawn from
it is the same in every process (string hashing is randomised per process).
"""

import random
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from trellis.demo.memberships import ACTIVE, CORE, OCCASIONAL, MembershipSpec
from trellis.demo.people import PersonSpec
from trellis.demo.roles import CONVENER_ROLE, RoleSpec

# How readily members of each level take part in an activity.
PROPENSITY = {CORE: 6.0, ACTIVE: 3.0, OCCASIONAL: 1.3, "peripheral": 0.5}

# One community where members who speak Russian and not English take part much less than the
# others, whatever their level: the unequal participation along a language line that the
# participation page's flag is there to reveal (issue 11).
LANGUAGE_GAP_COMMUNITY = "IACOP"
LANGUAGE_GAP_DAMPING = 0.4


class Roster:
    def __init__(
        self,
        people: Sequence[PersonSpec],
        memberships: Sequence[MembershipSpec],
        roles: Sequence[RoleSpec],
    ) -> None:
        self.people = {person.email: person for person in people}
        self.roles = sorted(roles, key=lambda spec: (spec.starts_on, spec.email, spec.role))
        # community → email → list of [start, end) periods of membership
        self.periods: dict[str, dict[str, list[tuple[datetime, datetime | None]]]] = {}
        self.levels: dict[tuple[str, str], str] = {}
        for membership in memberships:
            periods = self.periods.setdefault(membership.community, {}).setdefault(
                membership.email, []
            )
            started: datetime | None = None
            for event in membership.events:
                if event.kind in ("joined", "rejoined"):
                    started = event.at
                elif event.kind == "left" and started is not None:
                    periods.append((started, event.at))
                    started = None
            if started is not None and membership.state == "active":
                periods.append((started, None))
            self.levels[(membership.community, membership.email)] = membership.level

    def is_member(self, email: str, community: str, when: datetime) -> bool:
        for start, end in self.periods.get(community, {}).get(email, []):
            if start <= when and (end is None or when < end):
                return True
        return False

    def members(self, community: str, when: datetime, until: datetime | None = None) -> list[str]:
        """Members at `when` (and still members at `until`), in a stable order."""
        return [
            email
            for email in self.periods.get(community, {})
            if self.is_member(email, community, when)
            and (until is None or self.is_member(email, community, until))
        ]

    def level(self, email: str, communities: Iterable[str]) -> str:
        order = [CORE, ACTIVE, OCCASIONAL, "peripheral"]
        levels = [self.levels[(c, email)] for c in communities if (c, email) in self.levels]
        return min(levels, key=order.index) if levels else "peripheral"

    def propensity(self, email: str, communities: Iterable[str]) -> float:
        """How readily a person takes part in something of these communities."""
        communities = list(communities)
        weight = PROPENSITY[self.level(email, communities)]
        if LANGUAGE_GAP_COMMUNITY in communities:
            spoken = self.people[email].languages
            if "ru" in spoken and "en" not in spoken:
                weight *= LANGUAGE_GAP_DAMPING
        return weight

    def holder(self, role: str, community: str, day: date) -> str | None:
        """Who held a role in a community on a day, falling back to the convener then."""
        for wanted in (role, CONVENER_ROLE):
            for spec in self.roles:
                if spec.role == wanted and spec.community == community and spec.covers(day):
                    return spec.email
        return None

    def speaks(self, email: str, languages: Iterable[str]) -> bool:
        spoken = self.people[email].languages
        return any(language in spoken for language in languages)


def weighted_sample(
    rng: random.Random, candidates: list[str], weights: list[float], count: int
) -> list[str]:
    """`count` candidates without replacement, likelier the heavier (Efraimidis–Spirakis)."""
    keyed = sorted(
        (
            (rng.random() ** (1.0 / weight), email)
            for email, weight in zip(candidates, weights, strict=True)
        ),
        reverse=True,
    )
    return [email for _, email in keyed[:count]]
