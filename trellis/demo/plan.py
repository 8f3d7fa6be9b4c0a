"""The whole demo network planned in memory, from one seed, before anything is written."""

import hashlib
import random
from dataclasses import dataclass
from datetime import date

from trellis.demo.accounts import ADMIN, CONVENER, MEMBER, PARTNERS, SPONSOR
from trellis.demo.activities import activities_plan, demo_today
from trellis.demo.activities.specs import ActivitySpec
from trellis.demo.agenda import AgendaActivity, AgendaItemSpec, agenda_plan
from trellis.demo.conversations import conversations_plan
from trellis.demo.conversations.specs import ConversationsPlan
from trellis.demo.guests import GuestSpec
from trellis.demo.leadership import leadership_plan
from trellis.demo.memberships import MembershipSpec, memberships_plan
from trellis.demo.people import PersonSpec, people_generate
from trellis.demo.roles import RoleSpec, conveners_choose, network_roles
from trellis.demo.roster import Roster

SEED = 2006  # the year PEMPAL was launched


@dataclass(frozen=True)
class DemoPlan:
    people: tuple[PersonSpec, ...]
    memberships: tuple[MembershipSpec, ...]
    roles: tuple[RoleSpec, ...]
    anchor: date  # the demo's "today": activities before it are held, after it upcoming
    agenda: tuple[AgendaItemSpec, ...]
    activities: tuple[ActivitySpec, ...]
    activity_guests: tuple[tuple[str, GuestSpec], ...]
    conversations: ConversationsPlan  # questions, discussions, peer assists, follows

    def digest(self) -> str:
        """A fingerprint of everything planned, to check that two plans are the same."""
        return hashlib.sha256(repr(self).encode()).hexdigest()


def demo_plan(seed: int = SEED, anchor: date | None = None) -> DemoPlan:
    """Everyone, their memberships, roles, learning agendas, activities and conversations.

    The same seed and anchor always give the same plan. The anchor defaults to the day of the
    load (see `trellis.demo.activities`); people, memberships and roles do not depend on it.
    """
    anchor = anchor or demo_today()
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
    people = (*fixed, *generated)
    roles = (*network_roles(), *conveners, *leaders)

    # Activities and agendas draw from their own generator, so that adding to them never
    # changes who the people are.
    roster = Roster(people, memberships, roles)
    activity_rng = random.Random(f"{seed}/activities")  # noqa: S311
    planned = activities_plan(activity_rng, roster, anchor)
    addressed_by: dict[str, list[AgendaActivity]] = {}
    for activity in planned.activities:
        for key in activity.agenda:
            addressed_by.setdefault(key, []).append(
                AgendaActivity(activity.created_at, activity.ends_at, activity.held)
            )
    agenda = agenda_plan(random.Random(f"{seed}/agenda"), roster, anchor, addressed_by)  # noqa: S311
    conversations = conversations_plan(
        random.Random(f"{seed}/conversations"),  # noqa: S311
        roster,
        anchor,
        planned.activities,
    )
    return DemoPlan(
        people=people,
        memberships=tuple(memberships),
        roles=roles,
        anchor=anchor,
        agenda=tuple(agenda),
        activities=(*planned.activities, *conversations.activities),
        activity_guests=planned.guests,
        conversations=conversations,
    )
