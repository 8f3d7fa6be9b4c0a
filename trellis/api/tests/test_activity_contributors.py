"""Naming and removing an activity's hosts, speakers and facilitators through the API."""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import ActivityContributor
from trellis.activities.tests.factories import ActivityFactory
from trellis.api.tests.client import error_of
from trellis.communities.models import TransactionalParticipant
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.core.api_schemas import MAX_OBJECT_ID

pytestmark = pytest.mark.django_db


def contributors_url(activity):
    return f"/api/v1/activities/{activity.pk}/contributors"


def test_convener_names_a_member_and_the_activity_shows_them(api, world):
    activity = ActivityFactory(communities=[world.public])
    response = api.post(
        contributors_url(activity),
        {"role": "speaker", "person_id": world.member.pk},
        person=world.convener,
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["role"] == "speaker"
    assert body["person_id"] == world.member.pk
    assert body["full_name"] == "Member Person"
    detail = api.get(f"/api/v1/activities/{activity.pk}", person=world.member).json()
    assert detail["contributors"] == [body]


def test_an_invited_outsider_is_named_without_their_email(api, world):
    activity = ActivityFactory(communities=[world.public])
    response = api.post(
        contributors_url(activity),
        {
            "role": "host",
            "guest": {
                "full_name": "Ana Guest",
                "organisation": "Ministry of Finance",
                "email": "ana@example.org",
            },
        },
        person=world.convener,
    )
    assert response.status_code == 201, response.json()
    assert response.json()["full_name"] == "Ana Guest"
    assert response.json()["person_id"] is None
    guest = TransactionalParticipant.objects.get()
    assert (guest.community, guest.email) == (world.public, "ana@example.org")
    for answer in (response, api.get(f"/api/v1/activities/{activity.pk}", person=world.member)):
        assert b"ana@example.org" not in answer.content
        assert b"Ministry" not in answer.content


def test_convener_removes_a_contributor(api, world):
    activity = ActivityFactory(communities=[world.public])
    contributor = ActivityContributor.objects.create(
        activity=activity, role="host", person=world.member
    )
    response = api.delete(f"{contributors_url(activity)}/{contributor.pk}", person=world.convener)
    assert response.status_code == 204
    assert not ActivityContributor.objects.exists()


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_those_who_run_it_name_or_remove_contributors(api, world, role, status, code):
    activity = ActivityFactory(communities=[world.public])
    contributor = ActivityContributor.objects.create(
        activity=activity, role="host", person=world.member
    )
    person = world.person(role)
    added = api.post(
        contributors_url(activity), {"role": "host", "person_id": world.member.pk}, person=person
    )
    removed = api.delete(f"{contributors_url(activity)}/{contributor.pk}", person=person)
    for response in (added, removed):
        assert response.status_code == status
        assert error_of(response)["code"] == code
    assert list(ActivityContributor.objects.all()) == [contributor]


def test_a_private_activity_is_not_there_for_outsiders(api, world):
    activity = ActivityFactory(communities=[world.private])
    response = api.post(
        contributors_url(activity),
        {"role": "host", "person_id": world.member.pk},
        person=world.outsider,
    )
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_the_member_refused_is_not_told_who_exists(api, world):
    """Someone who may not run the activity is refused before the person is looked up."""
    activity = ActivityFactory(communities=[world.public])
    for person_id in (world.convener.pk, MAX_OBJECT_ID):
        response = api.post(
            contributors_url(activity),
            {"role": "host", "person_id": person_id},
            person=world.member,
        )
        assert error_of(response)["code"] == "permission_denied"


def test_only_members_of_the_communities_the_convener_sees_may_be_named(api, world):
    hidden = CommunityFactory(code="HID", slug="hidden", visibility="private")
    stranger = UserFactory(full_name="Hidden Member")
    MembershipFactory(community=hidden, person=stranger)
    activity = ActivityFactory(communities=[world.public, hidden])
    for person_id in (stranger.pk, world.outsider.pk, MAX_OBJECT_ID):
        response = api.post(
            contributors_url(activity),
            {"role": "host", "person_id": person_id},
            person=world.convener,
        )
        assert response.status_code == 422
        assert error_of(response)["fields"] == {
            "person_id": ["Choose a member of the activity's communities."]
        }
    assert not ActivityContributor.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"role": "host"}, "__all__"),
        ({"role": "host", "person_id": 1, "guest": {"full_name": "Both"}}, "__all__"),
        ({"role": "chair", "person_id": 1}, "role"),
        ({"role": None, "person_id": 1}, "role"),
        ({"role": "host", "person_id": MAX_OBJECT_ID + 1}, "person_id"),
        ({"role": "host", "person_id": "one"}, "person_id"),
        ({"role": "host", "guest": {"full_name": ""}}, "guest.full_name"),
        ({"role": "host", "guest": {"full_name": "x" * 201}}, "guest.full_name"),
        ({"role": "host", "guest": {"full_name": "Two\nlines"}}, "guest.full_name"),
        ({"role": "host", "guest": {"full_name": "Ana", "email": None}}, "guest.email"),
        ({"role": "host", "guest": {"full_name": "Ana", "email": "e" * 300}}, "guest.email"),
        ({"role": "host", "guest": {"full_name": "Ana", "email": "not-an-address"}}, "email"),
        ({"role": "host", "guest": {"full_name": "Ana", "phone": "1"}}, "guest.phone"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(api, world, body, field):
    activity = ActivityFactory(communities=[world.public])
    response = api.post(contributors_url(activity), body, person=world.convener)
    assert response.status_code == 422, response.json()
    assert field in error_of(response)["fields"], error_of(response)
    assert not ActivityContributor.objects.exists()
    assert not TransactionalParticipant.objects.exists()


@pytest.mark.parametrize("contributor_id", ["0", str(MAX_OBJECT_ID + 1), "x"])
def test_a_contributor_id_that_names_nothing_is_a_4xx(api, world, contributor_id):
    activity = ActivityFactory(communities=[world.public])
    response = api.delete(f"{contributors_url(activity)}/{contributor_id}", person=world.convener)
    assert response.status_code in {404, 422}
    error_of(response)


def test_a_contributor_of_another_activity_is_not_found(api, world):
    activity, other = ActivityFactory.create_batch(2, communities=[world.public])
    contributor = ActivityContributor.objects.create(
        activity=other, role="host", person=world.member
    )
    response = api.delete(f"{contributors_url(activity)}/{contributor.pk}", person=world.convener)
    assert response.status_code == 404
    assert ActivityContributor.objects.filter(pk=contributor.pk).exists()
