"""The Content-Security-Policy holds in the browser.

Every browser test fails on anything the policies refuse (see ``open_page``); these visit the
pages the journeys do not: the admin with its scripted widgets, the API's documentation,
two-factor setup with its QR code, and the lists whose styles moved into the stylesheet. One
test injects code into a page to show that Chromium refuses it and that the refusal is caught.
"""

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Membership, MembershipState, Role
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)

pytestmark = pytest.mark.e2e


def log_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("password")
    page.locator("main form").get_by_role("button", name=re.compile("sign in|log in", re.I)).click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


@pytest.fixture
def network(server_url: str) -> Any:
    community = CommunityFactory(code="TCOP", slug="treasury")
    convener = UserFactory(email="convener@example.org", full_name="Arben Hoxha")
    MembershipFactory(community=community, person=convener)
    RoleAssignmentFactory(
        community=community, person=convener, role=Role.objects.get(code=Role.CONVENER)
    )
    applicant = UserFactory(email="applicant@example.org", full_name="Olena Kovalenko")
    Membership.objects.create(community=community, person=applicant, state=MembershipState.PENDING)
    admin = UserFactory(email="admin@example.org", full_name="Admin Person")
    admin.is_staff = admin.is_superuser = True
    admin.save()
    return community


def test_injected_inline_code_is_refused_and_reported(
    page: Page, network: Any, policy_violations: list[str]
) -> None:
    page.goto("/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true;";
            document.body.append(script);
            document.body.setAttribute("style", "background: red");
        }"""
    )
    assert page.evaluate("window.injected") is None
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 0, 0)"
    for _ in range(50):
        if len(policy_violations) >= 4:
            break
        page.wait_for_timeout(100)
    refused = " ".join(policy_violations)
    assert "script-src-elem refused inline" in refused, policy_violations
    assert "style-src-attr refused inline" in refused, policy_violations
    policy_violations.clear()


def test_lists_keep_their_look_from_the_stylesheet(
    open_page: Callable[..., Page], network: Any
) -> None:
    page = open_page()
    log_in(page, "convener@example.org")
    for path in ("/people/", "/activities/types/", "/communities/treasury/manage/"):
        page.goto(path)
        expect(page.locator("main ul.grid").first).to_have_css("list-style-type", "none")
        expect(page.locator("main ul.grid").first).to_have_css("padding-left", "0px")


def test_admin_pages_work_under_the_policy(open_page: Callable[..., Page], network: Any) -> None:
    page = open_page()
    log_in(page, "admin@example.org")
    page.goto("/admin/")
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    page.goto("/admin/accounts/user/")
    page.locator("#searchbar").fill("Kovalenko")
    page.locator("#searchbar").press("Enter")
    page.get_by_role("link", name="Olena Kovalenko").click()
    # The two-pane selector is built by the admin's own scripts.
    expect(page.locator("#id_groups_from")).to_be_visible()
    expect(page.locator("#id_groups_filter")).to_be_visible()
    page.goto("/admin/communities/community/add/")
    expect(page.locator("#community_form")).to_be_visible()


def test_api_documentation_renders_under_the_policy(page: Page, network: Any) -> None:
    page.goto("/api/v1/docs")
    # Swagger UI fetches and lays out the whole schema first: seconds on a busy two-core machine,
    # more than expect's default five.
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible(timeout=30_000)
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Trellis API")


def test_two_factor_setup_shows_its_qr_code(open_page: Callable[..., Page], network: Any) -> None:
    page = open_page()
    log_in(page, "convener@example.org")
    page.goto("/accounts/2fa/totp/activate")
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Confirm").click()
    qr_code = page.locator("main img").first
    expect(qr_code).to_be_visible()
    assert qr_code.evaluate("image => image.naturalWidth") > 0
