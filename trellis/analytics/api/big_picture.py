"""`GET /communities/{slug}/participation`: the big picture in numbers (aggregates only)."""

from datetime import date

from django.http import HttpRequest
from ninja import Field, Router, Schema

from trellis.analytics.levels import LEVEL_ORDER, Level
from trellis.analytics.permissions import can_view_participation
from trellis.analytics.selectors.big_picture import BigPicture, GroupRow, big_picture
from trellis.communities.api.access import community_from_path
from trellis.core.api_schemas import error_responses
from trellis.core.permissions import require

router = Router(tags=["participation"])


class LevelOut(Schema):
    level: Level
    count: int
    share: float
    typical_share_min: int | None
    typical_share_max: int | None


class GroupOut(Schema):
    group: str = Field(
        description='A country code, a language code or an organisation\'s name; "" for those '
        'who did not say; "~other" for groups too small to be shown on their own.'
    )
    label: str
    counts: dict[str, int]
    total: int
    share: float
    active_or_core_share: float


class ImbalanceFlagOut(Schema):
    rule: str
    groups: list[str]
    figures: dict[str, float]
    message: str


class AppliedRulesOut(Schema):
    window_months: int
    window_first_day: date
    window_last_day: date
    core_threshold: int
    active_threshold: int
    occasional_threshold: int
    weights: dict[str, int]


class ParticipationOut(Schema):
    total: int
    guests: int
    levels: list[LevelOut]
    by_country: list[GroupOut]
    by_language: list[GroupOut]
    by_organisation: list[GroupOut]
    flags: list[ImbalanceFlagOut]
    rules: AppliedRulesOut
    small_groups_merged: bool = Field(
        description="Whether groups of fewer than small_group_min people (and, if needed, the "
        'smallest others) are merged into "~other": so for callers who may not see who is at '
        "which level. Conveners, community keepers and network admins see every group."
    )
    small_group_min: int


def _groups(rows: list[GroupRow]) -> list[GroupOut]:
    return [
        GroupOut(
            group=row.group,
            label=row.label,
            counts={str(level): row.counts[level] for level in LEVEL_ORDER},
            total=row.total,
            share=row.share,
            active_or_core_share=row.active_or_core_share,
        )
        for row in rows
    ]


def _out(picture: BigPicture) -> ParticipationOut:
    rules = picture.rules
    return ParticipationOut(
        total=picture.total,
        guests=picture.guests,
        levels=[
            LevelOut(
                level=row.level,
                count=row.count,
                share=row.share,
                typical_share_min=row.typical[0] if row.typical else None,
                typical_share_max=row.typical[1] if row.typical else None,
            )
            for row in picture.levels
        ],
        by_country=_groups(picture.groups["country"]),
        by_language=_groups(picture.groups["language"]),
        by_organisation=_groups(picture.groups["organisation"]),
        flags=[
            ImbalanceFlagOut(
                rule=flag.rule, groups=list(flag.groups), figures=flag.figures, message=flag.message
            )
            for flag in picture.flags
        ],
        small_groups_merged=picture.small_groups_merged,
        small_group_min=picture.small_group_min,
        rules=AppliedRulesOut(
            window_months=rules.window_months,
            window_first_day=picture.window_first_day,
            window_last_day=picture.on,
            core_threshold=rules.core,
            active_threshold=rules.active,
            occasional_threshold=rules.occasional,
            weights={str(kind): weight for kind, weight in rules.weights.items()},
        ),
    )


@router.get(
    "/communities/{slug}/participation",
    response={200: ParticipationOut, **error_responses(403, 404)},
)
def participation_overview(request: HttpRequest, slug: str) -> ParticipationOut:
    """Level counts and shares, by country, language and organisation, the imbalance flags
    and the rules in force. Aggregates only: small groups merged for those who may not see
    detail; 404 for a community the caller may not see."""
    community = community_from_path(request, slug)
    require(request.user, can_view_participation(request.user, community))
    return _out(big_picture(viewer=request.user, community=community))
