"""A community's big picture of participation: how many are at each level, the same by
country, working language and organisation, and the imbalances that follow those lines.

Aggregates only: no name is read. Viewers without detail rights see groups of fewer than
`SMALL_GROUP_MIN` people merged into "Other" (`trellis.analytics.small_groups`), and only the
flags about groups shown on their own. The number of queries does not grow with the community: the
levels' few grouped queries, one for the participants' countries, languages and organisations,
one for the countries people in the network come from, one for the network's languages.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.utils.translation import gettext as _
from django_countries import countries

from trellis.accounts.selectors import PersonGroups, directory_country_list, person_group_map
from trellis.analytics.imbalance import (
    COUNTRY_ABSENT,
    LANGUAGE_GAP,
    Flag,
    active_or_core_share,
    imbalance_flags,
    working_language,
)
from trellis.analytics.levels import LEVEL_ORDER, Level, Rules
from trellis.analytics.permissions import can_view_participation_detail
from trellis.analytics.selectors.levels import CommunityLevels, community_levels, months_before
from trellis.analytics.small_groups import OTHER_GROUP, SMALL_GROUP_MIN, small_groups_merge
from trellis.communities.selectors import network_usual_languages

if TYPE_CHECKING:
    from trellis.communities.models import Community

# The framework's typical shares of a healthy community (Wenger, McDermott and Snyder): a core
# of 10-15%, an active group of 15-20%, and the rest occasional and peripheral.
TYPICAL_SHARES: dict[Level, tuple[int, int] | None] = {
    Level.CORE: (10, 15),
    Level.ACTIVE: (15, 20),
    Level.OCCASIONAL: None,
    Level.PERIPHERAL: None,
    Level.TRANSACTIONAL: None,
}
COUNTRY, LANGUAGE, ORGANISATION = "country", "language", "organisation"
GROUPINGS = (COUNTRY, LANGUAGE, ORGANISATION)


@dataclass(frozen=True)
class LevelRow:
    level: Level
    count: int
    share: float
    typical: tuple[int, int] | None


@dataclass(frozen=True)
class GroupRow:
    """One country, language or organisation: how many of its people are at each level."""

    group: str  # the code ("" for those who did not say)
    label: str
    counts: dict[Level, int]
    total: int
    share: float  # of everyone counted in the tables
    active_or_core_share: float  # of the group's members


@dataclass
class BigPicture:
    community_id: int
    rules: Rules
    on: date
    window_first_day: date
    levels: list[LevelRow]
    total: int
    guests: int
    groups: dict[str, list[GroupRow]] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    # Whether some table by group merged small groups into "Other" for this viewer.
    small_groups_merged: bool = False
    small_group_min: int = SMALL_GROUP_MIN


def _other_label() -> str:
    return _("Other (small groups merged)")


def _language_label(code: str) -> str:
    if code == OTHER_GROUP:
        return _other_label()
    return str(dict(settings.LANGUAGES).get(code, code)) if code else _("Not stated")


def _country_label(code: str) -> str:
    if code == OTHER_GROUP:
        return _other_label()
    return str(countries.name(code)) or code if code else _("Not stated")


def _organisation_label(name: str) -> str:
    if name == OTHER_GROUP:
        return _other_label()
    return name or _("Not stated")


def _group_counts(
    levels: CommunityLevels, people: dict[int, PersonGroups], key: Callable[[PersonGroups], str]
) -> dict[str, dict[Level, int]]:
    """Members by their level and transactional participants with an account, by group."""
    by_group: dict[str, dict[Level, int]] = {}
    blank = PersonGroups(country="", preferred_language="", organisation="")

    def add(person_id: int, level: Level) -> None:
        group = key(people.get(person_id, blank))
        counts = by_group.setdefault(group, dict.fromkeys(LEVEL_ORDER, 0))
        counts[level] += 1

    for member in levels.members.values():
        add(member.person_id, member.level)
    for person_id in levels.transactional:
        add(person_id, Level.TRANSACTIONAL)
    return by_group


def _rows(by_group: dict[str, dict[Level, int]], label: Callable[[str], str]) -> list[GroupRow]:
    everyone = sum(sum(counts.values()) for counts in by_group.values())
    rows = [
        GroupRow(
            group=group,
            label=label(group),
            counts=counts,
            total=sum(counts.values()),
            share=sum(counts.values()) / everyone if everyone else 0.0,
            active_or_core_share=active_or_core_share(counts),
        )
        for group, counts in by_group.items()
    ]
    # The largest groups first; those who did not say, then the merged small groups, last.
    return sorted(
        rows, key=lambda row: (row.group == OTHER_GROUP, row.group == "", -row.total, row.label)
    )


def _shown_on_their_own(flag: Flag, shown: dict[str, set[str]]) -> bool:
    """A flag about a country or language merged into "Other" would tell what the table hides;
    a country with nobody (`country_absent`) describes no one."""
    grouping = LANGUAGE if flag.rule == LANGUAGE_GAP else COUNTRY
    return flag.rule == COUNTRY_ABSENT or all(g in shown[grouping] for g in flag.groups)


def big_picture(*, viewer: Any, community: "Community", on: date | None = None) -> BigPicture:
    """The community's levels in counts and shares, by group, with the imbalance flags, as
    `viewer` may see them: small groups merged unless they may see detail. The caller has
    checked `can_view_participation`."""
    levels = community_levels(community=community, on=on)
    counts, shares = levels.counts(), levels.shares()
    people = person_group_map(person_ids=[*levels.members, *levels.transactional])
    by_country = _group_counts(levels, people, lambda p: p.country)
    network_languages = network_usual_languages()
    by_language = _group_counts(
        levels,
        people,
        lambda p: working_language(
            preferred=p.preferred_language, spoken=p.languages, network_languages=network_languages
        ),
    )
    by_organisation = _group_counts(levels, people, lambda p: p.organisation)
    network_countries = [code for code, _name in directory_country_list()]
    flags = imbalance_flags(
        by_language=by_language,
        by_country=by_country,
        network_countries=network_countries,
        language_label={code: _language_label(code) for code in by_language},
        country_label={code: _country_label(code) for code in {*by_country, *network_countries}},
    )
    grouped = {COUNTRY: by_country, LANGUAGE: by_language, ORGANISATION: by_organisation}
    merged = False
    if not can_view_participation_detail(viewer, community):
        shown = {name: small_groups_merge(by_group) for name, by_group in grouped.items()}
        merged = any(OTHER_GROUP in by_group for by_group in shown.values())
        grouped = shown
        on_their_own = {name: set(by_group) - {OTHER_GROUP} for name, by_group in shown.items()}
        flags = [flag for flag in flags if _shown_on_their_own(flag, on_their_own)]
    return BigPicture(
        community_id=community.pk,
        rules=levels.rules,
        on=levels.on,
        window_first_day=months_before(levels.on, levels.rules.window_months) + timedelta(days=1),
        levels=[
            LevelRow(level, counts[level], shares[level], TYPICAL_SHARES[level])
            for level in LEVEL_ORDER
        ],
        total=sum(counts.values()),
        guests=levels.guests,
        groups={
            COUNTRY: _rows(grouped[COUNTRY], _country_label),
            LANGUAGE: _rows(grouped[LANGUAGE], _language_label),
            ORGANISATION: _rows(grouped[ORGANISATION], _organisation_label),
        },
        flags=flags,
        small_groups_merged=merged,
    )
