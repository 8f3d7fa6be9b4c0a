"""API of value creation: the network's cycles, the indicator library and observations, with
the permissions of the pages (the same selectors and services)."""

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from pydantic import StringConstraints

from trellis.communities.selectors import access_community
from trellis.core.api_schemas import (
    CountryCode,
    InputSchema,
    ObjectId,
    PathId,
    TranslatedLongText,
    TranslatedName,
    error_responses,
)
from trellis.core.permissions import require, signed_in_person
from trellis.value.cycles import Capital, CycleCode
from trellis.value.models import Indicator, Observation
from trellis.value.permissions import can_view_value
from trellis.value.selectors import (
    access_indicator,
    capital_list,
    indicator_computation,
    indicator_queryset,
    observation_list,
    value_cycle_list,
    value_framework_get,
)
from trellis.value.services.framework import value_framework_set
from trellis.value.services.indicators import indicator_create
from trellis.value.services.observations import observation_record, target_set

router = Router(tags=["value"])

Amount = Annotated[Decimal, Field(max_digits=14, decimal_places=2)]


class CycleOut(Schema):
    code: str
    name: str
    definition: str
    questions: list[str]


class CapitalOut(Schema):
    name: str
    definition: str


class CyclesOut(Schema):
    framework: str = Field(description="2011 (five cycles) or 2020 (eight cycles).")
    cycles: list[CycleOut]
    capitals: list[CapitalOut] = Field(description="The forms of knowledge capital.")


class IndicatorOut(Schema):
    id: int
    cycle: str
    capital: str
    name: dict[str, str]
    description: dict[str, str]
    kind: str
    source: str
    unit: dict[str, str]
    code: str = Field(description="The computation of a computed indicator, else empty.")
    definition: str = Field(description="The exact definition of a computed indicator.")
    community: str | None = Field(description="The community's address; null for the network.")


class IndicatorIn(InputSchema):
    cycle: Literal[tuple(CycleCode.values)]  # type: ignore[valid-type]
    capital: Literal[("", *Capital.values)] = ""  # type: ignore[valid-type]
    name: TranslatedName
    description: TranslatedLongText = Field(default_factory=dict)
    kind: Literal["quantitative", "qualitative"]
    source: Literal["survey", "manual"]
    unit: dict[str, Annotated[str, StringConstraints(max_length=60)]] = Field(default_factory=dict)
    community: Annotated[str, StringConstraints(max_length=40)] = Field(
        "", description="A community's address; empty for the network (network admins)."
    )


class ObservationOut(Schema):
    id: int
    indicator: int
    period_start: date
    period_end: date
    scope: str = Field(description="network, community:<id>, activity:<id> or country:<code>.")
    community: str | None
    value: Decimal | None
    text: str
    evidence_note: str
    evidence_link: str
    source: str


class ObservationIn(InputSchema):
    indicator: ObjectId
    community: Annotated[str, StringConstraints(max_length=40)] = ""
    country: CountryCode = ""
    period_start: date
    period_end: date
    value: Amount | None = None
    text: Annotated[str, StringConstraints(max_length=20_000)] = ""
    evidence_note: Annotated[str, StringConstraints(max_length=20_000)] = ""
    evidence_link: Annotated[str, StringConstraints(max_length=200)] = ""


class IndicatorFilter(InputSchema):
    community: Annotated[str, StringConstraints(max_length=40)] = ""
    cycle: Literal[("", *CycleCode.values)] = ""  # type: ignore[valid-type]


def _indicator_out(indicator: Indicator) -> IndicatorOut:
    computation = indicator_computation(indicator)
    return IndicatorOut(
        id=indicator.pk,
        cycle=indicator.cycle,
        capital=indicator.capital,
        name=indicator.name,
        description=indicator.description,
        kind=indicator.kind,
        source=indicator.source,
        unit=indicator.unit,
        code=indicator.code,
        definition=str(computation.definition) if computation else "",
        community=indicator.community.slug if indicator.community else None,
    )


def _observation_out(observation: Observation) -> ObservationOut:
    return ObservationOut(
        id=observation.pk,
        indicator=observation.indicator_id,
        period_start=observation.period_start,
        period_end=observation.period_end,
        scope=observation.scope_key,
        community=observation.community.slug if observation.community else None,
        value=observation.value,
        text=observation.text,
        evidence_note=observation.evidence_note,
        evidence_link=observation.evidence_link,
        source=observation.source,
    )


@router.get("/value/cycles", response={200: CyclesOut, **error_responses(403)})
def value_cycles_get(request: HttpRequest) -> CyclesOut:
    require(request.user, can_view_value(request.user))
    return CyclesOut(
        framework=value_framework_get(),
        cycles=[
            CycleOut(
                code=c.code,
                name=c.name,
                definition=str(c.definition),
                questions=[str(q) for q in c.questions],
            )
            for c in value_cycle_list()
        ],
        capitals=[CapitalOut(name=n, definition=d) for n, d in capital_list()],
    )


@router.get(
    "/value/indicators", response={200: list[IndicatorOut], **error_responses(403, 404, 422)}
)
def value_indicators_get(
    request: HttpRequest, filters: Query[IndicatorFilter]
) -> list[IndicatorOut]:
    """The network's indicators and those of the communities the person sees; with
    `community`, the network's and that community's."""
    require(request.user, can_view_value(request.user))
    indicators = indicator_queryset(viewer=request.user)
    if filters.community:
        community = access_community(viewer=request.user, slug=filters.community)
        indicators = indicators.filter(community__isnull=True) | indicators.filter(
            community=community
        )
    if filters.cycle:
        indicators = indicators.filter(cycle=filters.cycle)
    return [_indicator_out(i) for i in indicators.order_by("cycle", "pk")]


@router.post("/value/indicators", response={201: IndicatorOut, **error_responses(403, 404, 422)})
def value_indicators_post(request: HttpRequest, payload: IndicatorIn) -> tuple[int, IndicatorOut]:
    person = signed_in_person(request)
    community = (
        access_community(viewer=person, slug=payload.community) if payload.community else None
    )
    indicator = indicator_create(
        actor=person,
        community=community,
        cycle=payload.cycle,
        capital=payload.capital,
        name=payload.name,
        description=payload.description,
        kind=payload.kind,
        source=payload.source,
        unit=payload.unit,
    )
    return 201, _indicator_out(indicator)


@router.get(
    "/value/indicators/{indicator_id}/observations",
    response={200: list[ObservationOut], **error_responses(403, 404, 422)},
)
def value_observations_get(request: HttpRequest, indicator_id: PathId) -> list[ObservationOut]:
    require(request.user, can_view_value(request.user))
    indicator = access_indicator(viewer=request.user, indicator_id=indicator_id)
    return [_observation_out(o) for o in observation_list(viewer=request.user, indicator=indicator)]


@router.post(
    "/value/observations", response={201: ObservationOut, **error_responses(403, 404, 422)}
)
def value_observations_post(
    request: HttpRequest, payload: ObservationIn
) -> tuple[int, ObservationOut]:
    person = signed_in_person(request)
    indicator = access_indicator(viewer=person, indicator_id=payload.indicator)
    community = (
        access_community(viewer=person, slug=payload.community) if payload.community else None
    )
    if payload.evidence_link:
        try:
            URLValidator()(payload.evidence_link)
        except ValidationError as refused:
            raise ValidationError({"evidence_link": refused.messages}) from refused
    observation = observation_record(
        actor=person,
        indicator=indicator,
        community=community,
        country=payload.country,
        period_start=payload.period_start,
        period_end=payload.period_end,
        value=payload.value,
        text=payload.text,
        evidence_note=payload.evidence_note,
        evidence_link=payload.evidence_link,
    )
    return 201, _observation_out(observation)


class ValueFrameworkIn(InputSchema):
    framework: Literal["2011", "2020"]


@router.put("/value/framework", response={200: CyclesOut, **error_responses(403, 422)})
def value_framework_put(request: HttpRequest, payload: ValueFrameworkIn) -> CyclesOut:
    """Network admins choose the framework the network uses; the answer is its cycles."""
    value_framework_set(actor=signed_in_person(request), framework=payload.framework)
    return value_cycles_get(request)


class IndicatorTargetIn(InputSchema):
    community: Annotated[str, StringConstraints(max_length=40)] = ""
    country: CountryCode = ""
    baseline: Amount | None = None
    baseline_date: date | None = None
    target: Amount | None = None
    target_date: date | None = None


class IndicatorTargetOut(Schema):
    indicator: int
    scope: str
    baseline: Decimal | None
    baseline_date: date | None
    target: Decimal | None
    target_date: date | None


@router.put(
    "/value/indicators/{indicator_id}/target",
    response={200: IndicatorTargetOut, **error_responses(403, 404, 422)},
)
def value_target_put(
    request: HttpRequest, indicator_id: PathId, payload: IndicatorTargetIn
) -> IndicatorTargetOut:
    """The baseline and target of an indicator in one scope (the network, a community or a
    country), set by who records its observations there."""
    person = signed_in_person(request)
    indicator = access_indicator(viewer=person, indicator_id=indicator_id)
    community = (
        access_community(viewer=person, slug=payload.community) if payload.community else None
    )
    row = target_set(
        actor=person,
        indicator=indicator,
        community=community,
        country=payload.country,
        baseline=payload.baseline,
        baseline_date=payload.baseline_date,
        target=payload.target,
        target_date=payload.target_date,
    )
    return IndicatorTargetOut(
        indicator=indicator.pk,
        scope=row.scope_key,
        baseline=row.baseline,
        baseline_date=row.baseline_date,
        target=row.target,
        target_date=row.target_date,
    )
