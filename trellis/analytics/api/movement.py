"""`GET /communities/{slug}/participation/trajectories`: movement between levels by period."""

from django.http import HttpRequest
from ninja import Query, Router, Schema

from trellis.analytics.levels import LEVEL_ORDER
from trellis.analytics.selectors.movement import movement_view
from trellis.communities.api.access import community_from_path
from trellis.core.api_schemas import error_responses

router = Router(tags=["participation"])


class TransitionOut(Schema):
    from_level: str
    to_level: str
    count: int


class MoveOut(Schema):
    person_id: int
    name: str
    movement: str
    from_level: str
    to_level: str


class PeriodOut(Schema):
    period: str
    months: list[str]
    built: bool
    counts: dict[str, int]
    transitions: list[TransitionOut] | None
    newcomers: int | None
    returning: int | None
    moving_inward: int | None
    left: int | None
    people: list[MoveOut] | None = None


class SilentOut(Schema):
    person_id: int
    name: str
    level: str
    score: int
    silent_since: str


class TrajectoriesOut(Schema):
    period: str
    levels: list[str]
    latest_snapshot: str | None
    periods: list[PeriodOut]
    fallen_silent: list[SilentOut] | None = None


@router.get(
    "/communities/{slug}/participation/trajectories",
    response={200: TrajectoriesOut, **error_responses(403, 404, 422)},
    operation_id="community_trajectories_read",
)
def community_trajectories_read(
    request: HttpRequest,
    slug: str,
    start: str | None = Query(None, alias="from"),  # type: ignore[type-arg]
    end: str | None = Query(None, alias="to"),  # type: ignore[type-arg]
    period: str | None = None,
) -> dict:
    """Level counts, transitions (`outside` is not there: joining and leaving), newcomers,
    returning members and those moving inward, per month or quarter from `from` to `to`
    (YYYY-MM; the twelve months up to the latest snapshot by default). Names of who moved and
    of who fell silent come only to the community's conveners, keepers and network admins."""
    community = community_from_path(request, slug)
    view = movement_view(
        viewer=request.user, community=community, start=start, end=end, kind=period
    )
    periods = []
    if view.trajectories is not None:
        for movement in view.trajectories.movements:
            read = movement.transitions is not None
            periods.append(
                {
                    "period": movement.period.label,
                    "months": [f"{m:%Y-%m}" for m in movement.period.months],
                    "built": movement.built,
                    "counts": movement.counts,
                    "transitions": [
                        {"from_level": a, "to_level": b, "count": n}
                        for (a, b), n in sorted((movement.transitions or {}).items())
                    ]
                    if read
                    else None,
                    "newcomers": movement.newcomers if read else None,
                    "returning": movement.returning if read else None,
                    "moving_inward": movement.inward if read else None,
                    "left": movement.left if read else None,
                    "people": [
                        {
                            "person_id": move.person_id,
                            "name": move.name,
                            "movement": move.kind,
                            "from_level": move.from_state,
                            "to_level": move.to_state,
                        }
                        for move in movement.moves
                    ]
                    if view.detail and read
                    else None,
                }
            )
    return {
        "period": view.periods.kind,
        "levels": [level.value for level in LEVEL_ORDER],
        "latest_snapshot": f"{view.latest:%Y-%m}" if view.latest else None,
        "periods": periods,
        "fallen_silent": [
            {
                "person_id": m.person_id,
                "name": m.name,
                "level": m.level,
                "score": m.score,
                "silent_since": m.since.isoformat(),
            }
            for m in view.silent
        ]
        if view.silent is not None
        else None,
    }
