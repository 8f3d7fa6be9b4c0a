"""What the demo's activities are planned into, with their people and times, before anything
is written."""

from dataclasses import dataclass
from datetime import datetime

from trellis.demo.guests import GuestSpec


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
