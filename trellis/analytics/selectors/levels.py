"""Computed levels of participation, set beside the declared ones.

Everything is read in a few grouped queries whatever the size of the community: one score
query per distinct set of rules, one for members, one for role holders, one for guests.
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from trellis.analytics.levels import LEVEL_ORDER, Level, Rules
from trellis.analytics.models import ParticipationRules
from trellis.communities.selectors.membership import (
    core_role_holder_rows,
    member_level_rows,
    transactional_guest_count,
)
from trellis.core.network_time import network_day_start, network_today
from trellis.participation.selectors import contribution_scores

if TYPE_CHECKING:
    from trellis.communities.models import Community

DECLARED_CORE = "core"


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def window(rules: Rules, on: date) -> tuple[datetime, datetime]:
    """The moments a window ending with the day `on` spans, in the network's calendar: from
    the start of the day `window_months` earlier (after it) up to the end of `on`."""
    first_day = months_before(on, rules.window_months) + timedelta(days=1)
    return network_day_start(first_day), network_day_start(on + timedelta(days=1))


@dataclass(frozen=True)
class MemberLevel:
    person_id: int
    score: int
    level: Level
    declared_level: str
    declared_core: bool  # named to the core group, or convening or holding a leadership role


@dataclass
class CommunityLevels:
    community_id: int
    rules: Rules
    on: date
    members: dict[int, MemberLevel] = field(default_factory=dict)
    # Non-members who took part in the window, with their score; and guests without an account.
    transactional: dict[int, int] = field(default_factory=dict)
    guests: int = 0

    def counts(self) -> dict[Level, int]:
        counts = dict.fromkeys(LEVEL_ORDER, 0)
        for member in self.members.values():
            counts[member.level] += 1
        counts[Level.TRANSACTIONAL] = len(self.transactional) + self.guests
        return counts

    def total(self) -> int:
        return sum(self.counts().values())

    def shares(self) -> dict[Level, float]:
        """Each level's share of everyone who belongs or took part (0 when nobody did)."""
        counts = self.counts()
        total = sum(counts.values())
        return {level: (n / total if total else 0.0) for level, n in counts.items()}

    def declared_core_ids(self) -> set[int]:
        return {m.person_id for m in self.members.values() if m.declared_core}

    def computed_core_ids(self) -> set[int]:
        return {m.person_id for m in self.members.values() if m.level == Level.CORE}

    def core_differences(self) -> tuple[set[int], set[int]]:
        """Who is declared core but not computed so, and who is computed core but not declared:
        what conveners see when the named core group and the activity data disagree."""
        declared, computed = self.declared_core_ids(), self.computed_core_ids()
        return declared - computed, computed - declared


def rules_for(community_ids: Iterable[int]) -> dict[int, Rules]:
    """The rules in force for each community: its own when a network admin adjusted them."""
    ids = list(community_ids)
    own = {
        r.community_id: r.as_rules()
        for r in ParticipationRules.objects.filter(community_id__in=ids)
    }
    return {pk: own.get(pk, Rules()) for pk in ids}


def rules_groups(rules: dict[int, Rules]) -> list[list[int]]:
    """The communities in groups with equal rules: each group's scores are one query."""
    groups: dict[tuple, list[int]] = {}
    for pk, r in rules.items():
        groups.setdefault(r.key(), []).append(pk)
    return list(groups.values())


def levels_assemble(
    *,
    levels: dict[int, CommunityLevels],
    scores: dict[tuple[int, int], int],
    member_rows: Iterable[tuple[int, int, str]],
    role_holders: set[tuple[int, int]],
) -> None:
    """Fill each community's members and transactional participants from the scores in the
    window, keyed by (community, person); `scores` is consumed."""
    for community_id, person_id, declared in member_rows:
        community = levels[community_id]
        score = scores.pop((community_id, person_id), 0)
        community.members[person_id] = MemberLevel(
            person_id=person_id,
            score=score,
            level=community.rules.level_for(score),
            declared_level=declared,
            declared_core=declared == DECLARED_CORE or (community_id, person_id) in role_holders,
        )
    # What is left was done by people who are not members (any more, or never were).
    for (community_id, person_id), score in scores.items():
        if score > 0:
            levels[community_id].transactional[person_id] = score


def levels_for_communities(
    *, community_ids: Iterable[int], on: date | None = None
) -> dict[int, CommunityLevels]:
    """Computed and declared levels in each community for the window ending on `on` (today
    in the network's calendar by default)."""
    on = on or network_today()
    rules = rules_for(community_ids)
    result = {pk: CommunityLevels(community_id=pk, rules=r, on=on) for pk, r in rules.items()}
    if not result:
        return result
    scores: dict[tuple[int, int], int] = {}
    groups = rules_groups(rules)
    for ids in groups:
        r = rules[ids[0]]
        since, until = window(r, on)
        for community_id, person_id, score in contribution_scores(
            weights=r.weights, since=since, until=until, community_ids=ids
        ):
            scores[community_id, person_id] = int(score or 0)
    levels_assemble(
        levels=result,
        scores=scores,
        member_rows=member_level_rows(community_ids=list(result)),
        role_holders=set(core_role_holder_rows(community_ids=list(result), on=on)),
    )
    for ids in groups:
        since, until = window(rules[ids[0]], on)
        for community_id, n in transactional_guest_count(
            community_ids=ids, since=since, until=until
        ).items():
            result[community_id].guests = n
    return result


def community_levels(*, community: "Community", on: date | None = None) -> CommunityLevels:
    return levels_for_communities(community_ids=[community.pk], on=on)[community.pk]
