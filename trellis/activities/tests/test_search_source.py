"""Activities as the search finds them: texts in both languages, and who finds them, by the
calendar's own rule (`activity_visible_filter`)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.activities.models import ActivityStatus
from trellis.activities.search_source import activity_source
from trellis.activities.services.planning import activity_outcomes_record, activity_update
from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.models import Visibility
from trellis.communities.services import community_update
from trellis.search.sources import Audience
from trellis.tests.search_index import audience_admits

pytestmark = pytest.mark.django_db


def activities(world):
    return {
        "public": ActivityFactory(communities=[world.public]),
        "private": ActivityFactory(communities=[world.private]),
        "boundary": ActivityFactory(communities=[world.public, world.private]),
        "draft": ActivityFactory(communities=[world.public], status=ActivityStatus.DRAFT),
        "cancelled": ActivityFactory(communities=[world.private], status=ActivityStatus.CANCELLED),
    }


def test_an_activity_is_indexed_in_both_languages(world):
    activity = ActivityFactory(
        communities=[world.public],
        title={"en": "Programme budgeting workshop", "ru": "Семинар по программному бюджету"},
        description={"en": "Linking budgets to results", "ru": "Связь бюджета с результатами"},
        summary={"ru": "Мы договорились о показателях"},
        country="AM",
    )

    (document,) = activity_source.documents(ids=[activity.pk])

    assert "Programme budgeting workshop" in document.title
    assert "Семинар по программному бюджету" in document.title
    for text in (
        "Linking budgets to results",
        "Связь бюджета с результатами",
        "Мы договорились о показателях",
        "Армения",
    ):
        assert text in document.body
    assert document.url == f"/activities/{activity.pk}/"
    assert document.audience == Audience.PUBLIC
    assert document.community_ids == (world.public.pk,)
    assert document.date is not None


def test_each_activity_gets_the_audience_of_its_communities(world):
    found = activities(world)
    documents = {
        doc.object_id: doc
        for doc in activity_source.documents(ids=[each.pk for each in found.values()])
    }

    assert documents[found["public"].pk].audience == Audience.PUBLIC
    assert documents[found["boundary"].pk].audience == Audience.PUBLIC
    assert documents[found["private"].pk].audience == Audience.MEMBERS
    assert documents[found["private"].pk].community_ids == (world.private.pk,)
    assert documents[found["cancelled"].pk].audience == Audience.MEMBERS
    assert found["draft"].pk not in documents


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("visitor", {"public", "boundary"}),
        ("outsider", {"public", "boundary"}),
        ("member", {"public", "boundary", "private", "cancelled"}),
    ],
)
def test_the_audience_admits_whom_the_calendar_shows(world, role, shown):
    found = activities(world)
    ids = [each.pk for each in found.values()]

    admitted = {
        doc.object_id
        for doc in activity_source.documents(ids=ids)
        if audience_admits(doc, world.person(role))
    }

    expected = {found[name].pk for name in shown}
    assert admitted == expected
    viewer = world.person(role) or AnonymousUser()
    assert activity_source.visible_ids(viewer=viewer, ids=ids) == expected


def test_indexing_activities_takes_the_same_queries_for_few_or_many(
    world, django_assert_max_num_queries
):
    ActivityFactory.create_batch(3, communities=[world.public])
    with django_assert_max_num_queries(3) as few:
        list(activity_source.documents())
    ActivityFactory.create_batch(20, communities=[world.public, world.private])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(list(activity_source.documents())) == 23


def test_planning_reporting_and_a_community_turning_private_ask_to_reindex(
    world, search_index_requests, django_capture_on_commit_callbacks
):
    activity = ActivityFactory(communities=[world.public])
    with django_capture_on_commit_callbacks(execute=True):
        activity_update(actor=world.convener, activity=activity, city="Yerevan")
    with django_capture_on_commit_callbacks(execute=True):
        activity_outcomes_record(
            actor=world.convener, activity=activity, summary={"en": "We agreed"}
        )
    with django_capture_on_commit_callbacks(execute=True):
        community_update(actor=world.admin, community=world.public, visibility=Visibility.PRIVATE)

    assert [request for request in search_index_requests if request[0] == "activity"] == [
        ("activity", [activity.pk]),
        ("activity", [activity.pk]),
        ("activity", [activity.pk]),
    ]
