"""The contribution log of the participation benchmark: 1,000,000 acts over three years.

`python -m benchmarks.participation_world` (inside Trellis's settings, on the bench database)
tops the generated network's log up until the three years ending today hold `TOTAL_EVENTS`
acts, and prints one JSON object with what it found and added. The acts it adds fall on the
network's members and their communities with the skew a real network has: a few people do a
great deal, most do a little (a Zipf law over people ranked in an order drawn from the seed),
and one act in twenty is by someone in a community they do not belong to (a transactional
participant). The same seed over the same database adds the same acts; run again once the
log is full, it adds nothing.

Rows go in with `bulk_create` in batches, each batch its own transaction, so a million acts
take a minute or two, not the hours of one `save()` each.
"""

import json
import random
import sys
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Any

import django

TOTAL_EVENTS = 1_000_000
YEARS = 3
SEED = 11
BATCH = 10_000
# The exponent of the Zipf law over people: 1.0 gives the top 1% about a third of the acts.
SKEW = 1.0
OUTSIDE_MEMBERSHIP = 0.05

# What people do, roughly as often as a knowledge network sees it: many attend and read,
# fewer answer, few host or facilitate.
KIND_FREQUENCIES = {
    "activity.registered": 20,
    "activity.attended": 22,
    "answer.helpful": 14,
    "answer.posted": 7,
    "reply.posted": 8,
    "question.asked": 5,
    "comment.posted": 5,
    "discussion.started": 3,
    "agenda.voted": 5,
    "agenda.proposed": 1,
    "activity.hosted": 2,
    "activity.spoke": 1,
    "activity.facilitated": 1,
    "activity.reported": 1,
    "answer.accepted": 2,
    "peer_assist.requested": 1,
    "peer_assist.offered": 1,
    "post.translated": 1,
}


def three_years(today: date) -> tuple[datetime, datetime]:
    """The moments the three years ending with the day `today` span, as a levels window."""
    from trellis.analytics.selectors.levels import months_before
    from trellis.core.network_time import network_day_start

    first = months_before(today, 12 * YEARS) + timedelta(days=1)
    return network_day_start(first), network_day_start(today + timedelta(days=1))


def events_in(since: datetime, until: datetime) -> int:
    from trellis.participation.models import Contribution

    return Contribution.objects.filter(occurred_at__gte=since, occurred_at__lt=until).count()


def contributions_top_up(
    *, total: int = TOTAL_EVENTS, seed: int = SEED, today: date | None = None
) -> dict[str, Any]:
    """Add acts until the three years ending `today` (network calendar) hold `total`; what was
    there, what was added, and the span."""
    from django.db import transaction

    from trellis.communities.models import Community, Membership, MembershipState
    from trellis.core.network_time import network_today
    from trellis.participation.kinds import ContributionKind
    from trellis.participation.models import Contribution

    today = today or network_today()
    since, until = three_years(today)
    found = events_in(since, until)
    answer: dict[str, Any] = {
        "since": since.isoformat(),
        "until": until.isoformat(),
        "found": found,
        "added": 0,
    }
    missing = total - found
    if missing <= 0:
        return answer
    rng = random.Random(seed)  # noqa: S311 (made-up data, the same for the same seed)
    memberships: dict[int, list[int]] = {}
    for person_id, community_id in (
        Membership.objects.filter(state=MembershipState.ACTIVE)
        .order_by("person_id", "community_id")
        .values_list("person_id", "community_id")
    ):
        memberships.setdefault(person_id, []).append(community_id)
    communities = list(Community.objects.order_by("pk").values_list("pk", flat=True))
    if not memberships or not communities:
        raise SystemExit("the database holds no members: generate a network first")
    people = sorted(memberships)
    rng.shuffle(people)  # the rank of each person in the Zipf law
    person_weights = list(accumulate(1 / (rank**SKEW) for rank in range(1, len(people) + 1)))
    known = set(ContributionKind.values)
    kinds = [kind for kind in KIND_FREQUENCIES if kind in known]
    kind_weights = list(accumulate(KIND_FREQUENCIES[kind] for kind in kinds))
    span_minutes = int((until - since).total_seconds() // 60)
    added = 0
    while added < missing:
        size = min(BATCH, missing - added)
        chosen = rng.choices(people, cum_weights=person_weights, k=size)
        chosen_kinds = rng.choices(kinds, cum_weights=kind_weights, k=size)
        rows = []
        for person_id, kind in zip(chosen, chosen_kinds, strict=True):
            own = memberships[person_id]
            if rng.random() < OUTSIDE_MEMBERSHIP:
                community_id = communities[rng.randrange(len(communities))]
            else:
                community_id = own[rng.randrange(len(own))]
            rows.append(
                Contribution(
                    person_id=person_id,
                    kind=kind,
                    community_id=community_id,
                    occurred_at=since + timedelta(minutes=rng.randrange(span_minutes)),
                    details={},
                )
            )
        with transaction.atomic():
            Contribution.objects.bulk_create(rows, batch_size=2000)
        added += size
        print(f"participation world: {found + added:,} of {total:,} acts", file=sys.stderr)
    answer["added"] = added
    return answer


def main() -> None:
    django.setup()
    print(json.dumps(contributions_top_up()))


if __name__ == "__main__":
    main()
