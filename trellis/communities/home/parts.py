"""What the personal home is made of, and the sources that fill it."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Q

# Each list of the page shows at most this many entries (the rest are a link away).
MAX_ITEMS = 6


@dataclass(frozen=True)
class HomeViewer:
    """Who the page is for, with what every source needs to know about them."""

    person: Any
    # Communities the person is an active member of, and since when each one's news counts
    # (their last visit, else when they joined).
    community_ids: tuple[int, ...]
    since: Mapping[int, datetime]
    # Communities whose requests, attendance and flags the person looks after.
    managed_ids: tuple[int, ...]
    is_network_admin: bool
    now: datetime
    # Every community named above, by id (code, slug and name loaded).
    communities: Mapping[int, Any] = field(default_factory=dict)
    # The person's communities whose pages they have opened (news counts from that visit).
    visited_ids: frozenset[int] = frozenset()

    def managed(self, field_name: str = "community") -> Q:
        """Rows of the communities the person looks after: all of them for a network admin."""
        if self.is_network_admin:
            return Q()
        return Q(**{f"{field_name}__in": self.managed_ids})

    def new_since(self, created: str, field_name: str = "community_id") -> Q:
        """Rows of the person's communities made after the person's last visit to each."""
        condition = Q(pk__in=[])
        for community_id in self.community_ids:
            condition |= Q(**{field_name: community_id, f"{created}__gt": self.since[community_id]})
        return condition

    @property
    def runs_communities(self) -> bool:
        return self.is_network_admin or bool(self.managed_ids)


@dataclass(frozen=True)
class HomeItem:
    """One line of a list: what it is (`kind`), its title and link, and where it is."""

    title: str
    url: str
    kind: str = ""
    detail: str = ""
    # The language of a title members wrote, for the `lang` attribute; "" for interface text.
    language: str = ""
    starts_at: datetime | None = None
    # The joining link of an online activity, for those who may see it.
    online_url: str = ""
    registered: bool = False


@dataclass(frozen=True)
class NewCount:
    """ "3 new questions" of one community, with where to read them."""

    label: str
    url: str
    count: int = 0


@dataclass
class HomeParts:
    """What one source adds to each block of the page."""

    next_activities: list[HomeItem] = field(default_factory=list)
    needs_me: list[HomeItem] = field(default_factory=list)
    # Community id → what is new there since `HomeViewer.since`.
    new_in: dict[int, list[NewCount]] = field(default_factory=dict)
    for_conveners: list[HomeItem] = field(default_factory=list)

    def add(self, other: "HomeParts") -> None:
        self.next_activities += other.next_activities
        self.needs_me += other.needs_me
        for community_id, counts in other.new_in.items():
            self.new_in.setdefault(community_id, []).extend(counts)
        self.for_conveners += other.for_conveners


HomeSource = Callable[[HomeViewer], HomeParts]
_sources: dict[str, HomeSource] = {}


def home_source_register(source: HomeSource) -> None:
    """Add a source to every personal home; registered once per callable, in the order of
    registration (which is the order its lines appear in)."""
    _sources[f"{source.__module__}.{source.__qualname__}"] = source


def home_sources() -> list[HomeSource]:
    return list(_sources.values())
