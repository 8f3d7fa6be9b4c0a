"""People who took part without an account: guest speakers and one-time attendees.

Who they are is data, in `data/guests.yaml`.
"""

from dataclasses import dataclass

from trellis.demo.content import content_load


@dataclass(frozen=True)
class GuestSpec:
    community: str
    full_name: str
    organisation: str
    country: str
    note: str
    email: str = ""


GUESTS: tuple[GuestSpec, ...] = content_load(
    "guests", tuple[GuestSpec, ...], key="community_guests"
)
