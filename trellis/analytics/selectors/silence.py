"""Members who were active and fell silent: a list for community keepers to reach out to."""

from dataclasses import dataclass, replace
from datetime import date

from trellis.accounts.selectors import person_names
from trellis.analytics.levels import Level
from trellis.analytics.selectors.levels import levels_for_communities, months_before, window
from trellis.core.network_time import network_today
from trellis.participation.selectors import contribution_scores

SILENT_MONTHS = 3
SILENT_FROM_LEVELS = frozenset({Level.ACTIVE, Level.CORE})


@dataclass(frozen=True)
class SilentMember:
    person_id: int
    name: str
    level: Level  # their level when the silence began
    score: int
    since: date  # the day the three silent months are counted from


def fallen_silent(*, community_id: int, on: date | None = None) -> list[SilentMember]:
    """Who fell silent, as of the day `on` (today in the network's calendar by default).

    A person has fallen silent on day D when all three hold:

    1. they are an active member of the community;
    2. their computed level for the window ending on S = `months_before(D, SILENT_MONTHS)` (the
       same day three months earlier, or that month's last day when it is shorter) was active
       or core group (`SILENT_FROM_LEVELS`), under the community's rules;
    3. they have no standing act that weighs in the community's rules (weight above 0: joining,
       holding a role or asking to join is belonging, not taking part) from the first moment of
       the day after S to the end of D, days counted in the network's calendar.

    So a member whose last act was on 15 March has fallen silent on 15 June (three months to
    the day), not on 14 June; whatever hour it is and whatever zone the network runs in.
    Names are for detail viewers; the caller checks that right.
    """
    on = on or network_today()
    began = months_before(on, SILENT_MONTHS)
    levels = levels_for_communities(community_ids=[community_id], on=began)[community_id]
    was_active = {
        person_id: member
        for person_id, member in levels.members.items()
        if member.level in SILENT_FROM_LEVELS
    }
    if not was_active:
        return []
    rules = levels.rules
    since, until = window(replace(rules, window_months=SILENT_MONTHS), on)
    took_part = {
        person_id
        for _community, person_id, _score in contribution_scores(
            weights=rules.weights, since=since, until=until, community_ids=[community_id]
        )
    }
    silent = [member for person_id, member in was_active.items() if person_id not in took_part]
    names = person_names(person_ids=[member.person_id for member in silent]) if silent else {}
    result = [
        SilentMember(
            person_id=member.person_id,
            name=names.get(member.person_id, ""),
            level=member.level,
            score=member.score,
            since=began,
        )
        for member in silent
    ]
    return sorted(result, key=lambda m: (m.name, m.person_id))
