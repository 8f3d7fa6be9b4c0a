"""A person's own participation over time: in each community they belong to or took part in,
their computed level now and their score and level month by month, and their roles.

The person's acts are read in one grouped query (per community, day and kind) over the whole
range the twelve months and their windows need; each community's rules weigh them here, so
months and communities add no queries.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from trellis.accounts.selectors import person_communities
from trellis.analytics.levels import Level, Rules
from trellis.analytics.selectors.levels import months_before, rules_for, window
from trellis.communities.selectors import community_visible_list
from trellis.communities.selectors.roles import person_role_assignment_list
from trellis.core.network_time import network_today
from trellis.participation.selectors import contribution_daily_counts

MONTHS = 12


@dataclass(frozen=True)
class Month:
    first_day: date
    score: int  # the points of the acts of that month
    level: Level | None  # the level computed at the month's end (today for this month)


@dataclass
class CommunityParticipation:
    community: Any
    is_member: bool
    rules: Rules
    score_now: int = 0
    level_now: Level | None = None
    months: list[Month] = field(default_factory=list)


@dataclass
class PersonParticipation:
    person: Any
    on: date
    month_starts: list[date]
    communities: list[CommunityParticipation]
    roles_now: list[Any]
    roles_before: list[Any]


def month_starts(on: date, months: int = MONTHS) -> list[date]:
    """The first days of the last `months` months, the month of `on` last."""
    first = on.replace(day=1)
    return [months_before(first, n) for n in range(months - 1, -1, -1)]


def _month_end(first_day: date, on: date) -> date:
    following = months_before(first_day, -1)
    return min(following - timedelta(days=1), on)


def level_of(score: int, rules: Rules, *, is_member: bool) -> Level | None:
    """A member's computed level; for someone not a member, transactional if they took part."""
    if is_member:
        return rules.level_for(score)
    return Level.TRANSACTIONAL if score > 0 else None


def person_participation(
    *, viewer: Any, person: Any, on: date | None = None
) -> PersonParticipation:
    """The person's participation as `viewer` may see it (their own, or a network admin's view:
    the caller checks `can_view_person_participation`); communities the viewer may not see are
    left out."""
    on = on or network_today()
    starts = month_starts(on)
    members_of = {c.pk: c for c in person_communities(viewer=viewer, person=person)}
    # The widest window any rules may have reaches back from the first month's end.
    since, _ = window(Rules(window_months=36), _month_end(starts[0], on))
    _, until = window(Rules(), on)
    points: dict[int, dict[date, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for community_id, day, kind, n in contribution_daily_counts(
        person_id=person.pk, since=since, until=until
    ):
        points[community_id][day][kind] = n
    others = set(points) - set(members_of)
    took_part = (
        {
            c.pk: c
            for c in community_visible_list(viewer=viewer).filter(pk__in=others).order_by("code")
        }
        if others
        else {}
    )
    rules = rules_for([*members_of, *took_part])
    communities = [
        _community(community, community.pk in members_of, rules[community.pk], points, starts, on)
        for community in [*members_of.values(), *took_part.values()]
    ]
    roles: list[Any] = list(person_role_assignment_list(person=person))
    visible = {c.community.pk for c in communities} | set(
        community_visible_list(viewer=viewer)
        .filter(pk__in={r.community_id for r in roles if r.community_id} - set(rules))
        .values_list("pk", flat=True)
    )
    roles = [r for r in roles if r.community_id is None or r.community_id in visible]
    return PersonParticipation(
        person=person,
        on=on,
        month_starts=starts,
        communities=communities,
        roles_now=[r for r in roles if r.in_force],
        roles_before=[r for r in roles if not r.in_force],
    )


def _community(
    community: Any,
    is_member: bool,
    rules: Rules,
    points: dict[int, dict[date, dict[str, int]]],
    starts: list[date],
    on: date,
) -> CommunityParticipation:
    daily = {
        day: sum(rules.weights.get(kind, 0) * n for kind, n in kinds.items())
        for day, kinds in points.get(community.pk, {}).items()
    }

    def between(first: date, last: date) -> int:
        return sum(score for day, score in daily.items() if first <= day <= last)

    def window_score(end: date) -> int:
        return between(months_before(end, rules.window_months) + timedelta(days=1), end)

    result = CommunityParticipation(community=community, is_member=is_member, rules=rules)
    result.score_now = window_score(on)
    result.level_now = level_of(result.score_now, rules, is_member=is_member)
    for first in starts:
        end = _month_end(first, on)
        result.months.append(
            Month(
                first_day=first,
                score=between(first, end),
                level=level_of(window_score(end), rules, is_member=is_member),
            )
        )
    return result
