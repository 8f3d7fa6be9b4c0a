"""Who takes part in the demo's activities: hosts, speakers and facilitators chosen by the
programme's selectors, registrants drawn from the members, and who came.

Registrants are members of the activity's communities at the time, who speak one of its
working languages or a language it is interpreted into, and come from its countries when it
has any; core and active members answer more readily than occasional and peripheral ones.
Most answer yes, some maybe or no; yes beyond the capacity goes to the waiting list, and
when a confirmed registrant cancels, the first on the list is promoted. For held activities,
most of those confirmed came, a few who said maybe came too, hosts, speakers and facilitators
came in their role, and at in-person events a member or two and a guest walked in; nobody
beyond the capacity. The secretariat's organiser comes to the in-person joint events in
that role and does not register for them.
"""

import random
from datetime import UTC, date, datetime, time, timedelta

from trellis.demo.accounts import ADMIN, CONVENER, MEMBER
from trellis.demo.activities.specs import AttendanceSpec, ContributorSpec, RegistrationSpec
from trellis.demo.guests import GuestSpec
from trellis.demo.programme import ACTIVITY_GUESTS, AUDIENCES, INTERPRETERS, WALK_INS, Template
from trellis.demo.roster import Roster, weighted_sample

ORGANISER = "a.vidmar@cef.demo.trellis"  # the secretariat's logistics for the plenaries
_FIXED = {"convener@": CONVENER.email, "member@": MEMBER.email, "admin@": ADMIN.email}
_CONTRIBUTOR_ROLES = ("host", "speaker", "facilitator")


class Participants:
    """The people of the activities, drawn from the planner's generator in the planner's order;
    it remembers each country's champion and the outsiders who took part."""

    def __init__(self, rng: random.Random, roster: Roster, anchor: date) -> None:
        self.rng = rng
        self.roster = roster
        self.now = datetime.combine(anchor, time(0), tzinfo=UTC)
        self.chosen: dict[tuple[str, str], str] = {}  # (country, community) → champion
        self.guests: dict[str, GuestSpec] = {}
        self.walk_ins = list(WALK_INS)

    def person(self, selector: str, communities: tuple[str, ...], when: datetime) -> str | None:
        if selector in _FIXED:
            return _FIXED[selector]
        if selector == "convener":
            return self.roster.holder("convener", communities[0], when.date())
        country, _, community = selector.partition("/")
        community = community or communities[0]
        known = self.chosen.get((country, community))
        if known and self.roster.is_member(known, community, when):
            return known
        members = [
            email
            for email in self.roster.members(community, when)
            if self.roster.people[email].country == country and not email.endswith("@demo.trellis")
        ]
        if not members:
            return None
        weights = [self.roster.propensity(email, [community]) ** 2 for email in members]
        email = weighted_sample(self.rng, members, weights, 1)[0]
        self.chosen[(country, community)] = email
        return email

    def guest(self, key: str) -> str:
        self.guests.setdefault(f"guest:{key}", ACTIVITY_GUESTS[key])
        return f"guest:{key}"

    def contributors(
        self, template: Template, communities: tuple[str, ...], when: datetime
    ) -> list[ContributorSpec]:
        found: list[ContributorSpec] = []
        seen: list[str] = []
        for role, selectors in zip(
            _CONTRIBUTOR_ROLES,
            (template.hosts, template.speakers, template.facilitators),
            strict=True,
        ):
            for selector in selectors:
                if selector.startswith("guest:"):
                    found.append(ContributorSpec(role, guest=self.guest(selector[6:])))
                    continue
                email = self.person(selector, communities, when)
                if email is None or email in seen:
                    continue
                seen.append(email)
                found.append(ContributorSpec(role, email=email))
        return found

    def eligible(
        self, template: Template, communities: tuple[str, ...], opened: datetime, until: datetime
    ) -> list[str]:
        languages, interpretation = AUDIENCES[template.audience]
        found: list[str] = []
        for community in communities:
            for email in self.roster.members(community, opened, until):
                if email in found or email.endswith("@demo.trellis"):
                    continue
                person = self.roster.people[email]
                if template.countries and person.country not in template.countries:
                    continue
                if self.roster.speaks(email, (*languages, *interpretation)):
                    found.append(email)
        return found

    def registrations(
        self,
        template: Template,
        communities: tuple[str, ...],
        contributors: list[ContributorSpec],
        created_at: datetime,
        closes_at: datetime,
        status: str,
    ) -> list[RegistrationSpec]:
        if status == "draft":
            return []
        rng = self.rng
        opened = created_at + timedelta(days=1)
        closes_at = min(closes_at, self.now - timedelta(hours=2))
        if closes_at <= opened:
            return []
        running = [c.email for c in contributors if c.email]
        if _secretariat_organises(template):
            running.append(ORGANISER)  # comes as the organiser, so never registers to cancel
        forced = [
            _FIXED[selector]
            for selector in template.force
            if any(self.roster.is_member(_FIXED[selector], c, opened) for c in communities)
        ]
        pool = [
            email
            for email in self.eligible(template, communities, opened, closes_at)
            if email not in running and email not in forced
        ]
        yes_count = max(min(template.expected, len(pool) + len(forced)) - len(forced), 0)
        maybe_count = round(yes_count * 0.12) if yes_count >= 8 else 0
        no_count = round(yes_count * 0.07) if yes_count >= 8 else 0
        weights = [self.roster.propensity(email, communities) for email in pool]
        drawn = weighted_sample(rng, pool, weights, yes_count + maybe_count + no_count)
        answers = (
            [(email, "yes") for email in forced]
            + [(email, "yes") for email in drawn[:yes_count]]
            + [(email, "maybe") for email in drawn[yes_count : yes_count + maybe_count]]
            + [(email, "no") for email in drawn[yes_count + maybe_count :]]
        )
        window = int((closes_at - opened).total_seconds())
        timed = []
        for index, (email, answer) in enumerate(answers):
            share = rng.random() ** 1.6  # most people answer early
            if email in forced:
                share = 0.01 * (index + 1)
            timed.append((opened + timedelta(seconds=int(window * share)), email, answer))
        timed.sort()
        capacity = template.capacity
        confirmed = 0
        result: list[RegistrationSpec] = []
        for when, email, answer in timed:
            if answer == "yes" and capacity is not None and confirmed >= capacity:
                result.append(RegistrationSpec(email, answer, "waitlisted", when, when))
                continue
            if answer == "yes":
                confirmed += 1
            result.append(RegistrationSpec(email, answer, "confirmed", when))
        # A few who said yes cancel later; the first on the waiting list takes their place.
        cancellable = [
            index
            for index, spec in enumerate(result)
            if spec.answer == "yes" and spec.state == "confirmed" and spec.email not in forced
        ]
        cancels = rng.randint(0, 2) if len(cancellable) >= 12 else 0
        for index in rng.sample(cancellable, cancels):
            spec = result[index]
            result[index] = RegistrationSpec(spec.email, spec.answer, "cancelled", spec.at)
            waiting = [i for i, s in enumerate(result) if s.state == "waitlisted"]
            if waiting:
                first = result[waiting[0]]
                result[waiting[0]] = RegistrationSpec(
                    first.email,
                    first.answer,
                    "confirmed",
                    first.at,
                    first.waitlisted_at,
                )
        return result

    def attendances(
        self,
        template: Template,
        communities: tuple[str, ...],
        contributors: list[ContributorSpec],
        registrations: list[RegistrationSpec],
        starts_at: datetime,
    ) -> list[AttendanceSpec]:
        rng = self.rng
        forced = [_FIXED[selector] for selector in template.force]
        result = [AttendanceSpec(c.role, c.email, c.guest) for c in contributors]
        present = [c.email for c in contributors if c.email]
        in_person = bool(template.place)
        if _secretariat_organises(template):
            for index, interpreter in enumerate(INTERPRETERS):
                key = f"interpreter:{index}"
                self.guests.setdefault(key, interpreter)
                result.append(AttendanceSpec("interpreter", guest=key))
            if ORGANISER not in present:
                result.append(AttendanceSpec("organiser", ORGANISER))
                present.append(ORGANISER)
        participants: list[AttendanceSpec] = []
        for spec in registrations:
            if spec.email in present or spec.state != "confirmed":
                continue
            chance = {"yes": 0.9, "maybe": 0.4}.get(spec.answer, 0.0)
            if spec.email in forced or rng.random() < chance:
                participants.append(AttendanceSpec("participant", spec.email))
                present.append(spec.email)
        if in_person:
            registered = [spec.email for spec in registrations]
            others = [
                email
                for email in self.eligible(template, communities, starts_at, starts_at)
                if email not in present and email not in registered
            ]
            for email in rng.sample(others, min(len(others), rng.randint(0, 2))):
                participants.append(AttendanceSpec("participant", email))
            if self.walk_ins and rng.random() < 0.7:
                walk_in = self.walk_ins.pop(0)
                key = f"walk-in:{len(WALK_INS) - len(self.walk_ins)}"
                self.guests[key] = walk_in
                participants.append(AttendanceSpec("participant", guest=key))
        if template.capacity is not None:
            room = max(template.capacity - len(result), 0)
            keep = [p for p in participants if p.email in forced]
            keep += [p for p in participants if p.email not in forced][: room - len(keep)]
            participants = keep
        return result + participants


def _secretariat_organises(template: Template) -> bool:
    """In-person joint events are run by the secretariat's organiser, who comes in that role."""
    return template.type == "joint-events" and bool(template.place)
