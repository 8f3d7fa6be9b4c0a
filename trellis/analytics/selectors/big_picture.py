"""A community's big picture of participation: how many are at each level, the same by
country, working language and organisation, and the imbalances that follow those lines.

Aggregates only: no name is read. The number of queries does not grow with the community: the
levels' few grouped queries, one for the participants' countries, languages and organisations,
one for the countries people in the network come from, one for the network's languages.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.utils.translation import gettext as _
from django_countries import countries

from trellis.accounts.selectors import PersonGroups, directory_country_list, person_group_map
from trellis.analytics.imbalance import (
    Flag,
    active_or_core_share,
    imbalance_flags,
    working_language,
)
from trellis.analytics.levels import LEVEL_ORDER, Level, Rules
from trellis.analytics.selectors.levels import CommunityLevels, community_levels, months_before
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


def _language_label(code: str) -> str:
    return str(dict(settings.LANGUAGES).get(code, code)) if code else _("Not stated")


def _country_label(code: str) -> str:
    return str(countries.name(code)) or code if code else _("Not stated")


def _organisation_label(name: str) -> str:
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
    # The largest groups first; those who did not say last.
    return sorted(rows, key=lambda row: (row.group == "", -row.total, row.label))


def big_picture(*, community: "Community", on: date | None = None) -> BigPicture:
    """The community's levels in counts and shares, by group, with the imbalance flags. The
    caller has checked `can_view_participation`."""
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
            COUNTRY: _rows(by_country, _country_label),
            LANGUAGE: _rows(by_language, _language_label),
            ORGANISATION: _rows(by_organisation, _organisation_label),
        },
        flags=flags,
    )
