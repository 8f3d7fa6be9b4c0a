"""Who is asking: a token, the session (with CSRF for unsafe methods), or a visitor."""

import pytest
from django.middleware.csrf import get_token
from django.test import RequestFactory

from trellis.accounts.services import access_token_create, access_token_revoke
from trellis.api.tests.client import ApiClient, error_of
from trellis.communities.models import JoinPolicy, Membership
from trellis.communities.tests.factories import CommunityFactory

pytestmark = pytest.mark.django_db


def test_a_bearer_token_identifies_its_person(api, world):
    _token, raw = access_token_create(person=world.member, name="cli")

    response = api.get("/api/v1/communities", token=raw)

    assert {item["slug"] for item in response.json()["items"]} == {"public-cop", "private-cop"}


@pytest.mark.parametrize("token", ["trl_wrong", "nonsense", "trl_" + "x" * 300, "", "тест"])
def test_a_wrong_token_is_refused_even_where_visitors_may_read(api, world, token):
    response = api.get("/api/v1/network", token=token)

    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"


def test_another_authorization_scheme_is_no_token(api, world):
    response = api.get("/api/v1/network", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert response.status_code == 200


def test_a_revoked_token_is_refused(api, world):
    token, raw = access_token_create(person=world.member, name="cli")
    access_token_revoke(person=world.member, token_id=token.pk)

    assert api.get("/api/v1/communities/private-cop", token=raw).status_code == 401


def test_an_inactive_persons_token_is_refused(api, world):
    _token, raw = access_token_create(person=world.member, name="cli")
    world.member.is_active = False
    world.member.save()

    assert api.get("/api/v1/me", token=raw).status_code == 401


def test_the_session_works_for_reading(api, world):
    assert api.get("/api/v1/me", person=world.member).json()["id"] == world.member.pk


def test_unsafe_requests_in_a_session_need_the_csrf_token(world):
    CommunityFactory(slug="open-cop", join_policy=JoinPolicy.OPEN)
    api = ApiClient(enforce_csrf_checks=True)

    refused = api.post("/api/v1/communities/open-cop/join", person=world.outsider)
    assert refused.status_code == 403
    assert error_of(refused)["code"] == "csrf_failed"
    assert not Membership.objects.filter(person=world.outsider).exists()

    csrf = get_token(RequestFactory().get("/"))
    api.client.cookies["csrftoken"] = csrf
    accepted = api.post(
        "/api/v1/communities/open-cop/join",
        person=world.outsider,
        headers={"X-CSRFToken": csrf},
    )
    assert accepted.status_code == 200


def test_a_token_needs_no_csrf_token(world):
    CommunityFactory(slug="open-cop", join_policy=JoinPolicy.OPEN)
    _token, raw = access_token_create(person=world.outsider, name="cli")
    api = ApiClient(enforce_csrf_checks=True)

    assert api.post("/api/v1/communities/open-cop/join", token=raw).status_code == 200


def test_a_visitors_unsafe_request_is_a_401_not_a_csrf_failure(world):
    api = ApiClient(enforce_csrf_checks=True)
    response = api.post("/api/v1/communities/public-cop/join")
    assert response.status_code == 401


def test_a_token_holders_preferred_language_is_used(api, world):
    world.admin.preferred_language = "ru"
    world.admin.save()
    _token, raw = access_token_create(person=world.admin, name="cli")

    response = api.post("/api/v1/communities", {"code": "NEW"}, token=raw)

    assert response.status_code == 422
    assert error_of(response)["fields"]["slug"] == ["Обязательное поле."]
    assert response["Content-Language"] == "ru"
