"""Unequal participation that follows a line other than interest: a language group much less
active than another, a country whose members all stay at the periphery, a country of the
network absent from a community.

A flag is not a verdict: peripheral participation is legitimate, and a group can be quieter for
good reasons. It is a question for the community's leaders, with the figures that raised it.
Each rule is a named constant; the functions take plain counts, so the rules can be tested on
small hand-made data.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from trellis.analytics.levels import MEMBER_LEVELS, Level

GroupCounts = Mapping[str, Mapping[Level, int]]

RUSSIAN, ENGLISH = "ru", "en"

LANGUAGE_GAP_MIN_MEMBERS = 5
"""Language groups are compared only when each has at least this many members: below it a
share is one or two people's choice, not a line through the community."""

LANGUAGE_GAP_RATIO = 0.5
"""A language group is flagged when its share of members at the active or core level is less
than this fraction of the share of the most active language group."""

COUNTRY_PERIPHERAL_MIN_MEMBERS = 3
"""A country is flagged when it has at least this many members and none of them is above the
peripheral level. With fewer, the flag would describe one or two people, not a country (and
would tell everyone who sees aggregates what those people do)."""

COUNTRY_ABSENT_MIN_PARTICIPANTS = 1
"""A country that people in the network come from is flagged when fewer than this many of the
community's members and participants come from it, that is when none does."""

LANGUAGE_GAP = "language_gap"
COUNTRY_PERIPHERAL_ONLY = "country_peripheral_only"
COUNTRY_ABSENT = "country_absent"


@dataclass(frozen=True)
class Flag:
    """One rule that fired: which rule, the groups it is about, the figures behind it, and
    the same in words (in the language active when the flag was made)."""

    rule: str
    groups: tuple[str, ...]
    message: str
    figures: dict[str, float] = field(default_factory=dict)


def members_in(counts: Mapping[Level, int]) -> int:
    return sum(counts.get(level, 0) for level in MEMBER_LEVELS)


def active_or_core(counts: Mapping[Level, int]) -> int:
    return counts.get(Level.CORE, 0) + counts.get(Level.ACTIVE, 0)


def active_or_core_share(counts: Mapping[Level, int]) -> float:
    members = members_in(counts)
    return active_or_core(counts) / members if members else 0.0


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def working_language(
    *, preferred: str, spoken: Iterable[str], network_languages: Iterable[str]
) -> str:
    """The language a person works in, by which language groups are compared: their interface
    language when the network works in it; otherwise Russian for those who speak Russian and
    not English, English for everyone else (the network's lingua franca)."""
    if preferred and preferred in network_languages:
        return preferred
    spoken = list(spoken)
    if RUSSIAN in spoken and ENGLISH not in spoken:
        return RUSSIAN
    return ENGLISH


def language_gap_flags(
    by_language: GroupCounts, *, label: Mapping[str, str] | None = None
) -> list[Flag]:
    """Each language group (of enough members) whose active-or-core share is below
    `LANGUAGE_GAP_RATIO` of the most active group's. Groups are by `working_language`; an
    empty code is not a group."""
    label = label or {}
    groups = {
        code: counts
        for code, counts in by_language.items()
        if code and members_in(counts) >= LANGUAGE_GAP_MIN_MEMBERS
    }
    if len(groups) < 2:
        return []
    high = max(sorted(groups), key=lambda code: active_or_core_share(groups[code]))
    high_share = active_or_core_share(groups[high])
    flags = []
    for low in sorted(groups):
        low_share = active_or_core_share(groups[low])
        if low == high or not low_share < LANGUAGE_GAP_RATIO * high_share:
            continue
        figures: dict[str, float] = {
            "members": members_in(groups[low]),
            "active_or_core": active_or_core(groups[low]),
            "share": low_share,
            "compared_members": members_in(groups[high]),
            "compared_active_or_core": active_or_core(groups[high]),
            "compared_share": high_share,
            "ratio": LANGUAGE_GAP_RATIO,
            "min_members": LANGUAGE_GAP_MIN_MEMBERS,
        }
        message = _(
            "Members working in %(low)s: %(low_share)s are active or in the core group "
            "(%(low_n)s of %(low_total)s), less than half the share of members working in "
            "%(high)s: %(high_share)s (%(high_n)s of %(high_total)s). The rule: language "
            "groups of at least %(min)s members each, a share below half of the most active "
            "group's."
        ) % {
            "low": label.get(low, low),
            "low_share": percent(low_share),
            "low_n": figures["active_or_core"],
            "low_total": figures["members"],
            "high": label.get(high, high),
            "high_share": percent(high_share),
            "high_n": figures["compared_active_or_core"],
            "high_total": figures["compared_members"],
            "min": LANGUAGE_GAP_MIN_MEMBERS,
        }
        flags.append(Flag(LANGUAGE_GAP, (low, high), message, figures))
    return flags


def country_peripheral_flags(
    by_country: GroupCounts, *, label: Mapping[str, str] | None = None
) -> list[Flag]:
    """Each country with at least `COUNTRY_PERIPHERAL_MIN_MEMBERS` members, all peripheral."""
    label = label or {}
    flags = []
    for code in sorted(by_country):
        counts = by_country[code]
        members = members_in(counts)
        if not code or members < COUNTRY_PERIPHERAL_MIN_MEMBERS:
            continue
        if counts.get(Level.PERIPHERAL, 0) != members:
            continue
        message = _(
            "All %(n)s members from %(country)s are peripheral: none is occasional, active or "
            "in the core group. The rule: a country with at least %(min)s members, none of "
            "them above the peripheral level."
        ) % {"n": members, "country": label.get(code, code), "min": COUNTRY_PERIPHERAL_MIN_MEMBERS}
        figures: dict[str, float] = {
            "members": members,
            "min_members": COUNTRY_PERIPHERAL_MIN_MEMBERS,
        }
        flags.append(Flag(COUNTRY_PERIPHERAL_ONLY, (code,), message, figures))
    return flags


def country_absent_flags(
    by_country: GroupCounts,
    *,
    network_countries: Iterable[str],
    label: Mapping[str, str] | None = None,
) -> list[Flag]:
    """Each country people in the network come from with no member or participant here."""
    label = label or {}
    flags = []
    for code in sorted(set(network_countries)):
        counts = by_country.get(code, {})
        participants = sum(counts.values())
        if not code or participants >= COUNTRY_ABSENT_MIN_PARTICIPANTS:
            continue
        message = _(
            "People in the network come from %(country)s, but none of this community's members "
            "or participants do. The rule: a country of the network's people with no member "
            "or participant here."
        ) % {"country": label.get(code, code)}
        figures: dict[str, float] = {"participants": participants}
        flags.append(Flag(COUNTRY_ABSENT, (code,), message, figures))
    return flags


def imbalance_flags(
    *,
    by_language: GroupCounts,
    by_country: GroupCounts,
    network_countries: Iterable[str],
    language_label: Mapping[str, str] | None = None,
    country_label: Mapping[str, str] | None = None,
) -> list[Flag]:
    """Every rule's flags, language first."""
    return [
        *language_gap_flags(by_language, label=language_label),
        *country_peripheral_flags(by_country, label=country_label),
        *country_absent_flags(by_country, network_countries=network_countries, label=country_label),
    ]
