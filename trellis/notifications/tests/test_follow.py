"""Following: the button, the toggle (htmx and plain POST), and who may follow what."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.template import Context, Template
from django.test import RequestFactory

from trellis.accounts.models import User
from trellis.accounts.tests.factories import ExpertiseTopicFactory
from trellis.notifications.models import Follow
from trellis.notifications.selectors import followers_of, is_following
from trellis.notifications.services import follow, unfollow

pytestmark = pytest.mark.django_db


def follow_path(target):
    content_type = ContentType.objects.get_for_model(target)
    return f"/follow/{content_type.pk}/{target.pk}/"


def render_button(person, target):
    request = RequestFactory().get("/communities/public-cop/?tab=1")
    request.user = person
    template = Template("{% load notifications %}{% follow_button target %}")
    return template.render(Context({"request": request, "target": target}))


def test_services_follow_once_and_unfollow_idempotently(world):
    follow(person=world.member, target=world.public)
    follow(person=world.member, target=world.public)
    assert list(followers_of(target=world.public)) == [world.member]
    assert is_following(person=world.member, target=world.public)
    unfollow(person=world.member, target=world.public)
    unfollow(person=world.member, target=world.public)
    assert not is_following(person=world.member, target=world.public)


def test_the_button_is_for_signed_in_people_only(world):
    from django.contrib.auth.models import AnonymousUser

    assert render_button(AnonymousUser(), world.public).strip() == ""
    html = render_button(world.member, world.public)
    assert f'action="{follow_path(world.public)}"' in html
    assert 'name="next" value="/communities/public-cop/?tab=1"' in html
    assert ">Follow</button>" in html
    follow(person=world.member, target=world.public)
    assert "Following — stop following" in render_button(world.member, world.public)


def test_htmx_toggle_answers_with_the_new_button(world, client):
    client.force_login(world.member)
    topic = ExpertiseTopicFactory(slug="treasury")
    response = client.post(follow_path(topic), {"action": "follow"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "Following — stop following" in response.text
    assert "<html" not in response.text
    assert is_following(person=world.member, target=topic)
    response = client.post(
        follow_path(topic), {"action": "unfollow"}, headers={"HX-Request": "true"}
    )
    assert ">Follow</button>" in response.text
    assert not is_following(person=world.member, target=topic)


def test_without_javascript_it_redirects_back_to_a_safe_next(world, client):
    client.force_login(world.member)
    path = follow_path(world.public)
    response = client.post(path, {"action": "follow", "next": "/communities/public-cop/"})
    assert response.status_code == 302
    assert response["Location"] == "/communities/public-cop/"
    assert is_following(person=world.member, target=world.public)
    response = client.post(path, {"next": "https://evil.example/"})
    assert response["Location"] == "/communities/public-cop/"
    assert not is_following(person=world.member, target=world.public)


def test_visitors_are_asked_to_log_in(world, client):
    response = client.post(follow_path(world.public))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        lambda world: follow_path(world.private),
        lambda world: follow_path(world.member),
        lambda world: f"/follow/999999/{world.public.pk}/",
        lambda world: f"/follow/{ContentType.objects.get_for_model(world.public).pk}/999999/",
    ],
    ids=["hidden-community", "unregistered-model", "unknown-type", "unknown-object"],
)
def test_what_cannot_be_followed_is_not_found(world, client, path):
    client.force_login(world.outsider)
    assert client.post(path(world), {"action": "follow"}).status_code == 404
    assert not Follow.objects.exists()


def test_members_may_follow_their_private_community(world, client):
    client.force_login(world.member)
    client.post(follow_path(world.private), {"action": "follow"})
    assert list(followers_of(target=world.private)) == [world.member]


def test_followers_exclude_inactive_people(world):
    follow(person=world.member, target=world.public)
    follow(person=world.outsider, target=world.public)
    User.objects.filter(pk=world.outsider.pk).update(is_active=False)
    assert list(followers_of(target=world.public)) == [world.member]
