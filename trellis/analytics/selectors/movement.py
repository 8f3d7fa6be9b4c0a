"""What the movement page and its API show a viewer: figures for whoever sees participation,
names (who moved, who fell silent) for detail viewers only."""

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from trellis.analytics.periods import PeriodRange, add_months, month_start, period_range_parse
from trellis.analytics.permissions import can_view_participation, can_view_participation_detail
from trellis.analytics.selectors.silence import SilentMember, fallen_silent
from trellis.analytics.selectors.trajectories import (
    Trajectories,
    latest_snapshot_month,
    trajectories_read,
)
from trellis.core.network_time import network_today
from trellis.core.permissions import require

if TYPE_CHECKING:
    from trellis.communities.models import Community


@dataclass
class MovementView:
    periods: PeriodRange
    trajectories: Trajectories | None  # None when the community has no snapshot yet
    latest: date | None
    detail: bool
    silent: list[SilentMember] | None  # None for those who may not see names


def movement_default_end(*, community: "Community") -> date:
    """The range ends with the latest month built, or the last ended month if none is."""
    latest = latest_snapshot_month(community_id=community.pk)
    return latest or add_months(month_start(network_today()), -1)


def movement_range(
    *, community: "Community", start: str | None, end: str | None, kind: str | None
) -> PeriodRange:
    """The range asked for; raises ValidationError (per field) when it is not valid."""
    return period_range_parse(
        start=start, end=end, kind=kind, latest=movement_default_end(community=community)
    )


def movement_view(
    *,
    viewer: Any,
    community: "Community",
    start: str | None = None,
    end: str | None = None,
    kind: str | None = None,
) -> MovementView:
    """The movement in the range asked for (`from`, `to` as YYYY-MM, `period` month or
    quarter). Refuses those who may not see participation before reading the range; raises
    ValidationError (per field) when the range is not valid."""
    require(viewer, can_view_participation(viewer, community))
    periods = movement_range(community=community, start=start, end=end, kind=kind)
    detail = can_view_participation_detail(viewer, community)
    latest = latest_snapshot_month(community_id=community.pk)
    trajectories = (
        trajectories_read(community_id=community.pk, periods=periods, names=detail)
        if latest is not None
        else None
    )
    silent = fallen_silent(community_id=community.pk) if detail else None
    return MovementView(
        periods=periods, trajectories=trajectories, latest=latest, detail=detail, silent=silent
    )
