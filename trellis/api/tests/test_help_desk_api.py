"""The help desk through the API: the unanswered queue, waiting longest first, and its figures
(share answered, answered within 72 hours, median time to a first answer), the same as the
help desk page shows."""

from datetime import timedelta

import pytest
from django.utils import timezone

from trellis.api.tests.client import error_of
from trellis.conversations.models import Question
from trellis.conversations.tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


def refused(response, status, code):
    assert response.status_code == status, response.content
    assert error_of(response)["code"] == code


NOW = timezone.now().replace(microsecond=0)


def asked(community, *, days_ago, answered_after_hours=None, **fields):
    question = QuestionFactory(community=community, **fields)
    created = NOW - timedelta(days=days_ago)
    first = created + timedelta(hours=answered_after_hours) if answered_after_hours else None
    Question.objects.filter(pk=question.pk).update(created_at=created, first_answered_at=first)
    return question


def test_the_figures_are_those_of_the_help_desk_page(api, world, client):
    asked(world.public, days_ago=30, answered_after_hours=2)
    asked(world.public, days_ago=20, answered_after_hours=48)
    asked(world.public, days_ago=10, answered_after_hours=100)
    asked(world.public, days_ago=5)
    asked(world.private, days_ago=3, answered_after_hours=1)

    response = api.get("/api/v1/questions/figures?community=public-cop", person=world.member)

    assert response.status_code == 200
    figures = response.json()
    assert figures["community"] == "public-cop"
    assert (figures["asked"], figures["answered"], figures["answered_quickly"]) == (4, 3, 2)
    assert figures["share_answered"] == 0.75
    assert figures["share_answered_quickly"] == 0.5
    assert figures["median_hours"] == 48
    client.force_login(world.member)
    page = client.get("/communities/public-cop/questions/unanswered/").content.decode()
    assert "75%" in page and "50%" in page and "48.0" in page
    network = api.get("/api/v1/questions/figures", person=world.sponsor).json()
    assert network["community"] is None and network["asked"] == 4


def test_figures_of_a_quiet_help_desk_are_null_not_an_error(api, world):
    figures = api.get("/api/v1/questions/figures?community=public-cop").json()
    assert figures["asked"] == 0
    assert figures["share_answered"] is None and figures["median_hours"] is None


def test_the_unanswered_queue_waits_longest_first(api, world):
    asked(world.public, days_ago=2, title="Recent")
    asked(world.public, days_ago=9, title="Oldest")
    asked(world.public, days_ago=4, answered_after_hours=1, title="Answered")
    asked(world.public, days_ago=8, title="Locked", locked=True)
    asked(world.private, days_ago=7, title="Private")

    public = api.get("/api/v1/questions/unanswered?community=public-cop", person=world.sponsor)
    everywhere = api.get("/api/v1/questions/unanswered", person=world.member)

    assert [item["title"] for item in public.json()["items"]] == ["Oldest", "Recent"]
    assert [item["title"] for item in everywhere.json()["items"]] == ["Oldest", "Private", "Recent"]


@pytest.mark.parametrize("path", ["/api/v1/questions/figures", "/api/v1/questions/unanswered"])
@pytest.mark.parametrize(
    ("role", "community", "status", "code"),
    [
        ("outsider", "private-cop", 404, "not_found"),
        ("sponsor", "private-cop", 403, "permission_denied"),
        ("member", "no-such-cop", 404, "not_found"),
        ("member", "x" * 41, 422, "validation_error"),
        ("member", "x" * 10_000, 422, "validation_error"),
    ],
)
def test_the_help_desk_of_a_community_one_may_not_read(
    api, world, path, role, community, status, code
):
    response = api.get(f"{path}?community={community}", person=world.person(role))
    refused(response, status, code)
