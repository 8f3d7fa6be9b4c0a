"""Every response carries the Content-Security-Policy and Permissions-Policy, and no page relies
on what the policy refuses: inline script, inline style, event-handler attributes, `javascript:`
links or htmx attributes that evaluate code.

The walk covers every page the permission matrix can GET, in both communities and for a role of
each kind (so refusals, 404s and API errors too), plus the third-party trees the matrix leaves
out: the accounts pages and the admin. The browser tests (e2e/) additionally fail on anything
Chromium refuses on the pages they visit.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib import admin
from django.http import HttpResponse
from django.test import Client

from trellis.accounts.tests.factories import UserFactory
from trellis.conftest import ROLES, World
from trellis.tests.permission_rows import Row
from trellis.tests.test_permission_matrix import ROWS

TRELLIS_DIR = Path(__file__).resolve().parents[1]
EVENT_HANDLER = re.compile(r"^on[a-z]+$")
# htmx attributes whose value is JavaScript run through eval, which the policy refuses.
HTMX_EVAL = re.compile(r"^(data-)?hx-(on\b|on:|vars$)")


class InlineCode(HTMLParser):
    """Collects, with their line numbers, the places where markup carries code or style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def _found(self, what: str) -> None:
        self.found.append(f"line {self.getpos()[0]}: {what}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        # A JSON data block is not run, so the policy does not apply to it.
        if (
            tag == "script"
            and not attributes.get("src")
            and attributes.get("type") != ("application/json")
        ):
            self._found("inline <script>")
        if tag == "style":
            self._found("inline <style>")
        for name, value in attrs:
            if EVENT_HANDLER.match(name):
                self._found(f"event handler {name}=")
            elif name == "style":
                self._found(f'style="{value}"')
            elif HTMX_EVAL.match(name):
                self._found(f"htmx evaluates {name}=")
            compact = re.sub(r"\s", "", value or "").lower()
            if compact.startswith(("javascript:", "js:")):
                self._found(f'{name}="{value}"')


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    parser.close()
    return parser.found


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        '<script type="module">import "x"</script>',
        "<style>p { color: red }</style>",
        '<button onclick="go()">Go</button>',
        '<form ONSUBMIT="return check()">',
        '<ul class="grid" style="list-style:none">',
        '<a href="javascript:void(0)">',
        '<a href=" java\tscript:alert(1)">',
        '<div hx-on:click="alert(1)">',
        '<div hx-on::after-request="x()">',
        '<div data-hx-vars="count: n + 1">',
        '<div hx-vals="js:{n: 1}">',
    ],
)
def test_inline_code_is_found(html: str) -> None:
    assert inline_code(html), html


@pytest.mark.parametrize(
    "html",
    [
        '<script src="/static/trellis/trellis.js" defer></script>',
        '<script type="application/json" id="settings">{"a": 1}</script>',
        '<link rel="stylesheet" href="/static/trellis/trellis.css">',
        '<form data-confirm="Sure?" hx-post="/x/" hx-vals=\'{"n": 1}\'>',
        '<details open><summary>More</summary>Someone said onclick="x" in a post.</details>',
    ],
)
def test_external_code_and_data_attributes_are_not_inline_code(html: str) -> None:
    assert inline_code(html) == []


def template_paths() -> list[Path]:
    return sorted(TRELLIS_DIR.glob("**/templates/**/*.html"))


def test_the_scan_reaches_every_templates_folder() -> None:
    paths = template_paths()
    assert TRELLIS_DIR / "templates" / "base.html" in paths
    assert any("allauth" in path.parts for path in paths)
    assert len({path.parts[len(TRELLIS_DIR.parts)] for path in paths}) >= 5


@pytest.mark.parametrize(
    "path", template_paths(), ids=lambda path: str(path.relative_to(TRELLIS_DIR))
)
def test_no_template_carries_inline_code(path: Path) -> None:
    found = inline_code(path.read_text(encoding="utf-8"))
    assert not found, f"{path.relative_to(TRELLIS_DIR)}: move it to trellis/static: {found}"


def assert_protected(response: HttpResponse, where: str) -> None:
    policy = response.get("Content-Security-Policy", "")
    assert "default-src 'self'" in policy, f"{where}: no Content-Security-Policy"
    assert "script-src 'self';" in policy and "style-src 'self';" in policy, where
    assert "unsafe" not in policy, where
    assert "camera=()" in response.get("Permissions-Policy", ""), f"{where}: no Permissions-Policy"
    if response.get("Content-Type", "").startswith("text/html"):
        found = inline_code(response.content.decode())
        assert not found, f"{where}: the policy refuses {found}"


GET_ROWS = [row for row in ROWS if row.method == "GET"]
# One role for each kind of answer (a login redirect or 401, a refusal, a member's page, every
# right); the convener's and the sponsor's answers are of the same kinds.
WALKING_ROLES = ["visitor", "outsider", "member", "admin"]


def test_the_walk_covers_the_pages_and_the_api() -> None:
    names = {row.name for row in GET_ROWS}
    assert {"communities:home", "communities:detail", "api:community_get"} <= names
    assert len(names) > 50
    assert set(WALKING_ROLES) <= set(ROLES)


@pytest.mark.parametrize("row", GET_ROWS, ids=lambda row: row.name)
def test_every_response_carries_the_policies(client: Client, world: World, row: Row) -> None:
    scopes = [world.public] if row.private_expect is None else [world.public, world.private]
    for community in scopes:
        path = row.path(world, community)
        for role in WALKING_ROLES:
            client.logout()
            if (person := world.person(role)) is not None:
                client.force_login(person)
            response = client.get(path, row.data)
            assert_protected(response, f"{role} GET {path} ({response.status_code})")


def admin_pages() -> list[tuple[str, set[int]]]:
    """The admin's index, each model's list and its add form (which some models refuse)."""
    pages = [("/admin/", {200})]
    for model in admin.site._registry:
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        pages += [(base, {200}), (f"{base}add/", {200, 403})]
    return pages


ACCOUNT_PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/change/",
    "/accounts/email/",
    "/accounts/2fa/",
    "/accounts/2fa/totp/activate",
    "/accounts/2fa/recovery-codes/generate/",
]


@pytest.mark.parametrize("path", ACCOUNT_PAGES)
@pytest.mark.parametrize("role", ["visitor", "member"])
def test_account_pages_carry_the_policies(
    client: Client, world: World, role: str, path: str
) -> None:
    if (person := world.person(role)) is not None:
        client.force_login(person)
    response = client.get(path)
    assert response.status_code < 400, path
    assert_protected(response, f"{role} GET {path}")


def test_admin_pages_carry_the_policies(client: Client, world: World) -> None:
    # The admin site is for whoever runs the installation, not for the network admin role.
    client.force_login(UserFactory(email="operator@example.org", is_staff=True, is_superuser=True))
    for path, statuses in admin_pages():
        response = client.get(path)
        assert response.status_code in statuses, path
        assert_protected(response, path)
    client.force_login(world.outsider)
    assert_protected(client.get("/admin/"), "the admin refusing an outsider")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "/no-such-page/", {}),
        ("get", "/api/v1/no-such-endpoint", {}),
        ("post", "/api/v1/communities", {"code": "NEW", "slug": "new", "name": {"en": "New"}}),
        ("post", "/api/v1/tokens", {"email": "member@example.org", "password": "wrong"}),
        ("post", "/api/v1/tokens", {"email": ["not", "an", "email"]}),
    ],
)
def test_errors_carry_the_policies(
    client: Client, world: World, method: str, path: str, body: dict[str, object]
) -> None:
    if method == "get":
        response = client.get(path)
    else:
        response = client.post(path, data=body, content_type="application/json")
    assert 400 <= response.status_code < 500, response.status_code
    assert_protected(response, f"{method.upper()} {path} ({response.status_code})")


def test_a_refused_form_explains_itself_within_the_policy(world: World) -> None:
    """Django's own page for a form without its CSRF token styles itself inline."""
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="ru")
    response = client.post(f"/communities/{world.public.slug}/join/")
    assert response.status_code == 403
    assert_protected(response, "CSRF failure")
    assert "Форма не отправлена" in response.content.decode()
