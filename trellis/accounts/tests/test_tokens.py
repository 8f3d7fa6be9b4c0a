"""Personal access tokens: made once, stored hashed, revoked, recognised only while live."""

import hashlib
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone

from trellis.accounts.models import AccessToken
from trellis.accounts.services import (
    CredentialsInvalid,
    access_token_authenticate,
    access_token_create,
    access_token_obtain,
    access_token_revoke,
)
from trellis.accounts.sign_in_throttle import ACCOUNT_LIMIT, TooManyAttemptsError
from trellis.accounts.tests.factories import UserFactory

HOME, ELSEWHERE = "192.0.2.10", "198.51.100.20"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _cache_clear():
    cache.clear()
    yield
    cache.clear()


def totp_enable(person) -> str:
    """Turn on TOTP for a person, as allauth's setup page does; return the secret."""
    secret = "JBSWY3DPEHPK3PXP"
    TOTP.activate(person, secret)
    return secret


def totp_code(secret: str) -> str:
    counter = int(timezone.now().timestamp()) // 30
    return format_hotp_value(hotp_value(secret, counter))


def test_a_token_is_shown_once_and_stored_only_as_a_hash():
    person = UserFactory()
    token, raw = access_token_create(person=person, name=" laptop ")

    assert raw.startswith("trl_") and len(raw) > 40
    stored = AccessToken.objects.get(pk=token.pk)
    assert stored.name == "laptop"
    assert stored.prefix == raw[:8]
    assert stored.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in {stored.token_hash, stored.prefix, stored.name}


def test_two_tokens_differ():
    person = UserFactory()
    assert (
        access_token_create(person=person, name="a")[1]
        != access_token_create(person=person, name="b")[1]
    )


def test_a_token_needs_a_name():
    with pytest.raises(ValidationError, match="This field cannot be blank") as error:
        access_token_create(person=UserFactory(), name="  ")
    assert "name" in error.value.message_dict


def test_a_live_token_authenticates_its_person_and_records_its_use():
    person = UserFactory()
    token, raw = access_token_create(person=person, name="script")

    assert access_token_authenticate(raw=raw) == person
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_last_use_is_not_rewritten_on_every_request():
    person = UserFactory()
    token, raw = access_token_create(person=person, name="script")
    recently = timezone.now() - timedelta(seconds=10)
    AccessToken.objects.filter(pk=token.pk).update(last_used_at=recently)

    access_token_authenticate(raw=raw)

    token.refresh_from_db()
    assert token.last_used_at == recently


@pytest.mark.parametrize("raw", ["", "trl_", "trl_not-a-token", "x" * 5000, "Bearer trl_x"])
def test_unknown_tokens_authenticate_nobody(raw):
    access_token_create(person=UserFactory(), name="script")
    assert access_token_authenticate(raw=raw) is None


def test_a_revoked_token_authenticates_nobody_and_leaves_the_list():
    person = UserFactory()
    token, raw = access_token_create(person=person, name="script")

    access_token_revoke(person=person, token_id=token.pk)

    token.refresh_from_db()
    assert token.revoked_at is not None
    assert access_token_authenticate(raw=raw) is None


def test_an_inactive_persons_token_authenticates_nobody():
    person = UserFactory()
    _token, raw = access_token_create(person=person, name="script")
    person.is_active = False
    person.save()

    assert access_token_authenticate(raw=raw) is None


def test_nobody_revokes_someone_elses_token():
    owner, other = UserFactory(), UserFactory()
    token, raw = access_token_create(person=owner, name="script")
    # A 404 carries no message (it must not tell that the token exists): the reason shown here
    # is that the token is there, active, and someone else's.
    assert AccessToken.objects.filter(pk=token.pk, person=owner, revoked_at__isnull=True).exists()

    with pytest.raises(Http404):
        access_token_revoke(person=other, token_id=token.pk)
    assert access_token_authenticate(raw=raw) == owner


def test_a_token_is_revoked_once():
    person = UserFactory()
    token, _raw = access_token_create(person=person, name="script")
    access_token_revoke(person=person, token_id=token.pk)
    # A 404 carries no message: the reason shown here is that the token is the person's own
    # and already revoked.
    assert AccessToken.objects.get(pk=token.pk, person=person).revoked_at is not None

    with pytest.raises(Http404):
        access_token_revoke(person=person, token_id=token.pk)


def test_obtaining_a_token_with_email_and_password():
    person = UserFactory(email="anna@example.org")

    token, raw = access_token_obtain(
        email=" Anna@Example.org ", password="password", name="cli", address=HOME
    )

    assert token.person == person
    assert access_token_authenticate(raw=raw) == person


@pytest.mark.parametrize(
    ("email", "password"),
    [("anna@example.org", "wrong"), ("nobody@example.org", "password"), ("", "")],
)
def test_wrong_credentials_give_no_token(email, password):
    UserFactory(email="anna@example.org")

    with pytest.raises(
        CredentialsInvalid, match="The email address or password is not correct"
    ) as error:
        access_token_obtain(email=email, password=password, name="cli", address=HOME)

    assert error.value.code == "invalid_credentials"
    assert not AccessToken.objects.exists()


def test_an_inactive_person_gets_no_token():
    UserFactory(email="anna@example.org", is_active=False)

    with pytest.raises(CredentialsInvalid, match="The email address or password is not correct"):
        access_token_obtain(email="anna@example.org", password="password", name="cli", address=HOME)


def test_an_unverified_address_gets_no_token():
    person = UserFactory(email="anna@example.org")
    EmailAddress.objects.filter(user=person).update(verified=False)

    with pytest.raises(
        CredentialsInvalid, match="Confirm your email address before using the API"
    ) as error:
        access_token_obtain(email="anna@example.org", password="password", name="cli", address=HOME)
    assert error.value.code == "email_unverified"


def test_with_totp_on_the_code_is_required_and_checked():
    person = UserFactory(email="anna@example.org")
    secret = totp_enable(person)

    with pytest.raises(
        CredentialsInvalid, match="Enter the code from your authenticator app"
    ) as missing:
        access_token_obtain(email="anna@example.org", password="password", name="cli", address=HOME)
    with pytest.raises(CredentialsInvalid, match="The authenticator code is not correct") as wrong:
        access_token_obtain(
            email="anna@example.org", password="password", totp="000000", name="cli", address=HOME
        )
    code = totp_code(secret)
    token, _raw = access_token_obtain(
        email="anna@example.org", password="password", totp=code, name="cli", address=HOME
    )

    assert missing.value.code == "totp_required"
    assert wrong.value.code == "totp_invalid"
    assert token.person == person
    assert Authenticator.objects.get(user=person).last_used_at is not None
    with pytest.raises(
        CredentialsInvalid, match="The authenticator code is not correct"
    ):  # a code is good once
        access_token_obtain(
            email="anna@example.org", password="password", totp=code, name="cli", address=HOME
        )


def test_failed_attempts_are_throttled_per_account_from_an_address():
    UserFactory(email="anna@example.org")
    UserFactory(email="boris@example.org")
    for _attempt in range(ACCOUNT_LIMIT):
        with pytest.raises(
            CredentialsInvalid, match="The email address or password is not correct"
        ):
            access_token_obtain(
                email="anna@example.org", password="guess", name="cli", address=HOME
            )

    with pytest.raises(TooManyAttemptsError, match="Too many failed attempts"):
        access_token_obtain(email="ANNA@example.org", password="password", name="cli", address=HOME)
    # Neither another account from that address nor the account from elsewhere is locked out.
    access_token_obtain(email="boris@example.org", password="password", name="cli", address=HOME)
    access_token_obtain(
        email="anna@example.org", password="password", name="cli", address=ELSEWHERE
    )
