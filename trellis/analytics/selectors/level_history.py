"""Levels at the end of many months at once: what rebuilding the snapshots of the past reads.

Asking `levels_for_communities` month after month reads each act once for every window it
falls in (twelve times, with the default rules). Here the acts are read once: one grouped
query per set of rules gives each person's score in each community for every stretch of time
between two window edges, and a month's window is the sum of the stretches it spans (running
totals, one subtraction per person). Windows do not always start on a month's first day
(a 12-month window ending on 28 February 2025 starts on 29 February 2024), so the stretches
are cut at every window's own edges, not at month starts. The levels are those
`levels_for_communities` gives for the same day, to the point.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import accumulate

from trellis.analytics.levels import Rules
from trellis.analytics.periods import month_end
from trellis.analytics.selectors.levels import (
    CommunityLevels,
    levels_assemble,
    rules_for,
    rules_groups,
    window,
)
from trellis.communities.selectors.membership import (
    core_role_holder_rows,
    member_level_rows,
    transactional_guest_count,
)
from trellis.participation.selectors import contribution_scores_by_period


@dataclass(frozen=True)
class _GroupScores:
    community_ids: list[int]
    windows: list[tuple[datetime, datetime]]  # one per month
    spans: list[tuple[int, int]]  # each window as (first stretch, stretch after the last)
    running: dict[tuple[int, int], list[int]]  # (community, person): running totals

    def scores(self, month_number: int) -> dict[tuple[int, int], int]:
        start, end = self.spans[month_number]
        scores = {}
        for pair, totals in self.running.items():
            score = totals[end] - totals[start]
            if score:
                scores[pair] = score
        return scores


def _group_scores(*, community_ids: list[int], rules: Rules, days: list[date]) -> _GroupScores:
    windows = [window(rules, day) for day in days]
    edges = sorted({moment for span in windows for moment in span})
    position = {moment: index for index, moment in enumerate(edges)}
    stretches = len(edges) - 1
    by_stretch: dict[tuple[int, int], list[int]] = {}
    for community_id, person_id, stretch, score in contribution_scores_by_period(
        weights=rules.weights, boundaries=edges, community_ids=community_ids
    ):
        pair = (community_id, person_id)
        if pair not in by_stretch:
            by_stretch[pair] = [0] * stretches
        by_stretch[pair][stretch] = int(score or 0)
    return _GroupScores(
        community_ids=community_ids,
        windows=windows,
        spans=[(position[since], position[until]) for since, until in windows],
        running={pair: list(accumulate(values, initial=0)) for pair, values in by_stretch.items()},
    )


def levels_by_month(
    *, community_ids: Sequence[int], months: Sequence[date]
) -> Iterator[tuple[date, dict[int, CommunityLevels]]]:
    """For each month (its first day), in order, the levels in each community for the window
    ending on the month's last day: what `levels_for_communities(on=month_end(month))` gives,
    read in one grouped query per set of rules plus two small queries per month."""
    rules = rules_for(community_ids)
    if not rules or not months:
        return
    days = [month_end(month) for month in months]
    groups = [
        _group_scores(community_ids=ids, rules=rules[ids[0]], days=days)
        for ids in rules_groups(rules)
    ]
    member_rows = list(member_level_rows(community_ids=list(rules)))
    for number, (month, day) in enumerate(zip(months, days, strict=True)):
        levels = {pk: CommunityLevels(community_id=pk, rules=r, on=day) for pk, r in rules.items()}
        scores: dict[tuple[int, int], int] = {}
        for group in groups:
            scores.update(group.scores(number))
        levels_assemble(
            levels=levels,
            scores=scores,
            member_rows=member_rows,
            role_holders=set(core_role_holder_rows(community_ids=list(rules), on=day)),
        )
        for group in groups:
            since, until = group.windows[number]
            for community_id, n in transactional_guest_count(
                community_ids=group.community_ids, since=since, until=until
            ).items():
                levels[community_id].guests = n
        yield month, levels
