"""A member registers for an activity; a convener checks them in on the attendance page."""

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.browser import Screenshot
from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import Attendance, Registration, RegistrationState
from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.models import Role
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
def workshop(server_url: str) -> Any:
    community = CommunityFactory(code="TCOP", slug="treasury")
    member = UserFactory(email="olena@example.org", full_name="Олена Коваленко")
    convener = UserFactory(email="convener@example.org", full_name="Arben Hoxha")
    MembershipFactory(community=community, person=member)
    MembershipFactory(community=community, person=convener)
    RoleAssignmentFactory(
        community=community, person=convener, role=Role.objects.get(code=Role.CONVENER)
    )
    return ActivityFactory(
        communities=[community],
        title={"en": "Cash forecasting workshop", "ru": "Семинар по прогнозированию"},
        capacity=20,
    )


def test_member_registers_and_convener_checks_them_in(
    open_page: Callable[..., Page], workshop: Any, screenshot: Screenshot
) -> None:
    member_page = open_page()
    log_in(member_page, "olena@example.org")
    member_page.goto(f"/activities/{workshop.pk}/")
    expect(member_page.get_by_role("heading", name="Cash forecasting workshop")).to_be_visible()
    member_page.get_by_role("button", name="Yes, I will come").click()
    expect(member_page.get_by_text("You are registered: your place is confirmed.")).to_be_visible()
    screenshot("registered", page=member_page)
    registration = Registration.objects.get(activity=workshop, person__email="olena@example.org")
    assert registration.state == RegistrationState.CONFIRMED

    convener_page = open_page()
    log_in(convener_page, "convener@example.org")
    convener_page.goto(f"/activities/{workshop.pk}/")
    convener_page.get_by_role("link", name="Check-in and attendance").click()
    row = convener_page.locator("tr", has_text="Олена Коваленко")
    checkbox = row.get_by_label("was there")
    checkbox.check()
    expect(row.get_by_label("was there")).to_be_checked()
    # The mark is saved by htmx without reloading; wait for the server to have it.
    attended = Attendance.objects.filter(activity=workshop, person__email="olena@example.org")
    for _ in range(50):
        if attended.exists():
            break
        convener_page.wait_for_timeout(100)
    assert attended.get().role == "participant"
    screenshot("checked-in", page=convener_page)
    convener_page.reload()
    reloaded_row = convener_page.locator("tr", has_text="Олена Коваленко")
    expect(reloaded_row.get_by_label("was there")).to_be_checked()
