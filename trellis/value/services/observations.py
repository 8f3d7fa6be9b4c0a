"""Observations of indicators and their targets: entered by hand with evidence, or computed
each month from the platform's data."""

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_countries import countries

from trellis.analytics.periods import month_end
from trellis.communities.selectors.community import community_ids_by_slug
from trellis.communities.services.audit import audit_record
from trellis.core.permissions import require
from trellis.value.computations import Period, computation_get
from trellis.value.models import (
    Indicator,
    IndicatorKind,
    IndicatorSource,
    Observation,
    Target,
)
from trellis.value.permissions import can_record_value
from trellis.value.scopes import NETWORK, Scope, community_scope, country_scope

if TYPE_CHECKING:
    from trellis.accounts.models import User
    from trellis.communities.models import Community

MAX_VALUE = Decimal("999999999999.99")


def _scope_of(*, indicator: Indicator, community: "Community | None", country: str) -> Scope:
    if indicator.community_id is not None and (
        community is None or community.pk != indicator.community_id
    ):
        raise ValidationError({"community": [_("This indicator belongs to one community.")]})
    if community is not None:
        if country:
            raise ValidationError({"country": [_("Choose a community or a country, not both.")]})
        return community_scope(community.pk)
    if country:
        if country.upper() not in dict(countries):
            raise ValidationError({"country": [_("Choose a country from the list.")]})
        return country_scope(country)
    return NETWORK


def _value_check(value: Decimal | None, field: str) -> None:
    if value is not None and not -MAX_VALUE <= value <= MAX_VALUE:
        raise ValidationError({field: [_("The number is too large.")]})


def observation_record(
    *,
    actor: "User",
    indicator: Indicator,
    community: "Community | None",
    country: str = "",
    period_start: date,
    period_end: date,
    value: Decimal | None,
    text: str,
    evidence_note: str,
    evidence_link: str,
) -> Observation:
    """A manual observation, with evidence, by a convener of the community (or a network admin
    for the network or a country); recording the same period and scope again replaces it."""
    require(actor, can_record_value(actor, community))
    scope = _scope_of(indicator=indicator, community=community, country=country)
    errors: dict[str, list[str]] = {}
    if indicator.source == IndicatorSource.COMPUTED:
        errors["indicator"] = [_("This indicator is computed from the platform's data.")]
    if period_end < period_start:
        errors["period_end"] = [_("The period ends before it starts.")]
    text, evidence_note, evidence_link = text.strip(), evidence_note.strip(), evidence_link.strip()
    if indicator.kind == IndicatorKind.QUANTITATIVE and value is None:
        errors["value"] = [_("Give the value this indicator showed.")]
    if indicator.kind == IndicatorKind.QUALITATIVE and not text:
        errors["text"] = [_("Describe what was observed.")]
    if not evidence_note and not evidence_link:
        errors["evidence_note"] = [_("Say what the observation rests on, or link to it.")]
    if errors:
        raise ValidationError(errors)
    _value_check(value, "value")
    with transaction.atomic():
        observation, _created = Observation.objects.update_or_create(
            indicator=indicator,
            scope_key=scope.key,
            period_start=period_start,
            period_end=period_end,
            defaults={
                "scope_kind": scope.kind,
                "community": community,
                "value": value,
                "text": text,
                "evidence_note": evidence_note,
                "evidence_link": evidence_link,
                "source": IndicatorSource.MANUAL,
                "recorded_by": actor,
            },
        )
        audit_record(
            actor=actor,
            community=community,
            action="observation.recorded",
            subject=indicator.name,
            period=f"{period_start:%Y-%m-%d}/{period_end:%Y-%m-%d}",
            scope=scope.key,
        )
    return observation


def target_set(
    *,
    actor: "User",
    indicator: Indicator,
    community: "Community | None",
    country: str = "",
    baseline: Decimal | None,
    baseline_date: date | None,
    target: Decimal | None,
    target_date: date | None,
) -> Target:
    """The baseline and target of an indicator in one scope, by who records its observations."""
    require(actor, can_record_value(actor, community))
    scope = _scope_of(indicator=indicator, community=community, country=country)
    if baseline is None and target is None:
        raise ValidationError({"target": [_("Give a baseline, a target or both.")]})
    if indicator.kind != IndicatorKind.QUANTITATIVE:
        raise ValidationError({"target": [_("Only a quantitative indicator has a target.")]})
    _value_check(baseline, "baseline")
    _value_check(target, "target")
    if baseline_date and target_date and target_date < baseline_date:
        raise ValidationError({"target_date": [_("The target date comes before the baseline.")]})
    with transaction.atomic():
        row, _created = Target.objects.update_or_create(
            indicator=indicator,
            scope_key=scope.key,
            defaults={
                "scope_kind": scope.kind,
                "community": community,
                "baseline": baseline,
                "baseline_date": baseline_date,
                "target": target,
                "target_date": target_date,
                "set_by": actor,
            },
        )
        audit_record(
            actor=actor,
            community=community,
            action="target.set",
            subject=indicator.name,
            scope=scope.key,
        )
    return row


def computed_observations_record(*, month: date) -> int:
    """Compute every computed indicator for one month of the network's calendar, for the
    network and each community, and store what has a value (replacing an earlier run's).
    The number of observations written. Run by the monthly task; no person acts."""
    period = Period(month, month_end(month))
    scopes = [NETWORK, *(community_scope(pk) for pk in sorted(community_ids_by_slug().values()))]
    written = 0
    indicators = Indicator.objects.filter(source=IndicatorSource.COMPUTED).order_by("pk")
    with transaction.atomic():
        for indicator in indicators:
            computation = computation_get(indicator.code)
            if computation is None:
                continue
            for scope in scopes:
                if scope.kind not in computation.scopes:
                    continue
                if indicator.community_id and scope.community_id != indicator.community_id:
                    continue
                value = computation.compute(period, scope)
                if value is None:
                    continue
                Observation.objects.update_or_create(
                    indicator=indicator,
                    scope_key=scope.key,
                    period_start=period.start,
                    period_end=period.end,
                    defaults={
                        "scope_kind": scope.kind,
                        "community_id": scope.community_id,
                        "value": value,
                        "source": IndicatorSource.COMPUTED,
                    },
                )
                written += 1
    return written
