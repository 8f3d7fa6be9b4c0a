"""Each member's computed level beside their declared one, for those who look after a community.

The levels come from the engine in a fixed number of grouped queries; filtering, searching and
sorting happen on those rows, and names are read for the shown page's people only.
"""

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from trellis.accounts.selectors import person_ids_named, person_names
from trellis.analytics.levels import MEMBER_LEVELS, Level
from trellis.analytics.selectors.levels import CommunityLevels, MemberLevel, community_levels

if TYPE_CHECKING:
    from trellis.communities.models import Community

LEVEL_VALUES = frozenset(level.value for level in MEMBER_LEVELS)


@dataclass(frozen=True)
class MemberTable:
    levels: CommunityLevels
    rows: list[MemberLevel]  # filtered, the highest score first


@dataclass(frozen=True)
class NamedRow:
    person_id: int
    name: str
    score: int
    level: str
    declared_level: str
    declared_core: bool

    def level_label(self) -> str:
        return str(Level(self.level).label)

    def declared_label(self) -> str:
        return str(Level(self.declared_level).label) if self.declared_level in LEVEL_VALUES else ""


def member_level_table(
    *,
    community: "Community",
    level: str | None = None,
    declared: str | None = None,
    search: str = "",
    on: date | None = None,
) -> MemberTable:
    """The community's members with their computed and declared levels, kept to those at a
    computed `level`, a `declared` level and whose name contains `search`, sorted by score."""
    levels = community_levels(community=community, on=on)
    rows = list(levels.members.values())
    if level in LEVEL_VALUES:
        rows = [row for row in rows if row.level == level]
    if declared in LEVEL_VALUES:
        rows = [row for row in rows if row.declared_level == declared]
    if search:
        named = person_ids_named(search=search)
        rows = [row for row in rows if row.person_id in named]
    rows.sort(key=lambda row: (-row.score, row.person_id))
    return MemberTable(levels=levels, rows=rows)


def named_rows(rows: list[MemberLevel]) -> list[NamedRow]:
    """The rows with each person's name, read in one query for these people only."""
    names = person_names(person_ids=[row.person_id for row in rows])
    return [
        NamedRow(
            person_id=row.person_id,
            name=names.get(row.person_id, ""),
            score=row.score,
            level=row.level,
            declared_level=row.declared_level,
            declared_core=row.declared_core,
        )
        for row in rows
    ]


@dataclass(frozen=True)
class Participant:
    person_id: int
    name: str
    score: int


def transactional_rows(levels: CommunityLevels, *, limit: int = 50) -> list[Participant]:
    """Non-members who took part in the window, the highest score first, with their names:
    the first `limit` of them, so the page stays the same size however many there are."""
    ids = sorted(levels.transactional, key=lambda pk: (-levels.transactional[pk], pk))[:limit]
    names = person_names(person_ids=ids)
    return [Participant(pk, names.get(pk, ""), levels.transactional[pk]) for pk in ids]


@dataclass(frozen=True)
class CoreDifferences:
    declared_only: list[Participant]  # named core but not computed so
    computed_only: list[Participant]  # computed core but not named

    def __bool__(self) -> bool:
        return bool(self.declared_only or self.computed_only)


def core_differences(levels: CommunityLevels) -> CoreDifferences:
    """Both sides where the declared core group and the computed one disagree, named."""
    declared_only, computed_only = levels.core_differences()
    names = person_names(person_ids=declared_only | computed_only)

    def side(ids: set[int]) -> list[Participant]:
        people = [Participant(pk, names.get(pk, ""), levels.members[pk].score) for pk in ids]
        return sorted(people, key=lambda p: (p.name, p.person_id))

    return CoreDifferences(declared_only=side(declared_only), computed_only=side(computed_only))
