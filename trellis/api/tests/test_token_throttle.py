"""Guessing passwords through `POST /api/v1/tokens`: concurrent guesses, sprays, shared addresses.

The concurrent test runs a real production server — gunicorn with several worker processes on
the test database — because that is where a count kept in one process, or checked before it is
incremented, lets guesses through.
"""

import json
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from django.db import connection

from trellis.accounts.models import User
from trellis.accounts.sign_in_throttle import ACCOUNT_LIMIT, ADDRESS_LIMIT
from trellis.accounts.tests.factories import UserFactory
from trellis.api.tests.client import ApiClient, error_of

BASE_DIR = Path(__file__).resolve().parents[3]
ATTACKER = "203.0.113.7"


def guess(email: str, password: str = "guess", *, address: str = ATTACKER) -> int:
    body = {"email": email, "password": password, "name": "cli"}
    return int(ApiClient(address=address).post("/api/v1/tokens", body).status_code)


def database_url_for_another_process(tmp_path: Path) -> str:
    """The test database, reachable from a server process; SQLite's in-memory one is copied."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "trellis.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{path}"
    credentials = quote(settings["USER"] or "", safe="")
    if settings["PASSWORD"]:
        credentials += ":" + quote(settings["PASSWORD"], safe="")
    host = settings["HOST"] or "127.0.0.1"
    return f"postgres://{credentials}@{host}:{settings['PORT'] or 5432}/{settings['NAME']}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def production_server(
    transactional_db, django_db_serialized_rollback, settings, tmp_path
) -> Iterator[str]:
    """gunicorn with production settings and three workers on the test database; its URL.

    Serialized rollback restores the rows data migrations made (the role catalogue), which the
    flush after a transactional test would otherwise remove for the tests that follow.
    """
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "trellis_cache",
        }
    }
    call_command("createcachetable")
    # Production's hasher, at fewer rounds than its default: each check still takes a while, so
    # guesses overlap as they do against a real server.
    User.objects.filter(pk=UserFactory(email="anna@example.org").pk).update(
        password=PBKDF2PasswordHasher().encode("password", "pepper", iterations=200_000)
    )
    port = free_port()
    environment = {
        **{key: value for key, value in os.environ.items() if key != "DEBUG"},
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url_for_another_process(tmp_path),
        "TRELLIS_VAR_DIR": str(tmp_path / "var"),
    }
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "config.wsgi"),
                *("--bind", f"127.0.0.1:{port}", "--workers", "3", "--preload"),
                # A loaded CI machine is slow to start and to hash: wait for it rather than fail.
                *("--timeout", "180"),
            ],
            cwd=BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v1/openapi.json", timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(log.read_text()) from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Traceback" not in log.read_text(), log.read_text()


def post_json(url: str, body: dict[str, str]) -> int:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_concurrent_wrong_passwords_past_the_limit_are_refused(production_server):
    attempts = 30
    barrier = threading.Barrier(attempts)
    statuses: list[int] = []
    wrong = {"email": "anna@example.org", "password": "guess", "name": "cli"}

    def attempt() -> None:
        barrier.wait()
        statuses.append(post_json(f"{production_server}/api/v1/tokens", wrong))

    threads = [threading.Thread(target=attempt) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert Counter(statuses) == {401: ACCOUNT_LIMIT, 429: attempts - ACCOUNT_LIMIT}
    right = {**wrong, "password": "password"}
    assert post_json(f"{production_server}/api/v1/tokens", right) == 429


@pytest.mark.django_db
def test_one_guess_each_for_many_accounts_from_one_address_is_slowed():
    emails = [f"person{number}@example.org" for number in range(25)]
    for email in emails:
        UserFactory(email=email)

    statuses = [guess(email) for email in emails]

    assert statuses == [401] * ADDRESS_LIMIT + [429] * (len(emails) - ADDRESS_LIMIT)
    assert guess(emails[0], "password") == 429
    # Another address is not slowed by this one's spray.
    assert guess(emails[0], "password", address="198.51.100.1") == 201


@pytest.mark.django_db
def test_a_guessed_account_still_opens_from_its_owners_address(world):
    for _attempt in range(ACCOUNT_LIMIT):
        assert guess(world.member.email) == 401

    refused = ApiClient(address=ATTACKER).post(
        "/api/v1/tokens", {"email": world.member.email, "password": "password", "name": "cli"}
    )

    assert refused.status_code == 429
    assert error_of(refused)["code"] == "throttled"
    assert guess(world.member.email, "password", address="198.51.100.1") == 201
    # Someone else at the attacker's address is not locked out either.
    assert guess(world.convener.email, "password") == 201


@pytest.mark.django_db
def test_successful_sign_ins_do_not_use_up_the_limit(world):
    for _attempt in range(ACCOUNT_LIMIT + 1):
        assert guess(world.member.email, "password") == 201

    assert guess(world.member.email) == 401


@pytest.mark.django_db
def test_the_refusal_is_in_the_persons_language(world):
    for _attempt in range(ACCOUNT_LIMIT):
        guess(world.member.email)

    refused = ApiClient(address=ATTACKER).post(
        "/api/v1/tokens",
        {"email": world.member.email, "password": "guess", "name": "cli"},
        language="ru",
    )

    assert refused.status_code == 429
    assert "Слишком много" in error_of(refused)["message"]
