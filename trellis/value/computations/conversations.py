"""Indicators read from conversations (answers and who answered whom) and from the surveys
that are still to come."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from trellis.communities.selectors.community import community_ids_by_slug
from trellis.conversations.selectors.answer_delays import questions_answered_within
from trellis.conversations.selectors.interactions import answer_pair_list, coauthor_pair_list
from trellis.value.computations.registry import (
    Computation,
    Period,
    computation_register,
    share,
)
from trellis.value.models import ScopeKind
from trellis.value.scopes import Scope

ANSWER_WITHIN = timedelta(hours=72)
# Before anything the platform could have recorded.
BEGINNING = datetime(2000, 1, 1, tzinfo=UTC)
NOT_ACTIVITY = frozenset(ScopeKind.values) - {ScopeKind.ACTIVITY}


def questions_answered_72h(period: Period, scope: Scope) -> Decimal | None:
    asked, answered = questions_answered_within(
        since=period.since,
        until=period.until,
        within=ANSWER_WITHIN,
        community_id=scope.community_id if scope.kind == ScopeKind.COMMUNITY else None,
        country=scope.country if scope.kind == ScopeKind.COUNTRY else "",
    )
    return share(answered, asked)


def _pairs(community_ids: list[int], until: datetime) -> list[tuple[frozenset[int], datetime]]:
    """Every (pair of people, when) who answered one another or wrote an answer together
    before `until`: two queries per community, whatever the number of answers."""
    pairs = []
    for community_id in community_ids:
        for lister in (answer_pair_list, coauthor_pair_list):
            for pair in lister(community_id=community_id, since=BEGINNING, until=until):
                pairs.append((frozenset((pair.first, pair.second)), pair.at))
    return pairs


def new_ties_across_countries(period: Period, scope: Scope) -> Decimal | None:
    """Pairs of people of two different countries whose first interaction (an answer to the
    other's question, or an answer written together) falls in the period."""
    if scope.kind == ScopeKind.COMMUNITY:
        community_ids = [scope.community_id] if scope.community_id else []
    else:
        community_ids = sorted(community_ids_by_slug().values())
    first_at: dict[frozenset[int], datetime] = {}
    for pair, at in _pairs(community_ids, period.until):
        if pair not in first_at or at < first_at[pair]:
            first_at[pair] = at
    new = [pair for pair, at in first_at.items() if at >= period.since and len(pair) == 2]
    people = {person for pair in new for person in pair}
    countries = dict(
        get_user_model()
        .objects.filter(pk__in=people)
        .exclude(country="")
        .values_list("pk", "country")
    )
    count = 0
    for pair in new:
        first, second = sorted(pair)
        a, b = countries.get(first), countries.get(second)
        if not a or not b or a == b:
            continue
        if scope.kind == ScopeKind.COUNTRY and scope.country not in (a, b):
            continue
        count += 1
    return Decimal(count)


def followup_application_share(period: Period, scope: Scope) -> Decimal | None:
    """Undefined until evaluation surveys exist (issue 13, point 3)."""
    return None


for _code, _compute, _scopes, _definition in (
    (
        "questions-answered-72h",
        questions_answered_72h,
        NOT_ACTIVITY,
        _(
            "The share (in %) of the visible questions asked in the period whose first visible "
            "answer by someone other than the asker came within 72 hours of the question; "
            "undefined when no question was asked."
        ),
    ),
    (
        "new-ties-across-countries",
        new_ties_across_countries,
        frozenset({ScopeKind.NETWORK, ScopeKind.COMMUNITY, ScopeKind.COUNTRY}),
        _(
            "The number of pairs of people from two different countries whose first interaction "
            "ever (one answering the other's question, or both writing one answer) falls in the "
            "period. People who gave no country are left out; for a country, pairs with one "
            "person from it."
        ),
    ),
    (
        "followup-application-share",
        followup_application_share,
        NOT_ACTIVITY,
        _(
            "The share (in %) of activities held in the period for which at least one follow-up "
            "survey answer says what was applied in practice. Undefined until evaluation surveys "
            "are in use: no value is recorded before then."
        ),
    ),
):
    computation_register(Computation(_code, _definition, _compute, frozenset(_scopes)))
