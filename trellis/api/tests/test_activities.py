"""Activity types and activities through the API."""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import Activity, ActivityStatus
from trellis.activities.tests.factories import (
    ActivityFactory,
    ActivityTypeFactory,
    AgendaItemFactory,
)
from trellis.api.tests.client import error_of
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory

pytestmark = pytest.mark.django_db


def new_activity(world, **fields):
    ActivityTypeFactory(slug="webinar-type")
    return {
        "type": "webinar-type",
        "communities": [world.public.slug],
        "title": {"en": "Cash forecasting", "ru": "Прогнозирование ликвидности"},
        "mode": "online",
        "online_url": "https://meet.example.org/cash",
        "starts_at": "2027-02-03T10:00:00+01:00",
        "ends_at": "2027-02-03T12:00:00+01:00",
        "timezone": "Europe/Ljubljana",
        "languages": ["en", "ru"],
        "status": "open",
        **fields,
    }


def test_catalogue_lists_every_type_and_filters_by_orientation(api, db):
    every = api.get("/api/v1/activity-types").json()
    assert len(every) >= 29
    relationships = api.get("/api/v1/activity-types?orientation=relationships").json()
    assert relationships and all("relationships" in t["orientations"] for t in relationships)
    assert len(relationships) < len(every)


def test_convener_plans_and_changes_an_activity(api, world):
    created = api.post("/api/v1/activities", new_activity(world), person=world.convener)
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["communities"] == [world.public.slug]
    assert body["online_url"] == "https://meet.example.org/cash"
    changed = api.patch(
        f"/api/v1/activities/{body['id']}",
        {"capacity": 25, "status": "closed"},
        person=world.convener,
    )
    assert changed.status_code == 200
    assert changed.json()["capacity"] == 25
    assert Activity.objects.get().sequence == 1


def test_online_link_is_only_for_registrants_and_organisers(api, world):
    activity = ActivityFactory(communities=[world.public], online_url="https://meet.example.org/x")
    assert (
        api.get(f"/api/v1/activities/{activity.pk}", person=world.member).json()["online_url"] == ""
    )
    assert (
        api.get(f"/api/v1/activities/{activity.pk}", person=world.convener).json()["online_url"]
        == "https://meet.example.org/x"
    )


def test_member_cannot_plan(api, world):
    response = api.post("/api/v1/activities", new_activity(world), person=world.member)
    assert response.status_code == 403


def test_invalid_activity_gets_field_errors(api, world):
    response = api.post(
        "/api/v1/activities",
        new_activity(world, ends_at="2027-02-03T09:00:00+01:00", type="no-such-type"),
        person=world.convener,
    )
    assert response.status_code == 422
    assert "type" in error_of(response)["fields"]
    naive = api.post(
        "/api/v1/activities",
        new_activity(world, starts_at="2027-02-03T10:00:00"),
        person=world.convener,
    )
    assert naive.status_code == 422


def test_end_before_start_is_refused(api, world):
    response = api.post(
        "/api/v1/activities",
        new_activity(world, ends_at="2027-02-03T09:00:00+01:00"),
        person=world.convener,
    )
    assert response.status_code == 422


def test_list_filters_and_hides_private_and_drafts(api, world):
    public = ActivityFactory(communities=[world.public], country="MD", languages=["ru"])
    ActivityFactory(communities=[world.private])
    ActivityFactory(communities=[world.public], status=ActivityStatus.DRAFT)
    visitor = api.get("/api/v1/activities").json()
    assert [item["id"] for item in visitor["items"]] == [public.pk]
    by_country = api.get("/api/v1/activities?country=AL").json()
    assert by_country["items"] == []
    by_language = api.get("/api/v1/activities?language=ru").json()
    assert [item["id"] for item in by_language["items"]] == [public.pk]
    member = api.get("/api/v1/activities", person=world.member).json()
    assert len(member["items"]) == 2
    private_filter = api.get(f"/api/v1/activities?community={world.private.slug}")
    assert private_filter.status_code == 404


def test_private_activity_is_404_for_outsiders(api, world):
    activity = ActivityFactory(communities=[world.private])
    assert api.get(f"/api/v1/activities/{activity.pk}", person=world.outsider).status_code == 404
    assert api.get(f"/api/v1/activities/{activity.pk}", person=world.member).status_code == 200


# A boundary activity of a public and a private community, as every role asks for it.

SEES_PRIVATE = {
    "visitor": False,
    "outsider": False,
    "public_member": False,
    "member": True,
    "convener": True,
    "sponsor": True,
    "admin": True,
}


def boundary_activity(world):
    activity = ActivityFactory(communities=[world.public, world.private])
    open_item = AgendaItemFactory(community=world.public)
    private_item = AgendaItemFactory(community=world.private)
    activity.agenda_items.set([open_item, private_item])
    return activity, open_item, private_item


def asking(world, role):
    if role != "public_member":
        return world.person(role)
    person = UserFactory()
    MembershipFactory(community=world.public, person=person)
    return person


@pytest.mark.parametrize("role", SEES_PRIVATE)
def test_an_activity_names_only_the_communities_the_asker_may_see(api, world, role):
    activity, open_item, private_item = boundary_activity(world)
    person = asking(world, role)
    if SEES_PRIVATE[role]:
        communities = [world.private.slug, world.public.slug]
        items = {open_item.pk, private_item.pk}
    else:
        communities, items = [world.public.slug], {open_item.pk}

    detail = api.get(f"/api/v1/activities/{activity.pk}", person=person)
    assert detail.status_code == 200
    assert detail.json()["communities"] == communities
    assert set(detail.json()["agenda_items"]) == items
    assert (world.private.slug in detail.content.decode()) == SEES_PRIVATE[role]

    for query in ("", f"?community={world.public.slug}"):
        [listed] = api.get(f"/api/v1/activities{query}", person=person).json()["items"]
        assert listed["communities"] == communities
        assert set(listed["agenda_items"]) == items


def test_the_list_runs_the_same_queries_for_few_and_many_boundary_activities(
    api, world, django_assert_max_num_queries
):
    outsider_of_private = asking(world, "public_member")

    def add(count):
        for _ in range(count):
            boundary_activity(world)

    add(2)
    with django_assert_max_num_queries(30) as few:
        api.get("/api/v1/activities", person=outsider_of_private)
    add(8)
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = api.get("/api/v1/activities", person=outsider_of_private).json()
    assert body["count"] == 10
    assert {item["id"] for item in body["items"]} == set(
        Activity.objects.values_list("pk", flat=True)
    )
    assert {slug for item in body["items"] for slug in item["communities"]} == {world.public.slug}


def test_a_convener_of_the_public_community_cannot_drop_the_private_one(api, world):
    activity, _open_item, private_item = boundary_activity(world)
    convener = asking(world, "public_member")
    RoleAssignmentFactory(community=world.public, person=convener)

    response = api.patch(
        f"/api/v1/activities/{activity.pk}",
        {"communities": [world.public.slug], "agenda_items": [], "capacity": 30},
        person=convener,
    )

    assert response.status_code == 200, response.json()
    assert response.json()["communities"] == [world.public.slug]
    assert response.json()["agenda_items"] == []
    assert set(activity.communities.all()) == {world.public, world.private}
    assert list(activity.agenda_items.all()) == [private_item]


@pytest.mark.parametrize(("role", "sees_draft"), [("member", False), ("convener", True)])
def test_an_activity_lists_only_the_sessions_the_viewer_may_see(api, world, role, sees_draft):
    activity = ActivityFactory(communities=[world.public])
    shown = ActivityFactory(communities=[world.public], parent=activity)
    draft = ActivityFactory(
        communities=[world.public], parent=activity, status=ActivityStatus.DRAFT
    )

    body = api.get(f"/api/v1/activities/{activity.pk}", person=world.person(role)).json()

    assert set(body["sessions"]) == ({shown.pk, draft.pk} if sees_draft else {shown.pk})


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "The end must not be before the start."), ("ru", "Окончание не может")],
)
def test_end_before_start_is_explained_in_the_readers_language(api, world, language, expected):
    response = api.post(
        "/api/v1/activities",
        new_activity(world, ends_at="2027-02-03T09:00:00+01:00"),
        person=world.convener,
        language=language,
    )
    assert response.status_code == 422
    text = str(error_of(response))
    assert expected in text
    assert "activity_ends_after_start" not in text
