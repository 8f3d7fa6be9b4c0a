"""Every error has one JSON shape, a translated message, and bad input is never a 500."""

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import RequestFactory, override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trellis.accounts.services import access_token_create
from trellis.api.tests.client import error_of
from trellis.api.urls import api as ninja_api
from trellis.communities.models import Community
from trellis.core.errors import LoginRequired, TrellisError

pytestmark = pytest.mark.django_db


def test_a_validation_error_lists_messages_by_field(api, world):
    response = api.post(
        "/api/v1/communities",
        {"code": "NEW", "name": {"en": "x" * 300}, "stage": "flourishing"},
        person=world.admin,
    )

    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "validation_error"
    assert error["message"] == "Some of the input is not valid."
    assert error["fields"]["slug"] == ["This field is required."]
    assert set(error["fields"]) == {"slug", "name.en", "stage"}


def test_messages_are_in_the_language_the_client_asks_for(api, world):
    response = api.post("/api/v1/communities", {"code": "NEW"}, person=world.admin, language="ru")

    assert response.status_code == 422
    assert error_of(response)["fields"]["slug"] == ["Обязательное поле."]
    assert response["Content-Language"] == "ru"


def test_the_domains_own_validation_is_reported_by_field(api, world):
    response = api.post(
        "/api/v1/communities",
        {"code": "PUB", "slug": "public-cop", "name": {"en": "Again"}},
        person=world.admin,
        language="ru",
    )

    assert response.status_code == 422
    fields = error_of(response)["fields"]
    assert set(fields) == {"code", "slug"}
    assert all("уже существует" in messages[0] for messages in fields.values())


@pytest.mark.parametrize(
    "raw",
    [b"{garbage", b"\xff\xfe\x00", b"{'single': 'quotes'}", b'{"code": "A",}', b"[" * 5000],
)
def test_a_body_that_is_not_json_is_a_400(api, world, raw):
    response = api.post("/api/v1/communities", raw=raw, person=world.admin)

    assert response.status_code == 400
    assert error_of(response)["code"] == "parse_error"


@pytest.mark.parametrize("body", [[], "text", 42, None, True, [{"code": "A"}]])
def test_json_that_is_not_an_object_is_a_422(api, world, body):
    response = api.post("/api/v1/communities", raw=json.dumps(body), person=world.admin)

    assert response.status_code == 422
    error_of(response)


@pytest.mark.parametrize(
    "body",
    [
        {"code": 12, "slug": "x", "name": {"en": "X"}},
        {"code": "X", "slug": ["x"], "name": {"en": "X"}},
        {"code": "X", "slug": "x", "name": {"en": 5}},
        {"code": "X", "slug": "x", "name": {"en": "X"}, "visibility": {"a": 1}},
        {"code": "X", "slug": "x", "name": {"en": "X"}, "value_proposition": []},
        {"code": "X" * 100_000, "slug": "x", "name": {"en": "X"}},
        {"code": "X", "slug": "x", "name": {str(n): "X" for n in range(1000)}},
        {"code": "X\x00", "slug": "x", "name": {"en": "X"}},
        {"code": "X", "slug": "x", "name": {"en": "nul \x00 inside"}},
        {"code": "X", "slug": "bad slug!", "name": {"en": "X"}},
    ],
)
def test_wrong_types_huge_and_nul_strings_are_422s(api, world, body):
    response = api.post("/api/v1/communities", body, person=world.admin)

    assert response.status_code == 422
    assert error_of(response)["fields"]
    assert not Community.objects.filter(slug="x").exists()


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=abc",
        "page=99999999999999999999",
        "page_size=100000",
        "country=%00",
        "q=" + "x" * 1000,
        "unknown=1&q=%00",
    ],
)
def test_bad_query_parameters_are_422s(api, world, query):
    response = api.get(f"/api/v1/people?{query}", person=world.member)

    assert response.status_code == 422
    assert error_of(response)["fields"]


def test_a_page_past_the_end_is_empty(api, world):
    response = api.get("/api/v1/people?page=10000", person=world.member)
    assert response.status_code == 200
    assert response.json()["items"] == []


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_a_body_over_the_size_limit_is_a_413(api, world):
    body = {"code": "X", "slug": "x", "name": {"en": "x" * 2000}}
    response = api.post("/api/v1/communities", body, person=world.admin)

    assert response.status_code == 413
    assert error_of(response)["code"] == "too_large"


@pytest.mark.parametrize(
    ("exception", "status", "code"),
    [
        (ValidationError("Broken"), 422, "validation_error"),
        (ValidationError({"name": ["Too short"]}), 422, "validation_error"),
        (PermissionDenied(), 403, "permission_denied"),
        (LoginRequired(), 401, "not_authenticated"),
        (TrellisError("Already done"), 409, "conflict"),
        (TrellisError("Expired", code="invitation_expired"), 409, "invitation_expired"),
        (RuntimeError("bug"), 500, "server_error"),
    ],
)
def test_each_kind_of_exception_has_its_status_and_the_error_shape(exception, status, code):
    request = RequestFactory().get("/api/v1/network")

    response = ninja_api.on_exception(request, exception)

    assert response.status_code == status
    body = json.loads(response.content)
    assert body["error"]["code"] == code
    assert set(body["error"]) == {"code", "message", "fields"}


def test_a_refusal_gives_its_reason_as_the_message():
    request = RequestFactory().get("/api/v1/network")
    reason = "Only the community's conveners can moderate its conversations."

    response = ninja_api.on_exception(request, PermissionDenied(reason))

    assert response.status_code == 403
    assert json.loads(response.content)["error"] == {
        "code": "permission_denied",
        "message": reason,
        "fields": {},
    }


def test_a_refusal_without_a_reason_keeps_the_generic_message():
    request = RequestFactory().get("/api/v1/network")

    response = ninja_api.on_exception(request, PermissionDenied())

    assert (
        json.loads(response.content)["error"]["message"] == "You do not have permission to do this."
    )


def test_a_domain_error_for_the_whole_input_is_under_all():
    request = RequestFactory().get("/api/v1/network")
    response = ninja_api.on_exception(request, ValidationError("Broken"))
    assert json.loads(response.content)["error"]["fields"] == {"__all__": ["Broken"]}


@pytest.fixture
def admin_token(world):
    return access_token_create(person=world.admin, name="fuzz")[1]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=12,
)
community_fields = st.sampled_from(
    ["code", "slug", "name", "description", "stage", "visibility", "value_proposition", "x"]
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=st.dictionaries(community_fields, json_values, max_size=6) | json_values)
def test_no_input_makes_a_server_error(api, admin_token, body):
    for method, path in [
        ("POST", "/api/v1/communities"),
        ("PATCH", "/api/v1/communities/public-cop"),
        ("POST", "/api/v1/tokens"),
    ]:
        response = api.request(method, path, raw=json.dumps(body), token=admin_token)
        assert response.status_code < 500
