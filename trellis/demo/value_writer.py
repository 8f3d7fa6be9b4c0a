"""The demo network's value evidence: two years of computed observations from its own data,
targets for headline indicators, and manual observations with evidence (data/value.yaml)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from trellis.analytics.periods import add_months, month_end, month_start
from trellis.demo.content import content_load
from trellis.value.models import Indicator, Observation
from trellis.value.services.observations import (
    computed_observations_record,
    observation_record,
    target_set,
)

if TYPE_CHECKING:
    from trellis.accounts.models import User
    from trellis.communities.models import Community

MONTHS = 24


@dataclass(frozen=True)
class TargetSpec:
    code: str
    raise_percent: int


@dataclass(frozen=True)
class ObservationSpec:
    key: str
    community: str
    months_ago: int
    text: str
    evidence: str


@dataclass(frozen=True)
class ValueContent:
    targets: tuple[TargetSpec, ...]
    observations: tuple[ObservationSpec, ...]


def value_evidence_create(
    *, anchor: date, admin: "User", communities: "dict[str, Community]"
) -> int:
    """Write the evidence; the number of observations written."""
    content: ValueContent = content_load("value", ValueContent)
    first = add_months(month_start(anchor), -MONTHS)
    for offset in range(MONTHS):
        computed_observations_record(month=add_months(first, offset))
    for spec in content.targets:
        indicator = Indicator.objects.get(code=spec.code)
        for community in (None, *communities.values()):
            key = f"community:{community.pk}" if community else "network"
            baseline = (
                Observation.objects.filter(indicator=indicator, scope_key=key)
                .order_by("period_start")
                .values_list("value", flat=True)
                .first()
            )
            if not baseline:
                continue
            target_set(
                actor=admin,
                indicator=indicator,
                community=community,
                baseline=baseline,
                baseline_date=month_end(first),
                target=(baseline * (100 + spec.raise_percent) / 100).quantize(Decimal("0.01")),
                target_date=add_months(anchor, 12),
            )
    for obs in content.observations:
        start = add_months(month_start(anchor), -obs.months_ago)
        observation_record(
            actor=admin,
            indicator=Indicator.objects.get(catalogue_key=obs.key),
            community=communities[obs.community],
            period_start=add_months(start, -5),
            period_end=month_end(start),
            value=None,
            text=obs.text,
            evidence_note=obs.evidence,
            evidence_link="",
        )
    return Observation.objects.count()
