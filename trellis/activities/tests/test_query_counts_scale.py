"""The activities pages and API reads that the shared query-count test does not cover run the
same number of queries on a small network and on one with ten times the rows, for every role
(issue #9, point 4): a community's calendar and month, the archive of past activities, the API
list of one community and the API's activity detail.

It reuses the shared scene (`trellis/tests/test_query_counts_scale.py`): the same rows of every
kind, plus past activities for the archive, in the public community, in the private one and as
drafts.
"""

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from trellis.activities.models import ActivityStatus, Registration, RegistrationAnswer
from trellis.activities.tests.factories import ActivityFactory, ActivityTypeFactory
from trellis.tests.test_query_counts_scale import (
    ROLES,
    Scene,
    Target,
    activity_start,
    queries_stay_flat,
    scene_build,
)

pytestmark = pytest.mark.django_db


def grow_past(scene: Scene, rows: int) -> None:
    """Past activities of both communities (and drafts), each with a registration; the latest
    added ended most recently, so it heads the archive's first page."""
    world = scene.world
    now = timezone.now()
    for _ in range(rows):
        n = next(scene.serial)
        for home in (world.public, world.private):
            activity = ActivityFactory(
                activity_type=ActivityTypeFactory(slug="workshop"),
                communities=[home],
                starts_at=now - timedelta(days=30) + timedelta(minutes=n),
                title={"en": f"Past workshop {n} {home.code}", "ru": f"Прошедший {n}"},
            )
            Registration.objects.create(
                activity=activity, person=world.member, answer=RegistrationAnswer.YES
            )
            ActivityFactory(
                activity_type=ActivityTypeFactory(slug="workshop"),
                communities=[home],
                status=ActivityStatus.DRAFT,
                starts_at=now - timedelta(days=40) + timedelta(minutes=n),
            )
        scene.shown["past"] = f"Past workshop {n} PUB"


def community_month_url(scene: Scene) -> str:
    slug = scene.world.public.slug
    return reverse("activities:community_month", args=[slug]) + f"?month={activity_start():%Y-%m}"


TARGETS = [
    Target(
        "community activities",
        lambda s: reverse("activities:community_calendar", args=[s.world.public.slug]),
        "activity",
    ),
    Target("community month", community_month_url, "activity"),
    Target("past activities", lambda s: reverse("activities:calendar") + "?past=1", "past"),
    Target(
        "past activities of a community",
        lambda s: reverse("activities:community_calendar", args=[s.world.public.slug]) + "?past=1",
        "past",
    ),
    Target(
        "api activities of a community",
        lambda s: f"/api/v1/activities?community={s.world.public.slug}",
        "activity",
    ),
    Target("api activity detail", lambda s: f"/api/v1/activities/{s.activity.pk}", "actor"),
]


def grow(scene: Scene, rows: int) -> None:
    scene.grow(rows)
    grow_past(scene, rows)


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_activity_queries_do_not_grow_with_the_data(world: Any, client: Any, target: Target):
    scene = scene_build(world)
    queries_stay_flat(
        client, scene, target, grow=lambda rows: grow(scene, rows), must_answer=tuple(ROLES)
    )
