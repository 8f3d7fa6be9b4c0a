"""Reading value: the network's cycles, the indicator library and observations, each for the
person asking."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from trellis.communities.models import Community
from trellis.communities.permissions import is_network_admin, visible_community_ids
from trellis.communities.selectors import network_get
from trellis.value.computations import Computation, computation_get
from trellis.value.cycles import (
    CAPITAL_DEFINITIONS,
    CYCLES,
    Capital,
    Cycle,
    CycleCode,
    framework_cycles,
)
from trellis.value.models import Indicator, Observation, Target
from trellis.value.permissions import can_view_value


@dataclass
class CycleIndicators:
    cycle: Cycle
    indicators: list[Indicator] = field(default_factory=list)


def value_framework_get() -> str:
    return network_get().value_framework


def value_cycle_list() -> list[Cycle]:
    """The cycles of the framework the network uses, in order."""
    return framework_cycles(value_framework_get())


def capital_list() -> list[tuple[str, str]]:
    """(name, definition) of each form of knowledge capital."""
    return [(str(c.label), str(CAPITAL_DEFINITIONS[c])) for c in Capital]


def _visible_communities(viewer: Any) -> Q:
    """Indicators and observations whose community the viewer sees (or of no community)."""
    if is_network_admin(viewer):
        return Q()
    return (
        Q(community__isnull=True)
        | Q(community__visibility="public")
        | Q(community_id__in=visible_community_ids(viewer))
    )


def indicator_list(*, viewer: Any, community: Community | None = None) -> list[CycleIndicators]:
    """The indicators of the network's cycles (and of the other framework's cycles, if some
    were kept from it, at the end), grouped by cycle: the network's and those of the communities
    the viewer sees, or with `community` the network's and that community's. One query."""
    if not can_view_value(viewer):
        return []
    indicators = Indicator.objects.filter(_visible_communities(viewer)).select_related("community")
    if community is not None:
        indicators = indicators.filter(Q(community__isnull=True) | Q(community=community))
    groups = {cycle.code: CycleIndicators(cycle) for cycle in value_cycle_list()}
    for indicator in indicators.order_by("cycle", "pk"):
        if indicator.cycle not in groups:
            groups[indicator.cycle] = CycleIndicators(CYCLES[CycleCode(indicator.cycle)])
        groups[indicator.cycle].indicators.append(indicator)
    return list(groups.values())


def indicator_queryset(*, viewer: Any) -> QuerySet[Indicator]:
    if not can_view_value(viewer):
        return Indicator.objects.none()
    return Indicator.objects.filter(_visible_communities(viewer)).select_related("community")


def access_indicator(*, viewer: Any, indicator_id: int) -> Indicator:
    """The indicator, or 404 when it does not exist or its community is hidden from the viewer."""
    indicator = indicator_queryset(viewer=viewer).filter(pk=indicator_id).first()
    if indicator is None:
        raise Http404
    return indicator


def indicator_computation(indicator: Indicator) -> Computation | None:
    return computation_get(indicator.code) if indicator.code else None


def observation_list(*, viewer: Any, indicator: Indicator) -> QuerySet[Observation]:
    """The indicator's observations in the scopes the viewer sees, oldest period first."""
    return (
        Observation.objects.filter(indicator=indicator)
        .filter(_visible_communities(viewer))
        .select_related("community", "recorded_by")
        .order_by("scope_key", "period_start", "pk")
    )


def target_list(*, viewer: Any, indicator: Indicator) -> QuerySet[Target]:
    return (
        Target.objects.filter(indicator=indicator)
        .filter(_visible_communities(viewer))
        .select_related("community")
        .order_by("scope_key")
    )


def value_recording_communities(*, viewer: Any) -> list[Community]:
    """The communities in which the viewer records value: all for network admins, those they
    convene otherwise. Roles are read from the permission facts, loaded once per person."""
    from trellis.communities.selectors import community_list
    from trellis.value.permissions import can_record_value

    return [c for c in community_list(viewer=viewer) if can_record_value(viewer, c)]
