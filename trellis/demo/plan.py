"""The whole demo network planned in memory, from one seed, before anything is written."""

import hashlib
import random
from dataclasses import dataclass

from trellis.demo.accounts import ADMIN, CONVENER, MEMBER, PARTNERS, SPONSOR
from trellis.demo.leadership import leadership_plan
from trellis.demo.memberships import MembershipSpec, memberships_plan
from trellis.demo.people import PersonSpec, people_generate
from trellis.demo.roles import RoleSpec, conveners_choose, network_roles

SEED = 2006  # the year PEMPAL was launched


@dataclass(frozen=True)
class DemoPlan:
    people: tuple[PersonSpec, ...]
    memberships: tuple[MembershipSpec, ...]
    roles: tuple[RoleSpec, ...]

    def digest(self) -> str:
        """A fingerprint of everything planned, to check that two plans are the same."""
        return hashlib.sha256(repr(self).encode()).hexdigest()


def demo_plan(seed: int = SEED) -> DemoPlan:
    """Everyone, their memberships and their roles. The same seed always gives the same plan."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    fixed = [ADMIN, CONVENER, MEMBER, SPONSOR, *PARTNERS]
    generated = people_generate(
        rng,
        taken_names={person.full_name for person in fixed},
        taken_emails={person.email for person in fixed},
    )
    conveners = conveners_choose(rng, generated)
    memberships = memberships_plan(rng, generated, conveners)
    leaders = leadership_plan(rng, memberships, conveners)
    return DemoPlan(
        people=(*fixed, *generated),
        memberships=tuple(memberships),
        roles=(*network_roles(), *conveners, *leaders),
    )
