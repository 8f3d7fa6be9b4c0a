"""Two years of learning activities, planned in memory from the programme and the roster.

The anchor
----------
The rest of the demo's history is fixed (it ends on `timeline.HISTORY_END`), but activities
are planned around an *anchor*: the demo's "today". By default the anchor is the day the demo
is loaded (`demo_today()`, never earlier than the day after `HISTORY_END`), so a freshly loaded
demo always has two years of held activities behind it and a few months of open ones ahead,
whenever it is loaded. Everything else is deterministic: the same seed and the same anchor
always give the same plan (`demo_plan(seed, anchor=...)`), which is what the tests compare.

Who takes part
--------------
Registrants are members of the activity's communities at the time, who speak one of its
working languages or a language it is interpreted into, and come from its countries when it
has any; core and active members answer more readily than occasional and peripheral ones.
Most answer yes, some maybe or no; yes beyond the capacity goes to the waiting list, and
when a confirmed registrant cancels, the first on the list is promoted. For held activities,
most of those confirmed came, a few who said maybe came too, hosts, speakers and facilitators
came in their role, and at in-person events a member or two and a guest walked in; nobody
beyond the capacity. Sessions of a plenary are attended by the plenary's participants.
"""

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from trellis.core.network_time import network_today
from trellis.demo.accounts import ADMIN, CONVENER, MEMBER
from trellis.demo.guests import GuestSpec
from trellis.demo.programme import (
    ACTIVITY_GUESTS,
    AUDIENCES,
    INTERPRETERS,
    PLACES,
    PROGRAMME,
    WALK_INS,
    Template,
)
from trellis.demo.roster import PROPENSITY, Roster, weighted_sample
from trellis.demo.timeline import HISTORY_END

ORGANISER = "a.vidmar@cef.demo.trellis"  # the secretariat's logistics for the plenaries
REPORT_AFTER = timedelta(days=7)  # held more recently than this: the report is not in yet
_FIXED = {"convener@": CONVENER.email, "member@": MEMBER.email, "admin@": ADMIN.email}
_CONTRIBUTOR_ROLES = ("host", "speaker", "facilitator")


def demo_today() -> date:
    """The anchor for a load happening now: today, but never inside the fixed history."""
    return max(network_today(), HISTORY_END + timedelta(days=1))


@dataclass(frozen=True)
class ContributorSpec:
    role: str
    email: str = ""
    guest: str = ""  # a key of the plan's guests


@dataclass(frozen=True)
class RegistrationSpec:
    email: str
    answer: str
    state: str
    at: datetime
    waitlisted_at: datetime | None = None


@dataclass(frozen=True)
class AttendanceSpec:
    role: str
    email: str = ""
    guest: str = ""


@dataclass(frozen=True)
class ActivitySpec:
    key: str
    parent: str  # key of the plenary a session belongs to, or ""
    type: str
    communities: tuple[str, ...]
    title: dict[str, str]
    description: dict[str, str]
    formality: str
    mode: str
    country: str
    city: str
    venue: str
    online_url: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    languages: tuple[str, ...]
    interpretation: tuple[str, ...]
    capacity: int | None
    registration_deadline: datetime | None
    status: str
    agenda: tuple[str, ...]
    created_at: datetime
    created_by: str | None
    contributors: tuple[ContributorSpec, ...]
    registrations: tuple[RegistrationSpec, ...]
    attendances: tuple[AttendanceSpec, ...]
    recorded_by: str | None
    recorded_at: datetime | None
    summary: str = ""
    outputs: str = ""
    decisions: str = ""
    follow_ups: str = ""
    reported_by: str = ""
    reported_at: datetime | None = None
    materials: tuple[tuple[str, str], ...] = ()

    @property
    def held(self) -> bool:
        return self.status == "held"


@dataclass(frozen=True)
class ActivitiesPlan:
    activities: tuple[ActivitySpec, ...]
    guests: tuple[tuple[str, GuestSpec], ...]  # (key, guest) of every outsider taking part


def _snap(day: date, weekdays: tuple[int, ...]) -> date:
    """The nearest day (at most three away) that falls on one of the weekdays."""
    for shift in (0, -1, 1, -2, 2, -3, 3):
        candidate = day + timedelta(days=shift)
        if candidate.weekday() in weekdays:
            return candidate
    return day


def _local(day: date, hour: float, zone: str) -> datetime:
    minutes = round(hour * 60)
    local = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=ZoneInfo(zone))
    return local.astimezone(UTC)


class _Planner:
    def __init__(self, rng: random.Random, roster: Roster, anchor: date) -> None:
        self.rng = rng
        self.roster = roster
        self.anchor = anchor
        self.now = datetime.combine(anchor, time(0), tzinfo=UTC)
        self.chosen: dict[tuple[str, str], str] = {}  # (country, community) → champion
        self.guests: dict[str, GuestSpec] = {}
        self.walk_ins = list(WALK_INS)

    # --- who ---------------------------------------------------------------------------

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
        weights = [PROPENSITY[self.roster.level(email, [community])] ** 2 for email in members]
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

    # --- when and where ----------------------------------------------------------------

    def schedule(
        self, template: Template, parent_start: datetime | None = None, parent_zone: str = ""
    ) -> tuple[datetime, datetime, str]:
        place = PLACES.get(template.place)
        zone = parent_zone or (place.timezone if place else "Europe/Ljubljana")
        if parent_start is not None:
            day = parent_start.astimezone(ZoneInfo(zone)).date() + timedelta(days=template.day)
            start = _local(day, template.start, zone)
            return start, start + timedelta(hours=template.hours), zone
        day = self.anchor + timedelta(days=template.day)
        day = _snap(day, (1,) if template.days > 2 else (1, 2, 3))
        start = _local(day, template.start, zone)
        if place is None:
            return start, start + timedelta(hours=template.hours), zone
        last = day + timedelta(days=template.days - 1)
        return start, _local(last, 17.5 if template.days > 1 else 17, zone), zone

    # --- the activity ------------------------------------------------------------------

    def plan(self, template: Template) -> list[ActivitySpec]:
        communities = template.communities
        starts_at, ends_at, zone = self.schedule(template)
        in_person = bool(template.place)
        lead = timedelta(days=80 if in_person else 35)
        created_at = min(starts_at - lead, self.now - timedelta(days=20))
        created_at = created_at.replace(hour=8, minute=30)
        deadline = starts_at - (timedelta(days=21) if in_person else timedelta(days=1))
        if template.status:
            status = template.status
        elif ends_at < self.now:
            status = "held"
        else:
            status = "open" if deadline > self.now else "closed"
        creator = (
            ADMIN.email
            if len(communities) == 3
            else self.roster.holder("convener", communities[0], created_at.date())
        )
        contributors = self.contributors(template, communities, created_at)
        languages, interpretation = AUDIENCES[template.audience]
        registrations = self.registrations(
            template, communities, contributors, created_at, min(deadline, starts_at), status
        )
        attendances: list[AttendanceSpec] = []
        recorded_at = None
        if status == "held":
            attendances = self.attendances(
                template, communities, contributors, registrations, starts_at
            )
            recorded_at = min(ends_at + timedelta(days=1), self.now - timedelta(hours=1))
        place = PLACES.get(template.place)
        spec = ActivitySpec(
            key=template.key,
            parent="",
            type=template.type,
            communities=communities,
            title={"en": template.title[0], "ru": template.title[1]},
            description={"en": template.description[0], "ru": template.description[1]},
            formality=template.formality,
            mode="in_person" if in_person else "online",
            country=place.country if place else "",
            city=place.city if place else "",
            venue=place.venue if place else "",
            online_url="" if in_person else f"https://meet.demo.trellis/{template.key}",
            starts_at=starts_at,
            ends_at=ends_at,
            timezone=zone,
            languages=languages,
            interpretation=interpretation,
            capacity=template.capacity,
            registration_deadline=deadline,
            status=status,
            agenda=template.agenda,
            created_at=created_at,
            created_by=creator,
            contributors=tuple(contributors),
            registrations=tuple(registrations),
            attendances=tuple(attendances),
            recorded_by=creator if attendances else None,
            recorded_at=recorded_at,
        )
        spec = self.outcome(template, spec)
        sessions = [self.session(session, spec, attendances) for session in template.sessions]
        return [spec, *sessions]

    def outcome(self, template: Template, spec: ActivitySpec) -> ActivitySpec:
        """The social reporter's record, a few days after a held activity."""
        if not spec.held or template.outcome is None or spec.ends_at + REPORT_AFTER > self.now:
            return spec
        reported_at = spec.ends_at + timedelta(days=self.rng.randint(2, 5), hours=2)
        reporter = self.roster.holder("social_reporter", spec.communities[0], reported_at.date())
        if reporter is None:
            return spec
        summary, outputs, decisions, follow_ups = template.outcome
        return replace(
            spec,
            summary=summary,
            outputs=outputs,
            decisions=decisions,
            follow_ups=follow_ups,
            reported_by=reporter,
            reported_at=reported_at,
            materials=template.materials,
        )

    def session(
        self, template: Template, plenary: ActivitySpec, plenary_attendance: list[AttendanceSpec]
    ) -> ActivitySpec:
        starts_at, ends_at, zone = self.schedule(template, plenary.starts_at, plenary.timezone)
        communities = template.communities
        contributors = self.contributors(template, communities, plenary.created_at)
        attendances: list[AttendanceSpec] = []
        if plenary.held:
            taken = [c.email for c in contributors if c.email]
            for contributor in contributors:
                attendances.append(
                    AttendanceSpec(contributor.role, contributor.email, contributor.guest)
                )
            for attendance in plenary_attendance:
                if attendance.role != "participant" or attendance.email in taken:
                    continue
                if not attendance.email:
                    continue
                own = [
                    c for c in communities if self.roster.is_member(attendance.email, c, starts_at)
                ]
                chance = 0.62 if own and len(communities) == 1 else 0.16
                if self.rng.random() < chance and len(attendances) < (template.capacity or 10**6):
                    attendances.append(AttendanceSpec("participant", attendance.email))
                    taken.append(attendance.email)
        return ActivitySpec(
            key=template.key,
            parent=plenary.key,
            type=template.type,
            communities=communities,
            title={"en": template.title[0], "ru": template.title[1]},
            description={"en": template.description[0], "ru": template.description[1]},
            formality=plenary.formality,
            mode=plenary.mode,
            country=plenary.country,
            city=plenary.city,
            venue=plenary.venue,
            online_url="",
            starts_at=starts_at,
            ends_at=ends_at,
            timezone=zone,
            languages=AUDIENCES[template.audience][0],
            interpretation=AUDIENCES[template.audience][1],
            capacity=template.capacity,
            registration_deadline=None,
            status=plenary.status,
            agenda=(),
            created_at=plenary.created_at,
            created_by=plenary.created_by,
            contributors=tuple(contributors),
            registrations=(),
            attendances=tuple(attendances),
            recorded_by=plenary.recorded_by if attendances else None,
            recorded_at=plenary.recorded_at if attendances else None,
        )

    # --- registrations and attendance --------------------------------------------------

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
        weights = [PROPENSITY[self.roster.level(email, communities)] for email in pool]
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
        if template.type == "joint-events" and in_person:
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


def activities_plan(rng: random.Random, roster: Roster, anchor: date) -> ActivitiesPlan:
    """Every activity of the programme, with its people, around the anchor."""
    planner = _Planner(rng, roster, anchor)
    activities: list[ActivitySpec] = []
    for template in sorted(PROGRAMME, key=lambda t: (t.day, t.key)):
        activities.extend(planner.plan(template))
    return ActivitiesPlan(tuple(activities), tuple(planner.guests.items()))
