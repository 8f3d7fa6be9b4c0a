"""Rows for the activity catalogue and planning pages, and the activities API."""

from typing import Any

from trellis.activities.models import ActivityContributor, ActivityStatus
from trellis.activities.tests.factories import ActivityFactory, ActivityTypeFactory
from trellis.conftest import World
from trellis.tests.permission_rows import EVERYONE, Row

ORGANISERS = "login 403 403 ok 403 ok"
ORGANISERS_PRIVATE = "404 404 403 ok 403 ok"
API_ORGANISERS = "401 403 403 ok 403 ok"


def an_activity(world: World, community: Any) -> int:
    return ActivityFactory(communities=[community], status=ActivityStatus.HELD).pk


def a_contributor(world: World, community: Any) -> str:
    activity = ActivityFactory(communities=[community])
    contributor = ActivityContributor.objects.create(
        activity=activity, role="host", person=world.member
    )
    return f"/activities/{activity.pk}/people/{contributor.pk}/remove/"


def a_type_to_plan(world: World, community: Any) -> str:
    ActivityTypeFactory(slug="matrix-type")
    return "/api/v1/activities"


ROWS = [
    Row("activities:catalogue", "GET", lambda w, c: "/activities/types/", EVERYONE),
    Row(
        "activities:type_create",
        "GET",
        lambda w, c: "/activities/types/new/",
        "login 403 403 403 403 ok",
    ),
    Row("activities:create", "GET", lambda w, c: "/activities/new/", "login 403 403 ok 403 ok"),
    Row(
        "activities:detail",
        "GET",
        lambda w, c: f"/activities/{an_activity(w, c)}/",
        EVERYONE,
        "404 404 ok ok ok ok",
    ),
    Row(
        "activities:edit",
        "GET",
        lambda w, c: f"/activities/{an_activity(w, c)}/edit/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
    ),
    Row(
        "activities:session_create",
        "GET",
        lambda w, c: f"/activities/{an_activity(w, c)}/sessions/new/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
    ),
    Row(
        "activities:contributors",
        "GET",
        lambda w, c: f"/activities/{an_activity(w, c)}/people/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
    ),
    Row("activities:contributor_remove", "POST", a_contributor, ORGANISERS, ORGANISERS_PRIVATE),
    Row(
        "activities:outcomes",
        "GET",
        lambda w, c: f"/activities/{an_activity(w, c)}/outcomes/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
    ),
    Row("api:activity_type_list", "GET", lambda w, c: "/api/v1/activity-types", EVERYONE),
    Row("api:activity_list", "GET", lambda w, c: "/api/v1/activities", EVERYONE),
    Row(
        "api:activity_create",
        "POST",
        a_type_to_plan,
        API_ORGANISERS,
        data={
            "type": "matrix-type",
            "communities": ["public-cop"],
            "title": {"en": "Matrix"},
            "starts_at": "2027-01-01T10:00:00+00:00",
            "ends_at": "2027-01-01T12:00:00+00:00",
        },
        json=True,
    ),
    Row(
        "api:activity_get",
        "GET",
        lambda w, c: f"/api/v1/activities/{an_activity(w, c)}",
        EVERYONE,
        "404 404 ok ok ok ok",
    ),
    Row(
        "api:activity_update",
        "PATCH",
        lambda w, c: f"/api/v1/activities/{an_activity(w, c)}",
        API_ORGANISERS,
        "404 404 403 ok 403 ok",
        data={"capacity": 30},
        json=True,
    ),
]
