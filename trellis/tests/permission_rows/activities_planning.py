"""Rows for the activity catalogue and planning pages, and the activities API."""

import zoneinfo
from datetime import timedelta
from typing import Any

from django.utils import timezone

from trellis.activities.models import Activity, ActivityContributor, ActivityStatus, ActivityType
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


LOCAL = "%Y-%m-%dT%H:%M"
LJUBLJANA = zoneinfo.ZoneInfo("Europe/Ljubljana")


def plan(activity_type: Any, **fields: Any) -> dict[str, Any]:
    """The planning form as a convener fills it in: a workshop next month, in Ljubljana time."""
    day = (timezone.now() + timedelta(days=30)).astimezone(LJUBLJANA).date()
    return {
        "activity_type": activity_type.pk,
        "title_en": "Spending reviews in practice",
        "title_ru": "Обзоры расходов на практике",
        "formality": "formal",
        "mode": "in_person",
        "country": "SI",
        "city": "Ljubljana",
        "timezone": "Europe/Ljubljana",
        "starts_at": f"{day.isoformat()}T09:30",
        "ends_at": f"{day.isoformat()}T17:00",
        "languages": ["en", "ru"],
        "status": "open",
        **fields,
    }


def new_plan(world: World, community: Any) -> dict[str, Any]:
    return plan(ActivityTypeFactory(), communities=[community.pk])


def the_activity(community: Any) -> Activity:
    """The one activity the row's path made in the community."""
    return Activity.objects.filter(communities=community).latest("pk")


def replanned(world: World, community: Any) -> dict[str, Any]:
    activity = the_activity(community)
    return plan(activity.activity_type, communities=[community.pk], status=activity.status)


def a_session(world: World, community: Any) -> dict[str, Any]:
    """A workshop of an hour inside the plenary, typed to the minute."""
    plenary = the_activity(community)
    starts = plenary.starts_at.astimezone(LJUBLJANA) + timedelta(minutes=1)
    return plan(
        plenary.activity_type,
        title_en="Workshop A: fiscal risks",
        starts_at=starts.strftime(LOCAL),
        ends_at=(starts + timedelta(hours=1)).strftime(LOCAL),
    )


def activity_titles(world: World, community: Any) -> list[Any]:
    return sorted(str(title) for title in Activity.objects.values_list("title", flat=True))


ROWS = [
    Row("activities:catalogue", "GET", lambda w, c: "/activities/types/", EVERYONE),
    Row(
        "activities:type_create",
        "GET",
        lambda w, c: "/activities/types/new/",
        "login 403 403 403 403 ok",
    ),
    Row(
        "activities:type_create",
        "POST",
        lambda w, c: "/activities/types/new/",
        "login 403 403 403 403 ok",
        data={
            "slug": "budget-hackathon",
            "name_en": "Budget hackathon",
            "name_ru": "Бюджетный хакатон",
            "formats": ["workshop"],
            "orientations": ["projects", "relationships"],
        },
        effect=lambda w, c: ActivityType.objects.filter(slug="budget-hackathon").exists(),
    ),
    Row("activities:create", "GET", lambda w, c: "/activities/new/", "login 403 403 ok 403 ok"),
    # Planned in the public community, then in the private one.
    Row(
        "activities:create",
        "POST",
        lambda w, c: "/activities/new/",
        "login 403 403 ok 403 ok",
        "login 403 403 ok 403 ok",
        data=new_plan,
        effect=activity_titles,
    ),
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
        "activities:edit",
        "POST",
        lambda w, c: f"/activities/{an_activity(w, c)}/edit/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
        data=replanned,
        effect=activity_titles,
    ),
    Row(
        "activities:session_create",
        "GET",
        lambda w, c: f"/activities/{an_activity(w, c)}/sessions/new/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
    ),
    Row(
        "activities:session_create",
        "POST",
        lambda w, c: f"/activities/{an_activity(w, c)}/sessions/new/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
        data=a_session,
        effect=lambda w, c: Activity.objects.filter(parent__isnull=False).count(),
    ),
    Row(
        "activities:contributors",
        "GET",
        lambda w, c: f"/activities/{an_activity(w, c)}/people/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
    ),
    Row(
        "activities:contributors",
        "POST",
        lambda w, c: f"/activities/{an_activity(w, c)}/people/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
        data=lambda w, c: {"role": "host", "person": w.member.pk},
        effect=lambda w, c: ActivityContributor.objects.count(),
    ),
    Row("activities:contributor_remove", "POST", a_contributor, ORGANISERS, ORGANISERS_PRIVATE),
    Row(
        "activities:outcomes",
        "GET",
        lambda w, c: f"/activities/{an_activity(w, c)}/outcomes/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
    ),
    Row(
        "activities:outcomes",
        "POST",
        lambda w, c: f"/activities/{an_activity(w, c)}/outcomes/",
        ORGANISERS,
        ORGANISERS_PRIVATE,
        data={
            "outcomes-summary_en": "We compared **three** approaches.",
            "outcomes-summary_ru": "Сравнили три подхода.",
            "outcomes-outputs_en": "A checklist",
            "outcomes-follow_ups_en": "Survey in June",
        },
        effect=lambda w, c: the_activity(c).summary,
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
