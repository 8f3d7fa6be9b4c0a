"""Failed sign-ins on the login form: limited per address and per account from an address.

One person guessing must not lock anyone else out — neither the account's owner elsewhere nor
other people at the same address — and behind the reverse proxy the address is the client's.
"""

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from trellis.accounts.sign_in_throttle import (
    ACCOUNT_LIMIT,
    ADDRESS_LIMIT,
    client_address,
    sign_in_attempt_begin,
)
from trellis.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ATTACKER, NEIGHBOUR, PROXY = "203.0.113.7", "198.51.100.1", "127.0.0.1"
LOCKED = "Too many failed login attempts"


@pytest.fixture(autouse=True)
def _cache_clear():
    """allauth's other limits (sign-ins per minute from an address) live in the cache."""
    cache.clear()
    yield
    cache.clear()


@dataclass(frozen=True)
class Attempt:
    signed_in: bool
    refused: bool


def attempt(
    email: str, password: str = "password", *, address: str = ATTACKER, forwarded_for: str = ""
) -> Attempt:
    """Post the login form from `address`, with the X-Forwarded-For header given, if any."""
    browser = Client(REMOTE_ADDR=address)
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    response = browser.post(
        reverse("account_login"), {"login": email, "password": password}, headers=headers
    )
    return Attempt(
        signed_in="_auth_user_id" in browser.session,
        refused=LOCKED in response.content.decode(),
    )


def test_guessing_one_account_locks_only_that_account_from_that_address(world):
    for _attempt in range(ACCOUNT_LIMIT):
        assert not attempt(world.member.email, "guess").signed_in

    assert attempt(world.member.email).refused
    # Someone else at the same address signs in with their own password,
    assert attempt(world.convener.email).signed_in
    # and the account's owner, from their own address, with theirs.
    assert attempt(world.member.email, address=NEIGHBOUR).signed_in


def test_one_guess_each_for_many_accounts_from_one_address_is_slowed(world):
    emails = [UserFactory().email for _ in range(ADDRESS_LIMIT)]
    for email in emails:
        assert not attempt(email, "guess").refused

    assert attempt(world.member.email).refused
    assert attempt(world.member.email, address=NEIGHBOUR).signed_in


def test_successful_sign_ins_do_not_use_up_the_limit(world):
    for _attempt in range(ACCOUNT_LIMIT + 1):
        assert attempt(world.member.email).signed_in

    assert not attempt(world.member.email, "guess").refused


def test_the_refusal_is_in_russian_for_a_russian_browser(world):
    for _attempt in range(ACCOUNT_LIMIT):
        attempt(world.member.email, "guess")

    response = Client(REMOTE_ADDR=ATTACKER).post(
        reverse("account_login"),
        {"login": world.member.email, "password": "password"},
        headers={"Accept-Language": "ru"},
    )

    assert "Слишком много неудачных попыток входа" in response.content.decode()


def test_behind_a_trusted_proxy_each_client_is_counted_by_its_own_address(settings, world):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for _attempt in range(ACCOUNT_LIMIT):
        attempt(world.member.email, "guess", address=PROXY, forwarded_for=ATTACKER)

    assert attempt(world.member.email, address=PROXY, forwarded_for=ATTACKER).refused
    assert attempt(world.member.email, address=PROXY, forwarded_for=NEIGHBOUR).signed_in


def test_without_a_trusted_proxy_a_forged_forwarded_address_changes_nothing(world):
    for number in range(ACCOUNT_LIMIT):
        attempt(world.member.email, "guess", forwarded_for=f"10.0.0.{number}")

    assert attempt(world.member.email, forwarded_for="10.9.9.9").refused


def test_allauths_own_limits_answer_in_the_persons_language(world):
    browser = Client(REMOTE_ADDR=ATTACKER, headers={"Accept-Language": "ru"})
    answers = [
        browser.post(reverse("account_login"), {"login": world.member.email, "password": "x"})
        for _attempt in range(40)
    ]

    refusal = answers[-1]
    assert refusal.status_code == 429
    assert "Слишком много попыток" in refusal.content.decode()


@pytest.mark.parametrize(
    ("remote", "forwarded", "proxies", "address"),
    [
        ("192.0.2.1", "", 0, "192.0.2.1"),
        ("192.0.2.1", "198.51.100.1", 0, "192.0.2.1"),
        ("127.0.0.1", "198.51.100.1", 1, "198.51.100.1"),
        ("127.0.0.1", "10.1.1.1, 198.51.100.1", 1, "198.51.100.1"),
        ("127.0.0.1", "", 1, "127.0.0.1"),
        # One client owns a whole IPv6 /64: it counts as one address.
        ("2001:db8:1:2:3:4:5:6", "", 0, "2001:db8:1:2::"),
    ],
)
def test_the_client_address(rf, settings, remote, forwarded, proxies, address):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = proxies
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    request = rf.post("/accounts/login/", REMOTE_ADDR=remote, headers=headers)

    assert client_address(request) == address


def test_counters_keep_neither_addresses_nor_emails():
    from trellis.accounts.models import SignInCounter

    sign_in_attempt_begin(email="anna@example.org", address=ATTACKER)

    stored = " ".join(str(row) for row in SignInCounter.objects.values_list())
    assert SignInCounter.objects.count() == 2
    assert "anna" not in stored and ATTACKER not in stored
