"""What the bench finds in a Trellis database and how it signs in: on the demo network, the
member's pages the bench loads answer 200, and each session signs in its person."""

from collections.abc import Iterator
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from benchmarks import world
from benchmarks.bench import cookie_headers, pages
from trellis.accounts.models import User
from trellis.demo.accounts import ADMIN, CONVENER, MEMBER


@pytest.fixture(scope="module")
def demo(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


def signed_in(session: dict[str, Any]) -> Client:
    client = Client()
    client.cookies["sessionid"] = cookie_headers(session)["Cookie"].split("=", 1)[1]
    return client


@pytest.mark.django_db
def test_each_session_signs_in_its_demo_account(demo):
    sessions = world.sessions_open()

    for role, email in (
        ("member", MEMBER.email),
        ("convener", CONVENER.email),
        ("admin", ADMIN.email),
    ):
        response = signed_in(sessions[role]).get("/api/v1/me")
        assert response.status_code == 200, role
        assert response.json()["id"] == sessions[role]["person"] == User.objects.get(email=email).pk

    assert world.sessions_close([session["key"] for session in sessions.values()]) == {"deleted": 3}
    assert signed_in(sessions["member"]).get("/api/v1/me").status_code == 401


@pytest.mark.django_db
def test_every_page_the_bench_loads_answers_the_member(demo):
    targets = world.targets_find()
    member = signed_in(world.sessions_open()["member"])
    paths = [page.path for page in pages(targets)]
    assert targets["community"] == "bcop"
    assert None not in paths, "the demo has an item for every page"

    answers = {path: member.get(path).status_code for path in paths if path}

    assert answers == dict.fromkeys(paths, 200)


@pytest.mark.django_db
def test_the_plain_demo_has_no_generated_network(demo):
    status = world.network_status()

    assert status["generated_members"] == 0
    assert status["communities"] > 0
