"""The permission matrix: every URL and every method its view accepts, for every role, in a
public and a private community.

Rows live in `trellis/tests/permission_rows/`, one module per area; each module defines ROWS.
A (URL name, method) pair that a view accepts without a row fails `test_every_url_has_a_row`,
so no page, form or endpoint ships unchecked.

Each response is read as a person would read it (`outcome_of`): an error status, a redirect to
login, an error message (a service's refusal is a redirect back with one), a form sent back with
errors, or a success. A success that writes must change something, and every refusal must leave
the database as it was.

The world (a person in every role) is built once for all the cases, which each run in a
savepoint of the transaction holding it: the matrix has thousands of cases.
"""

import copy
import importlib
import json
import pkgutil
import re
from typing import Any

import pytest
from django.contrib import messages
from django.db import transaction
from django.forms import BaseForm

from trellis.conftest import World, world_build
from trellis.tests import permission_rows
from trellis.tests.permission_rows import EXEMPT_PREFIXES, Row, discussions, questions
from trellis.tests.queries import cold_queries
from trellis.tests.url_methods import url_patterns, view_methods

ROWS: list[Row] = [
    row
    for module in pkgutil.iter_modules(permission_rows.__path__)
    for row in importlib.import_module(f"{permission_rows.__name__}.{module.name}").ROWS
]
ROWS_BY_NAME: dict[tuple[str, str], Row] = {(row.name, row.method): row for row in ROWS}


def accepted_pairs() -> tuple[set[tuple[str, str]], list[str]]:
    """Every (URL name, method) a view accepts, and the views that do not say what they accept."""
    pairs: set[tuple[str, str]] = set()
    undeclared = []
    for route, name, pattern in url_patterns(EXEMPT_PREFIXES):
        methods = view_methods(name, pattern)
        if methods is None:
            undeclared.append(f"{name} ({route})")
            continue
        pairs |= {(name, method) for method in methods}
    return pairs, undeclared


def test_every_url_has_a_row() -> None:
    accepted, undeclared = accepted_pairs()
    assert not undeclared, (
        "Views that accept any HTTP method: declare them with require_http_methods "
        f"(or require_safe, require_POST): {sorted(undeclared)}"
    )
    assert len(ROWS_BY_NAME) == len(ROWS), "Two rows for the same URL name and method"
    missing = accepted - set(ROWS_BY_NAME)
    assert not missing, f"Accepted methods without a permission-matrix row: {sorted(missing)}"
    stale = set(ROWS_BY_NAME) - accepted
    assert not stale, f"Rows for methods no view accepts: {sorted(stale)}"


CASES = [
    pytest.param(row, scope, role, outcome, id=f"{row.name}-{row.method}-{scope}-{role}")
    for row in ROWS
    for scope, role, outcome in row.cases()
]

_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def lasting_writes(queries: list[dict[str, Any]]) -> list[str]:
    """The writes a request made that were not rolled back, sessions aside.

    Each `atomic` block inside the test's transaction is a savepoint: a write between
    SAVEPOINT and ROLLBACK TO SAVEPOINT did not happen.
    """
    levels: list[list[str]] = [[]]
    for query in queries:
        sql = query["sql"]
        statement = sql.lstrip().upper()
        if statement.startswith("SAVEPOINT"):
            levels.append([])
        elif statement.startswith("ROLLBACK TO SAVEPOINT"):
            levels[-1].clear()
        elif statement.startswith("RELEASE SAVEPOINT") and len(levels) > 1:
            released = levels.pop()
            levels[-1].extend(released)
        elif _WRITE.match(sql) and "django_session" not in sql:
            levels[-1].append(sql)
    return [write for level in levels for write in level]


def error_messages(response: Any) -> list[str]:
    """The error-level messages the request left for the next page."""
    storage = getattr(response.wsgi_request, "_messages", None)
    return [str(message) for message in storage or [] if message.level >= messages.ERROR]


def form_errors(response: Any) -> list[str]:
    """Errors of the bound forms the page was rendered with (a submission that did not pass)."""
    found: list[str] = []
    for context in response.context or []:
        for value in context.flatten().values():
            if isinstance(value, BaseForm) and value.is_bound and value.errors:
                found.append(value.errors.as_text())
    return found


def send(client: Any, row: Row, path: str, data: Any) -> Any:
    call = getattr(client, row.method.lower())
    if row.json:
        return call(path, data=json.dumps(data), content_type="application/json")
    if row.method in {"PATCH", "DELETE", "PUT"}:
        return call(path)
    return call(path, data)


@pytest.fixture(scope="module")
def world_once(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """The world, built once for the cases that follow: each case runs in a savepoint of the
    transaction that holds it, and the transaction is rolled back when they are done."""
    with django_db_blocker.unblock():
        holding = transaction.atomic()
        holding.__enter__()
        built = world_build()
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        holding.__exit__(None, None, None)


@pytest.fixture
def world(world_once: World, db: Any) -> World:
    """A copy for each case, so that nothing a case does to the objects reaches the next."""
    return copy.deepcopy(world_once)


def outcome_of(response: Any, method: str) -> str:
    """What a person got, in the rows' words: a status of 400 or more, "login", "error" (an
    error message, usually on the page the action was taken from), "invalid" (a submitted form
    sent back with errors), or "ok"."""
    status = response.status_code
    if status >= 400:
        return str(status)
    if status in {301, 302, 303} and "/accounts/login/" in response["Location"]:
        return "login"
    if error_messages(response):
        return "error"
    if method != "GET" and form_errors(response):
        return "invalid"
    return "ok"


@pytest.mark.parametrize(("row", "scope", "role", "outcome"), CASES)
def test_permission_matrix(client, world, row: Row, scope: str, role: str, outcome: str) -> None:
    community = world.public if scope == "public" else world.private
    path = row.path(world, community)
    data = row.body(world, community)
    person = world.person(role)
    if person is not None:
        client.force_login(person)
    if row.session is not None:
        session = client.session
        session.update(row.session(world, community))
        session.save()
    before = row.effect(world, community) if row.effect else None
    with cold_queries() as queries:
        response = send(client, row, path, data)
    got = outcome_of(response, row.method)
    seen = f"{role} {row.method} {path}: {response.status_code} {response.get('Location', '')}"
    assert got == outcome, f"{seen}: expected {outcome}, got {got} {error_messages(response)}"
    writes = lasting_writes(queries.captured_queries)
    after = row.effect(world, community) if row.effect else None
    if outcome != "ok":
        assert not writes, f"{seen}: refused, yet it wrote {writes}"
        assert after == before, f"{seen}: refused, yet it changed {before!r} to {after!r}"
        if row.method != "GET" and not row.name.startswith("api:") and data:
            # A page checks the right before the input: an empty form is refused the same way.
            # (The API reads its body against the schema before an endpoint runs.)
            client.cookies.pop("messages", None)
            again = outcome_of(send(client, row, path, {}), row.method)
            assert again == outcome, f"{seen}: with an empty form, expected {outcome}, got {again}"
        return
    if row.method != "GET" and row.changes:
        assert writes, f"{seen}: an accepted {row.method} changed nothing"
    if row.effect:
        assert after != before, f"{seen}: accepted, yet {before!r} is unchanged"


# How the matrix reads a response: the cases it once took for successes.


def test_an_error_message_after_a_redirect_is_not_a_success(client, world) -> None:
    """The asker invites no one: the page comes back with "Choose a person to invite."."""
    path = questions.question_url("experts/")(world, world.public)
    client.force_login(world.member)
    response = client.post(path, {})
    assert response.status_code == 302
    assert outcome_of(response, "POST") == "error"


def test_a_form_sent_back_with_errors_is_not_a_success(client, world) -> None:
    client.force_login(world.member)
    response = client.post("/questions/ask/", {"title": "", "body": "", "language": "en"})
    assert response.status_code == 200
    assert outcome_of(response, "POST") == "invalid"


def test_a_write_rolled_back_is_no_write(client, world) -> None:
    """Choosing the peer is undone when the next step in the same request is refused."""
    path = discussions.offered(api=True)(world, world.public)
    client.force_login(world.member)
    body = {"chosen_offers": [discussions.the_offer(world.public).pk], "status": "closed"}
    with cold_queries() as queries:
        response = client.patch(path, body, content_type="application/json")
    assert response.status_code == 422
    assert any(_WRITE.match(query["sql"]) for query in queries.captured_queries)
    assert lasting_writes(queries.captured_queries) == []
    assert discussions.the_request(world, world.public)[0] == "requested"
