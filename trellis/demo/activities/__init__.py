"""Two years of learning activities, planned in memory from the programme and the roster.

The anchor
----------
The rest of the demo's history is fixed (it ends on `timeline.HISTORY_END`), but activities
are planned around an *anchor*: the demo's "today". By default the anchor is the day the demo
is loaded (`demo_today()`, never earlier than the day after `HISTORY_END`), so a freshly loaded
demo always has two years of held activities behind it and a few months of open ones ahead,
whenever it is loaded. Everything else is deterministic: the same seed and the same anchor
always give the same plan (`demo_plan(seed, anchor=...)`), which is what the tests compare.

Who takes part is decided in `participants` (sessions of a plenary are attended by the
plenary's participants); the shapes planned into are in `specs`.
"""

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from trellis.core.network_time import network_today
from trellis.demo.accounts import ADMIN
from trellis.demo.activities.participants import Participants
from trellis.demo.activities.specs import ActivitiesPlan, ActivitySpec, AttendanceSpec
from trellis.demo.programme import AUDIENCES, PLACES, PROGRAMME, Template
from trellis.demo.roster import Roster
from trellis.demo.timeline import HISTORY_END

REPORT_AFTER = timedelta(days=7)  # held more recently than this: the report is not in yet


def demo_today() -> date:
    """The anchor for a load happening now: today, but never inside the fixed history."""
    return max(network_today(), HISTORY_END + timedelta(days=1))


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
        self.people = Participants(rng, roster, anchor)

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
        contributors = self.people.contributors(template, communities, created_at)
        languages, interpretation = AUDIENCES[template.audience]
        registrations = self.people.registrations(
            template, communities, contributors, created_at, min(deadline, starts_at), status
        )
        attendances: list[AttendanceSpec] = []
        recorded_at = None
        if status == "held":
            attendances = self.people.attendances(
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
        contributors = self.people.contributors(template, communities, plenary.created_at)
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


def activities_plan(rng: random.Random, roster: Roster, anchor: date) -> ActivitiesPlan:
    """Every activity of the programme, with its people, around the anchor."""
    planner = _Planner(rng, roster, anchor)
    activities: list[ActivitySpec] = []
    for template in sorted(PROGRAMME, key=lambda t: (t.day, t.key)):
        activities.extend(planner.plan(template))
    return ActivitiesPlan(tuple(activities), tuple(planner.people.guests.items()))
