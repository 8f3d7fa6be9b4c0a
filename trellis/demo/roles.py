"""Who convenes, administers and sponsors the demo network, and for which periods."""

import random
from dataclasses import dataclass
from datetime import date

from trellis.demo.accounts import ADMIN, CONVENER, PARTNERS, SPONSOR
from trellis.demo.content import content_load
from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.network import STEERING
from trellis.demo.people import PersonSpec

NETWORK_ADMIN, CONVENER_ROLE, SPONSOR_ROLE = "network_admin", "convener", "sponsor"

BERGER, SOKOLOV, _DUBOIS, WEBER, VIDMAR, BIZJAK = (partner.email for partner in PARTNERS)


@dataclass(frozen=True)
class RoleSpec:
    email: str
    role: str
    community: str | None  # None for the whole network
    starts_on: date
    ends_on: date | None = None

    def covers(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


# Conveners rotate: each community has had earlier conveners whose terms have ended.
_CONVENER_TERMS: dict[str, tuple[tuple[date, date | None], ...]] = content_load(
    "convener_terms", dict[str, tuple[tuple[date, date | None], ...]]
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
    conveners.append(RoleSpec(CONVENER.email, CONVENER_ROLE, BUDGET, date(2021, 4, 1)))
    conveners.append(
        RoleSpec(BIZJAK, CONVENER_ROLE, STEERING, date(2012, 1, 15), date(2018, 12, 31))
    )
    conveners.append(RoleSpec(ADMIN.email, CONVENER_ROLE, STEERING, date(2019, 1, 15)))
    return conveners


def network_roles() -> list[RoleSpec]:
    """The secretariat's administrators (one has moved on) and the sponsors' observers."""
    return [
        RoleSpec(BIZJAK, NETWORK_ADMIN, None, date(2008, 9, 1), date(2018, 12, 31)),
        RoleSpec(VIDMAR, NETWORK_ADMIN, None, date(2016, 2, 1)),
        RoleSpec(ADMIN.email, NETWORK_ADMIN, None, date(2019, 1, 15)),
        RoleSpec(VIDMAR, "technology_steward", None, date(2016, 2, 1)),
        *(
            RoleSpec(SPONSOR.email, SPONSOR_ROLE, community, date(2020, 1, 1))
            for community in (BUDGET, TREASURY, AUDIT)
        ),
        *(
            RoleSpec(BERGER, SPONSOR_ROLE, community, date(2012, 1, 1))
            for community in (BUDGET, TREASURY, AUDIT)
        ),
        RoleSpec(SOKOLOV, SPONSOR_ROLE, BUDGET, date(2014, 3, 1)),
        RoleSpec(SOKOLOV, SPONSOR_ROLE, TREASURY, date(2014, 3, 1)),
        RoleSpec(WEBER, SPONSOR_ROLE, AUDIT, date(2009, 1, 1), date(2015, 12, 31)),
    ]
