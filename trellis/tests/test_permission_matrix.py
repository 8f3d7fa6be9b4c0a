"""The permission matrix: every URL, for every role, in a public and a private community.

Rows live in `trellis/tests/permission_rows/`, one module per area; each module defines ROWS.
A URL pattern added without a row fails `test_every_url_has_a_row`, so no page or endpoint
ships unchecked.
"""

import importlib
import json
import pkgutil
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from trellis.tests import permission_rows
from trellis.tests.permission_rows import EXEMPT_PREFIXES, Row

ROWS: list[Row] = [
    row
    for module in pkgutil.iter_modules(permission_rows.__path__)
    for row in importlib.import_module(f"{permission_rows.__name__}.{module.name}").ROWS
]
ROWS_BY_NAME: dict[tuple[str, str], Row] = {(row.name, row.method): row for row in ROWS}


def url_names() -> set[str]:
    def walk(patterns: list[Any], prefix: str, namespace: str) -> list[str]:
        names = []
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                names += walk(pattern.url_patterns, route, inner)
            elif isinstance(pattern, URLPattern) and not route.startswith(EXEMPT_PREFIXES):
                names.append(f"{namespace}:{pattern.name}" if namespace else str(pattern.name))
        return names

    return set(walk(get_resolver().url_patterns, "", ""))


def test_every_url_has_a_row() -> None:
    covered = {name for name, _method in ROWS_BY_NAME}
    missing = url_names() - covered
    assert not missing, f"URL patterns without a permission-matrix row: {sorted(missing)}"
    stale = covered - url_names()
    assert not stale, f"Rows for URL patterns that no longer exist: {sorted(stale)}"


CASES = [
    pytest.param(row, scope, role, outcome, id=f"{row.name}-{row.method}-{scope}-{role}")
    for row in ROWS
    for scope, role, outcome in row.cases()
]


@pytest.mark.parametrize(("row", "scope", "role", "outcome"), CASES)
def test_permission_matrix(client, world, row: Row, scope: str, role: str, outcome: str) -> None:
    community = world.public if scope == "public" else world.private
    path = row.path(world, community)
    person = world.person(role)
    if person is not None:
        client.force_login(person)
    call = getattr(client, row.method.lower())
    if row.json:
        response = call(path, data=json.dumps(row.data), content_type="application/json")
    elif row.method in {"GET"}:
        response = call(path, row.data)
    elif row.method in {"PATCH", "DELETE", "PUT"}:
        response = call(path)
    else:
        response = call(path, row.data)
    status = response.status_code
    redirect = response.get("Location", "") if status in {301, 302, 303} else ""
    to_login = "/accounts/login/" in redirect
    if outcome == "ok":
        assert status < 400 and not to_login, f"{role} {row.method} {path}: {status} {redirect}"
    elif outcome == "login":
        assert status == 302 and to_login, f"{role} {row.method} {path}: {status} {redirect}"
    else:
        assert status == int(outcome), f"{role} {row.method} {path}: {status}"
