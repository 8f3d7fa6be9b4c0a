"""Rows for value creation: the cycles and the library for everyone signed in (a community's
indicators for those who see it); indicators, observations and targets recorded by conveners
and network admins; the framework chosen by network admins."""

from typing import Any

from trellis.conftest import World
from trellis.tests.permission_rows import Row

SIGNED_IN = "login ok ok ok ok ok"
SIGNED_IN_PRIVATE = "login 404 ok ok ok ok"
RECORDERS = "login 403 403 ok 403 ok"
RECORDERS_PRIVATE = "login 404 403 ok 403 ok"
ADMINS = "login 403 403 403 403 ok"
API_SIGNED_IN = "401 ok ok ok ok ok"
API_SIGNED_IN_PRIVATE = "401 404 ok ok ok ok"
API_RECORDERS = "401 403 403 ok 403 ok"
API_RECORDERS_PRIVATE = "401 404 403 ok 403 ok"


def community_indicator(world: World, community: Any) -> Any:
    from trellis.value.models import Indicator

    return Indicator.objects.create(
        community=community,
        cycle="applied",
        name={"en": "Advice applied in the ministry"},
        kind="quantitative",
        source="manual",
    )


def indicator_url(suffix: str = "", prefix: str = "") -> Any:
    return lambda w, c: f"{prefix}/value/indicators/{community_indicator(w, c).pk}/{suffix}"


def indicators_of(world: World, community: Any) -> Any:
    from trellis.value.models import Indicator

    return Indicator.objects.filter(community=community).count()


def observations_of(world: World, community: Any) -> Any:
    from trellis.value.models import Observation

    return list(Observation.objects.filter(community=community).values_list("value"))


def targets_of(world: World, community: Any) -> Any:
    from trellis.value.models import Target

    return list(Target.objects.filter(community=community).values_list("target"))


def network_framework(world: World, community: Any) -> Any:
    from trellis.communities.selectors import network_get

    return network_get().value_framework


def new_indicator_form(world: World, community: Any) -> dict[str, Any]:
    return {
        "community": community.slug,
        "cycle": "potential",
        "capital": "human",
        "name_en": "Confidence to act",
        "kind": "quantitative",
        "source": "survey",
    }


def observation_form(world: World, community: Any) -> dict[str, Any]:
    return {
        "community": community.slug,
        "period_start": "2026-01-01",
        "period_end": "2026-03-31",
        "value": "4",
        "evidence_note": "Four ministries reported new budget calendars.",
    }


def target_form(world: World, community: Any) -> dict[str, Any]:
    return {"community": community.slug, "baseline": "1", "target": "6"}


def observation_body(world: World, community: Any) -> dict[str, Any]:
    indicator = community_indicator(world, community)
    return {
        "indicator": indicator.pk,
        "community": community.slug,
        "period_start": "2026-01-01",
        "period_end": "2026-03-31",
        "value": "4",
        "evidence_note": "Four ministries reported new budget calendars.",
    }


ROWS = [
    Row("value:cycles", "GET", lambda w, c: "/value/cycles/", SIGNED_IN),
    Row("value:framework", "GET", lambda w, c: "/value/framework/", ADMINS),
    Row(
        "value:framework",
        "POST",
        lambda w, c: "/value/framework/",
        ADMINS,
        data={"framework": "2020"},
        effect=network_framework,
    ),
    Row(
        "value:indicators",
        "GET",
        lambda w, c: f"/value/indicators/?community={c.slug}",
        SIGNED_IN,
        SIGNED_IN_PRIVATE,
    ),
    Row("value:indicator_new", "GET", lambda w, c: "/value/indicators/new/", RECORDERS),
    Row(
        "value:indicator_new",
        "POST",
        lambda w, c: "/value/indicators/new/",
        RECORDERS,
        RECORDERS,
        data=new_indicator_form,
        effect=indicators_of,
    ),
    Row("value:indicator", "GET", indicator_url(), SIGNED_IN, SIGNED_IN_PRIVATE),
    Row(
        "value:observation_add",
        "POST",
        indicator_url("observations/"),
        RECORDERS,
        RECORDERS_PRIVATE,
        data=observation_form,
        effect=observations_of,
    ),
    Row(
        "value:target",
        "POST",
        indicator_url("target/"),
        RECORDERS,
        RECORDERS_PRIVATE,
        data=target_form,
        effect=targets_of,
    ),
    Row("api:value_cycles_get", "GET", lambda w, c: "/api/v1/value/cycles", API_SIGNED_IN),
    Row(
        "api:value_indicators_get",
        "GET",
        lambda w, c: f"/api/v1/value/indicators?community={c.slug}",
        API_SIGNED_IN,
        API_SIGNED_IN_PRIVATE,
    ),
    Row(
        "api:value_indicators_post",
        "POST",
        lambda w, c: "/api/v1/value/indicators",
        API_RECORDERS,
        API_RECORDERS_PRIVATE,
        data=lambda w, c: {
            "community": c.slug,
            "cycle": "potential",
            "name": {"en": "Confidence to act"},
            "kind": "quantitative",
            "source": "survey",
        },
        json=True,
        effect=indicators_of,
    ),
    Row(
        "api:value_observations_get",
        "GET",
        lambda w, c: f"/api/v1/value/indicators/{community_indicator(w, c).pk}/observations",
        API_SIGNED_IN,
        API_SIGNED_IN_PRIVATE,
    ),
    Row(
        "api:value_framework_put",
        "PUT",
        lambda w, c: "/api/v1/value/framework",
        "401 403 403 403 403 ok",
        data={"framework": "2020"},
        json=True,
        effect=network_framework,
    ),
    Row(
        "api:value_target_put",
        "PUT",
        lambda w, c: f"/api/v1/value/indicators/{community_indicator(w, c).pk}/target",
        API_RECORDERS,
        API_RECORDERS_PRIVATE,
        data=lambda w, c: {"community": c.slug, "baseline": "1", "target": "6"},
        json=True,
        effect=targets_of,
    ),
    Row(
        "api:value_observations_post",
        "POST",
        lambda w, c: "/api/v1/value/observations",
        API_RECORDERS,
        API_RECORDERS_PRIVATE,
        data=observation_body,
        json=True,
        effect=observations_of,
    ),
]
