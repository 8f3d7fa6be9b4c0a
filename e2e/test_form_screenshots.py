"""The long forms a convener and a member fill in, in each language: the plan-an-activity form and
the profile form. Screenshots land in e2e/artifacts/ for review; the test checks that the
language lists stay compact and that time zones read as places."""

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.browser import artifact_path
from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Role
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)

pytestmark = pytest.mark.e2e


@pytest.fixture
def convener(server_url: str) -> Any:
    community = CommunityFactory(code="TCOP", slug="treasury")
    person = UserFactory(email="convener@example.org", full_name="Arben Hoxha")
    MembershipFactory(community=community, person=person)
    RoleAssignmentFactory(
        community=community, person=person, role=Role.objects.get(code=Role.CONVENER)
    )
    return person


def log_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("password")
    page.locator("main form").get_by_role(
        "button", name=re.compile("sign in|log in|войти", re.I)
    ).click()
    expect(page.locator("form[action$='logout/']")).to_have_count(1)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_plan_and_profile_forms(
    open_page: Callable[..., Page], convener: Any, language: str
) -> None:
    page = open_page(locale=language)
    log_in(page, convener.email)
    for name, path in (("plan-activity", "/activities/new/"), ("profile", "/profile/")):
        response = page.goto(path)
        assert response is not None and response.status == 200
        page.screenshot(path=artifact_path(f"forms-{language}", name), full_page=True)
        usual = {"en": "Usual languages", "ru": "Обычные языки сети"}[language]
        expect(page.locator("#id_languages")).to_contain_text(usual)
        # The language box scrolls inside itself rather than lengthening the page.
        assert page.locator("#id_languages").bounding_box()["height"] < 300  # type: ignore[index]
    moscow = {"en": "Moscow (UTC+03:00)", "ru": "Москва (UTC+03:00)"}[language]
    expect(page.locator("#id_time_zone option[value='Europe/Moscow']").first).to_have_text(moscow)
    page.goto("/activities/new/")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 3600, f"the plan-an-activity form is {height} pixels tall"
