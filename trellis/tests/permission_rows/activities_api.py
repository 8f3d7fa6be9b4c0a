"""Rows for the activities API operations that do what the planning, outcomes, catalogue and
calendar-feed pages' forms do."""

from typing import Any

from trellis.activities.models import (
    Activity,
    ActivityContributor,
    ActivityMaterial,
    ActivityStatus,
    ActivityType,
    CalendarFeed,
)
from trellis.activities.services.feeds import calendar_feed_create
from trellis.activities.tests.factories import ActivityFactory
from trellis.conftest import ROLES, World
from trellis.tests.permission_rows import Row

API_ORGANISERS = "401 403 403 ok 403 ok"
API_ORGANISERS_PRIVATE = "404 404 403 ok 403 ok"
API_SIGNED_IN = "401 ok ok ok ok ok"


def an_activity(world: World, community: Any) -> int:
    return ActivityFactory(communities=[community], status=ActivityStatus.HELD).pk


def a_contributor(world: World, community: Any) -> str:
    activity = ActivityFactory(communities=[community])
    contributor = ActivityContributor.objects.create(
        activity=activity, role="host", person=world.member
    )
    return f"/api/v1/activities/{activity.pk}/contributors/{contributor.pk}"


def everyone_has_a_feed(world: World, community: Any) -> str:
    for role in ROLES[1:]:
        calendar_feed_create(person=world.person(role))
    return "/api/v1/me/calendar-feed"


def active_feeds(world: World, community: Any) -> list[int]:
    return sorted(CalendarFeed.objects.filter(revoked_at__isnull=True).values_list("pk", flat=True))


ROWS = [
    Row(
        "api:activity_type_add",
        "POST",
        lambda w, c: "/api/v1/activity-types",
        "401 403 403 403 403 ok",
        data={"slug": "budget-hackathon", "name": {"en": "Budget hackathon"}},
        json=True,
        effect=lambda w, c: ActivityType.objects.filter(slug="budget-hackathon").exists(),
    ),
    Row(
        "api:activity_contributor_add",
        "POST",
        lambda w, c: f"/api/v1/activities/{an_activity(w, c)}/contributors",
        API_ORGANISERS,
        API_ORGANISERS_PRIVATE,
        data=lambda w, c: {"role": "host", "person_id": w.member.pk},
        json=True,
        effect=lambda w, c: ActivityContributor.objects.count(),
    ),
    Row(
        "api:activity_contributor_remove",
        "DELETE",
        a_contributor,
        API_ORGANISERS,
        API_ORGANISERS_PRIVATE,
        effect=lambda w, c: ActivityContributor.objects.count(),
    ),
    Row(
        "api:activity_outcomes_record",
        "PUT",
        lambda w, c: f"/api/v1/activities/{an_activity(w, c)}/outcomes",
        API_ORGANISERS,
        API_ORGANISERS_PRIVATE,
        data={
            "summary": {"en": "We compared **three** approaches.", "ru": "Сравнили три подхода."},
            "outputs": {"en": "A checklist"},
        },
        json=True,
        effect=lambda w, c: sorted(
            str(summary) for summary in Activity.objects.values_list("summary", flat=True)
        ),
    ),
    Row(
        "api:activity_material_add",
        "POST",
        lambda w, c: f"/api/v1/activities/{an_activity(w, c)}/materials",
        API_ORGANISERS,
        API_ORGANISERS_PRIVATE,
        data={"title": "Slides", "url": "https://example.org/slides.pdf"},
        json=True,
        effect=lambda w, c: ActivityMaterial.objects.count(),
    ),
    Row("api:calendar_feed_get", "GET", everyone_has_a_feed, API_SIGNED_IN),
    Row(
        "api:calendar_feed_create",
        "POST",
        lambda w, c: "/api/v1/me/calendar-feed",
        API_SIGNED_IN,
        json=True,
        effect=active_feeds,
    ),
    Row(
        "api:calendar_feed_revoke",
        "DELETE",
        everyone_has_a_feed,
        API_SIGNED_IN,
        effect=active_feeds,
    ),
]
