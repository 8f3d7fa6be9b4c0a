"""The demo's programme of learning activities, read from `data/programme.yaml`.

What each community did over two years is data (see the file's header for its fields and the
person selectors); this module gives it the shapes the planner in `trellis.demo.activities`
works with. Venues come from `data/places.yaml`, invited guests, walk-ins and interpreters from
`data/guests.yaml`.
"""

from dataclasses import dataclass, field

from trellis.demo.content import IN_BOTH_LANGUAGES, content_load, content_read, fields_named
from trellis.demo.guests import GuestSpec

BCS = ("bs", "hr", "sr")

# audience → (working languages, the first being the main one; interpretation into)
AUDIENCES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": (("ru",), ()),
    "en": (("en",), ()),
    "en+ru": (("en", "ru"), ("en", "ru")),
    "ru+en": (("ru", "en"), ("ru", "en")),
    "en+bcs": (("en",), BCS),
    "plenary": (("en", "ru"), ("en", "ru", *BCS)),
}


@dataclass(frozen=True)
class Place:
    country: str
    city: str
    venue: str
    timezone: str


OUTCOME = fields_named("summary", "outputs", "decisions", "follow_ups")


@dataclass(frozen=True)
class Template:
    key: str
    type: str  # an activity-type slug from the catalogue
    communities: tuple[str, ...]
    day: int  # offset from the anchor (sessions: from their plenary); negative is the past
    title: tuple[str, str] = field(metadata=IN_BOTH_LANGUAGES)
    description: tuple[str, str] = field(metadata=IN_BOTH_LANGUAGES)
    audience: str
    place: str = ""  # a key of PLACES; empty for online
    days: int = 1
    hours: float = 2.0  # online activities and sessions
    start: int = 10  # local hour
    formality: str = "formal"
    capacity: int | None = None
    expected: int = 25  # people who will answer yes
    hosts: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    facilitators: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # only members from these countries take part
    force: tuple[str, ...] = ()  # people who surely answer yes (and came, if held)
    status: str = ""  # "draft" or "cancelled"; otherwise from the dates
    outcome: tuple[str, str, str, str] | None = field(default=None, metadata=OUTCOME)
    materials: tuple[tuple[str, str], ...] = ()
    sessions: tuple["Template", ...] = ()


def _programme() -> tuple[Template, ...]:
    """Every section of the file (plenaries, each community's, cross-boundary), in order."""
    return tuple(
        template
        for section in content_read("programme")
        for template in content_load("programme", tuple[Template, ...], key=section)
    )


PLACES: dict[str, Place] = content_load("places", dict[str, Place])
ACTIVITY_GUESTS: dict[str, GuestSpec] = content_load(
    "guests", dict[str, GuestSpec], key="activity_guests"
)
WALK_INS: tuple[GuestSpec, ...] = content_load("guests", tuple[GuestSpec, ...], key="walk_ins")
INTERPRETERS: tuple[GuestSpec, ...] = content_load(
    "guests", tuple[GuestSpec, ...], key="interpreters"
)
PROGRAMME: tuple[Template, ...] = _programme()
