"""Rows for participation levels: members' levels (names, for those who look after a
community), the rules (read by whoever sees the figures, changed by network admins) and a
person's own participation (theirs and network admins'; 404 for anyone else)."""

from typing import Any

from trellis.analytics.forms import RulesForm
from trellis.analytics.levels import Rules
from trellis.conftest import World
from trellis.tests.permission_rows import MANAGERS, MANAGERS_PRIVATE, Row, community_url

SIGNED_IN = "login ok ok ok ok ok"
SIGNED_IN_PRIVATE = "404 404 ok ok ok ok"
ADMINS = "login 403 403 403 403 ok"
ADMINS_PRIVATE = "404 404 403 403 403 ok"
OWN = "login 404 ok 404 404 ok"
API_SIGNED_IN = "401 ok ok ok ok ok"
API_ADMINS = "401 403 403 403 403 ok"
API_OWN = "401 404 ok 404 404 ok"


def rules_row_count(world: World, community: Any) -> Any:
    from trellis.analytics.models import ParticipationRules

    return list(
        ParticipationRules.objects.filter(community=community).values_list("core_threshold")
    )


def member_participation(prefix: str = "", suffix: str = "/") -> Any:
    return lambda w, c: f"{prefix}/people/{w.member.pk}/participation{suffix}"


RULES_FORM = dict(RulesForm.initial_from(Rules()), core_threshold=60)
RULES_BODY = {
    "core_threshold": 60,
    "active_threshold": 15,
    "occasional_threshold": 4,
    "window_months": 12,
}

ROWS = [
    Row(
        "analytics:member_levels",
        "GET",
        community_url("participation/members/"),
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "analytics:member_levels_export",
        "GET",
        community_url("participation/members/members.csv"),
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "analytics:rules",
        "GET",
        community_url("participation/rules/"),
        SIGNED_IN,
        SIGNED_IN_PRIVATE,
    ),
    Row(
        "analytics:rules",
        "POST",
        community_url("participation/rules/"),
        ADMINS,
        ADMINS_PRIVATE,
        data=RULES_FORM,
        effect=rules_row_count,
    ),
    Row(
        "analytics:rules_reset",
        "GET",
        community_url("participation/rules/reset/"),
        ADMINS,
        ADMINS_PRIVATE,
    ),
    Row(
        "analytics:rules_reset",
        "POST",
        community_url("participation/rules/reset/"),
        ADMINS,
        ADMINS_PRIVATE,
        effect=rules_row_count,
    ),
    Row("analytics:person", "GET", member_participation(), OWN),
    Row("analytics:person_export", "GET", member_participation(suffix="/months.xlsx"), OWN),
    Row(
        "api:participation_rules_get",
        "GET",
        lambda w, c: f"/api/v1/communities/{c.slug}/participation-rules",
        API_SIGNED_IN,
        "404 404 ok ok ok ok",
    ),
    Row(
        "api:participation_rules_put",
        "PUT",
        lambda w, c: f"/api/v1/communities/{c.slug}/participation-rules",
        API_ADMINS,
        "404 404 403 403 403 ok",
        data=RULES_BODY,
        json=True,
        effect=rules_row_count,
    ),
    Row("api:person_participation_get", "GET", member_participation("/api/v1", ""), API_OWN),
]
