"""Monthly snapshots of levels: what the movement between levels is read from.

A snapshot is work the system does (a scheduled task, or `manage.py participation_snapshots`
for the past), not a person's action: no actor, no permission to check, nothing audited.
"""

import logging
from collections.abc import Iterable
from datetime import date

from django.db import IntegrityError, transaction

from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot
from trellis.analytics.periods import month_end, month_start
from trellis.analytics.selectors.levels import levels_for_communities
from trellis.communities.selectors.community import community_ids_by_slug

logger = logging.getLogger(__name__)


def _rows(*, period: date, community_ids: list[int]) -> list[LevelSnapshot]:
    levels = levels_for_communities(community_ids=community_ids, on=month_end(period))
    rows = []
    for community_id, community in levels.items():
        rows += [
            LevelSnapshot(
                community_id=community_id,
                person_id=member.person_id,
                period=period,
                level=member.level,
                score=member.score,
                declared_core=member.declared_core,
            )
            for member in community.members.values()
        ]
        rows += [
            LevelSnapshot(
                community_id=community_id,
                person_id=person_id,
                period=period,
                level=Level.TRANSACTIONAL,
                score=score,
            )
            for person_id, score in community.transactional.items()
        ]
    return rows


def level_snapshots_build(*, period: date, community_ids: Iterable[int] | None = None) -> int:
    """Replace the month's snapshots (of the communities given, or all) with the levels for
    the window ending on the month's last day; the number of rows written.

    The levels come from the engine's grouped queries, and the rows are replaced in one
    transaction: readers see the old month or the new one, never half of it. Building the same
    month twice gives the same rows. When another worker builds the same month at the same
    moment, the unique constraint stops the second insert; the build then runs once more over
    the rows the first one committed, so both end with the same month.
    """
    period = month_start(period)
    ids = (
        list(community_ids) if community_ids is not None else list(community_ids_by_slug().values())
    )
    if not ids:
        return 0
    rows = _rows(period=period, community_ids=ids)
    for attempt in (1, 2):
        try:
            with transaction.atomic():
                LevelSnapshot.objects.filter(period=period, community_id__in=ids).delete()
                LevelSnapshot.objects.bulk_create(rows, batch_size=2000)
        except IntegrityError:
            if attempt == 2:
                raise
            logger.info("Snapshots of %s were built by another worker; building again", period)
            continue
        break
    return len(rows)
