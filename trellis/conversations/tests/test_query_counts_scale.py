"""The conversation pages and API lists that the shared scale test does not cover run the same
number of queries for every role on a small network and on one with ten times the rows
(issue #9, point 4). The scene, its growth and the check are the shared ones."""

import pytest
from django.urls import reverse

from trellis.tests.test_query_counts_scale import Target, queries_stay_flat, scene_build

pytestmark = pytest.mark.django_db

TARGETS = [
    Target(
        "community questions",
        lambda s: reverse("conversations:community_questions", args=[s.world.public.slug]),
        "question",
    ),
    Target(
        "questions on a topic",
        lambda s: reverse("conversations:question_list") + "?topic=scale-topic-0&status=answered",
    ),
    Target("unanswered questions", lambda s: reverse("conversations:question_unanswered")),
    Target(
        "community unanswered questions",
        lambda s: reverse("conversations:community_unanswered", args=[s.world.public.slug]),
    ),
    Target(
        "api community questions",
        lambda s: f"/api/v1/questions?community={s.world.public.slug}",
        "question",
    ),
    Target("api unanswered questions", lambda s: "/api/v1/questions/unanswered"),
    Target("api answer figures", lambda s: "/api/v1/questions/figures"),
    Target("api question", lambda s: f"/api/v1/questions/{s.question.pk}"),
    Target("api answers", lambda s: f"/api/v1/questions/{s.question.pk}/answers", "answer"),
    Target(
        "api community discussions",
        lambda s: f"/api/v1/discussions?community={s.world.public.slug}",
        "discussion",
    ),
    Target("api peer assists", lambda s: "/api/v1/peer-assists", "assist"),
]


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_conversation_queries_do_not_grow_with_the_data(world, client, target):
    queries_stay_flat(client, scene_build(world), target)
