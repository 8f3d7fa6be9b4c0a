"""Who convenes, administers and sponsors the demo network, and for which periods.

The periods are data, in `data/roles.yaml`; the earlier conveners are drawn from the members.
"""

import random
from dataclasses import dataclass
from datetime import date

from trellis.demo.content import content_load
from trellis.demo.people import PersonSpec

NETWORK_ADMIN, CONVENER_ROLE, SPONSOR_ROLE = "network_admin", "convener", "sponsor"


@dataclass(frozen=True)
class RoleSpec:
    email: str
    role: str
    community: str | None  # None for the whole network
    starts_on: date
    ends_on: date | None = None

    def covers(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


_CONVENER_TERMS: dict[str, tuple[tuple[date, date | None], ...]] = content_load(
    "roles", dict[str, tuple[tuple[date, date | None], ...]], key="convener_terms"
)


def conveners_choose(rng: random.Random, people: list[PersonSpec]) -> list[RoleSpec]:
    """Conveners of every community: generated members for the terms, demo accounts for now."""
    conveners = []
    for community, terms in _CONVENER_TERMS.items():
        candidates = [person for person in people if person.home == community]
        for person, (starts_on, ends_on) in zip(
            rng.sample(candidates, len(terms)), terms, strict=True
        ):
            conveners.append(RoleSpec(person.email, CONVENER_ROLE, community, starts_on, ends_on))
    conveners.extend(content_load("roles", tuple[RoleSpec, ...], key="conveners"))
    return conveners


def network_roles() -> list[RoleSpec]:
    """The secretariat's administrators (one has moved on) and the sponsors' observers."""
    return list(content_load("roles", tuple[RoleSpec, ...], key="network_roles"))
