"""Following and unfollowing through the API: what may be followed is what the page allows."""

import pytest
from django.contrib.contenttypes.models import ContentType

from trellis.api.tests.client import error_of
from trellis.conversations.tests.factories import QuestionFactory
from trellis.core.api_schemas import MAX_OBJECT_ID
from trellis.notifications.models import Follow
from trellis.notifications.selectors import is_following

pytestmark = pytest.mark.django_db


def follow_url(kind, target_id):
    return f"/api/v1/me/follows/{kind}/{target_id}"


def test_a_member_follows_and_unfollows_a_question(api, world):
    question = QuestionFactory(community=world.public, author=world.convener)
    url = follow_url("conversations.question", question.pk)
    followed = api.post(url, person=world.member)
    assert followed.status_code == 200
    assert followed.json() == {
        "type": "conversations.question",
        "id": question.pk,
        "following": True,
    }
    assert api.post(url, person=world.member).status_code == 200
    assert Follow.objects.filter(person=world.member).count() == 1
    unfollowed = api.delete(url, person=world.member)
    assert unfollowed.json()["following"] is False
    assert not is_following(person=world.member, target=question)
    assert api.delete(url, person=world.member).status_code == 200


def test_the_api_and_the_page_follow_the_same_thing(api, client, world):
    api.post(follow_url("communities.community", world.public.pk), person=world.member)
    assert is_following(person=world.member, target=world.public)
    client.force_login(world.member)
    content_type = ContentType.objects.get_for_model(world.public)
    client.post(f"/follow/{content_type.pk}/{world.public.pk}/", {"action": "unfollow"})
    assert not is_following(person=world.member, target=world.public)


def test_visitors_are_asked_to_sign_in(api, world):
    for method in ("POST", "DELETE"):
        response = api.request(method, follow_url("communities.community", world.public.pk))
        assert response.status_code == 401
        assert error_of(response)["code"] == "not_authenticated"
    assert not Follow.objects.exists()


def test_what_one_may_not_see_is_not_there(api, world):
    """An outsider is told of a private community's question what they are told of none."""
    hidden = QuestionFactory(community=world.private, author=world.member)
    for target in (
        follow_url("conversations.question", hidden.pk),
        follow_url("communities.community", world.private.pk),
    ):
        for method in ("POST", "DELETE"):
            response = api.request(method, target, person=world.outsider)
            assert response.status_code == 404
            assert error_of(response) == {
                "code": "not_found",
                "message": "Not found.",
                "fields": {},
            }
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    ("kind", "target_id"),
    [
        ("accounts.user", "1"),  # a model nobody registered as followable
        ("notifications.follow", "1"),
        ("no_such.model", "1"),
        ("communities.community", str(MAX_OBJECT_ID)),
    ],
)
def test_what_cannot_be_followed_is_not_found(api, world, kind, target_id):
    response = api.post(follow_url(kind, target_id), person=world.admin)
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    ("kind", "target_id"),
    [
        ("communities", "1"),
        ("Communities.Community", "1"),
        ("a." + "b" * 200, "1"),
        ("communities.community", "0"),
        ("communities.community", str(MAX_OBJECT_ID + 1)),
        ("communities.community", "one"),
    ],
)
def test_a_malformed_address_is_a_422(api, world, kind, target_id):
    response = api.post(follow_url(kind, target_id), person=world.member)
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_error"
