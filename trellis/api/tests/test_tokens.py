"""Personal access tokens through the API: made with a password (and TOTP), listed, revoked."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.utils import timezone

from trellis.accounts.models import AccessToken
from trellis.accounts.services import access_token_create
from trellis.accounts.sign_in_throttle import ACCOUNT_LIMIT
from trellis.api.tests.client import error_of

pytestmark = pytest.mark.django_db

SECRET = "JBSWY3DPEHPK3PXP"


def credentials(**fields):
    return {"email": "member@example.org", "password": "password", "name": "laptop", **fields}


def test_a_token_made_with_email_and_password_opens_the_api(api, world):
    response = api.post("/api/v1/tokens", credentials())

    assert response.status_code == 201
    body = response.json()
    assert body["token"].startswith("trl_")
    assert body["prefix"] == body["token"][:8]
    assert body["name"] == "laptop"
    me = api.get("/api/v1/me", token=body["token"])
    assert me.json()["id"] == world.member.pk


def test_wrong_credentials_are_a_401_in_the_error_shape(api, world):
    response = api.post("/api/v1/tokens", credentials(password="wrong"))

    assert response.status_code == 401
    assert error_of(response)["code"] == "invalid_credentials"
    assert not AccessToken.objects.exists()


def test_failed_attempts_are_throttled(api, world):
    for _attempt in range(ACCOUNT_LIMIT):
        assert api.post("/api/v1/tokens", credentials(password="guess")).status_code == 401

    response = api.post("/api/v1/tokens", credentials())

    assert response.status_code == 429
    assert error_of(response)["code"] == "throttled"
    assert not AccessToken.objects.exists()


def test_with_totp_on_a_valid_code_is_needed(api, world):
    TOTP.activate(world.member, SECRET)
    code = format_hotp_value(hotp_value(SECRET, int(timezone.now().timestamp()) // 30))

    missing = api.post("/api/v1/tokens", credentials())
    wrong = api.post("/api/v1/tokens", credentials(totp="123456" if code != "123456" else "654321"))
    right = api.post("/api/v1/tokens", credentials(totp=code))

    assert (missing.status_code, error_of(missing)["code"]) == (401, "totp_required")
    assert (wrong.status_code, error_of(wrong)["code"]) == (401, "totp_invalid")
    assert right.status_code == 201


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"email": "member@example.org", "password": "password"},
        credentials(name=""),
        credentials(name="x" * 101),
        credentials(password=["password"]),
        credentials(email="x" * 10_000),
        credentials(extra="field"),
    ],
)
def test_bad_input_to_token_creation_is_a_422(api, world, body):
    response = api.post("/api/v1/tokens", body)

    assert response.status_code == 422
    assert error_of(response)["fields"]


def test_token_creation_needs_no_csrf_token(world):
    from trellis.api.tests.client import ApiClient

    api = ApiClient(enforce_csrf_checks=True)
    response = api.post("/api/v1/tokens", credentials(), person=world.member)
    assert response.status_code == 201


def test_people_list_and_revoke_their_own_tokens(api, world):
    mine, raw = access_token_create(person=world.member, name="mine")
    theirs, their_raw = access_token_create(person=world.convener, name="theirs")

    listed = api.get("/api/v1/tokens", token=raw).json()
    stolen = api.delete(f"/api/v1/tokens/{theirs.pk}", token=raw)
    revoked = api.delete(f"/api/v1/tokens/{mine.pk}", token=raw)

    assert [token["name"] for token in listed] == ["mine"]
    assert "token" not in listed[0]
    assert stolen.status_code == 404
    assert revoked.status_code == 204
    assert api.get("/api/v1/me", token=their_raw).status_code == 200
    after = api.get("/api/v1/me", token=raw)
    assert after.status_code == 401
    assert error_of(after)["code"] == "not_authenticated"


def test_visitors_have_no_tokens(api, world):
    assert api.get("/api/v1/tokens").status_code == 401
    assert api.delete("/api/v1/tokens/1").status_code == 401
