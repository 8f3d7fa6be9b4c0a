"""A past activity's page is its record: what came out, the materials and who took part."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import ActivityMaterial, ActivityStatus, Attendance
from trellis.communities.models import TransactionalParticipant
from trellis.tests.queries import cold_queries, warm_up

from .factories import ActivityFactory

pytestmark = pytest.mark.django_db

NO_OUTCOMES = "The conveners have not recorded outcomes yet."
NO_MATERIALS = "No materials have been shared yet."
NO_ATTENDANCE = "Attendance has not been recorded."


def past(world, **fields):
    """An activity that ended two days ago, still open for registration as nobody closed it."""
    starts_at = timezone.now() - timedelta(days=2, hours=3)
    return ActivityFactory(
        communities=[world.public],
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        **fields,
    )


def page_as(client, world, role, activity, language="en"):
    client.logout()
    if world.person(role):
        client.force_login(world.person(role))
    response = client.get(
        reverse("activities:detail", args=[activity.pk]), headers={"accept-language": language}
    )
    assert response.status_code == 200
    return response.content.decode()


def recorded(world, activity):
    """The member and the convener took part, with a guest who has no account."""
    guest = TransactionalParticipant.objects.create(
        community=world.public, full_name="Guest Speaker Name"
    )
    for person in (world.member, world.convener):
        Attendance.objects.create(activity=activity, person=person)
    Attendance.objects.create(activity=activity, guest=guest)
    activity.summary = {"en": "We agreed on a **common template**."}
    activity.save(update_fields=["summary"])
    ActivityMaterial.objects.create(
        activity=activity, title="Slides on debt", url="https://example.org/slides"
    )


@pytest.mark.parametrize("role", ["visitor", "member", "convener"])
def test_a_past_activity_without_a_record_says_what_is_missing(client, world, role):
    activity = past(world)
    page = page_as(client, world, role, activity)
    assert "Registration is not open." not in page
    assert "Will you take part?" not in page and "Log in to register" not in page
    assert "Add to my calendar" not in page
    for heading in ("What came out", "Materials", "Who took part"):
        assert heading in page
    for empty in (NO_OUTCOMES, NO_MATERIALS, NO_ATTENDANCE):
        assert empty in page
    assert ("Record what came out" in page) == (role == "convener")


def test_a_past_activity_with_a_record_shows_names_to_members_and_a_count_to_visitors(
    client, world
):
    activity = past(world)
    recorded(world, activity)

    visitor = page_as(client, world, "visitor", activity)
    assert "3 people took part." in visitor
    assert "Member Person" not in visitor
    assert "Members of the community see who took part." in visitor
    assert "common template" in visitor and "Slides on debt" in visitor
    for empty in (NO_OUTCOMES, NO_MATERIALS, NO_ATTENDANCE):
        assert empty not in visitor

    for role in ("member", "convener"):
        page = page_as(client, world, role, activity)
        assert "3 people took part." in page
        assert "Member Person" in page and "Convener Person" in page
        assert "…and 1 more." in page
        # A guest gave their name to the conveners only.
        assert "Guest Speaker Name" not in page
        assert "Registration is not open." not in page


def test_an_activity_marked_held_is_a_record_before_its_end(client, world):
    activity = ActivityFactory(communities=[world.public], status=ActivityStatus.HELD)
    page = page_as(client, world, "member", activity)
    assert NO_ATTENDANCE in page
    assert "Registration is not open." not in page


def test_a_cancelled_past_activity_stays_cancelled(client, world):
    activity = past(world, status=ActivityStatus.CANCELLED)
    page = page_as(client, world, "member", activity)
    assert "This activity has been cancelled." in page
    assert "Who took part" not in page


def test_an_upcoming_activity_keeps_its_registration_box(client, world):
    activity = ActivityFactory(communities=[world.public])
    page = page_as(client, world, "member", activity)
    assert "Will you take part?" in page
    assert "Who took part" not in page and NO_OUTCOMES not in page


def test_the_record_is_in_russian(client, world):
    activity = past(world)
    page = page_as(client, world, "visitor", activity, language="ru")
    with override("ru"):
        assert "Координаторы ещё не записали итоги." in page
        assert "Посещаемость не отмечена." in page


def test_the_participants_cost_the_same_queries_however_many(client, world):
    activity = past(world)
    url = reverse("activities:detail", args=[activity.pk])
    client.force_login(world.member)
    counts = []
    for _ in range(2):
        for _ in range(4):
            Attendance.objects.create(activity=activity, person=UserFactory())
        warm_up(client, url)
        with cold_queries() as context:
            assert client.get(url).status_code == 200
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
