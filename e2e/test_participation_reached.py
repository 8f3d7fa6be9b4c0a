"""A convener reaches the participation pages from the community page: the link in the
community's menu, the concentric diagram with its table of counts, then the movement tab
(reached with the keyboard) with its flow chart and table. On a phone the tabs wrap."""

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Page, ViewportSize, expect

from e2e.browser import Screenshot
from e2e.test_personal_home import log_in
from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot
from trellis.analytics.selectors.levels import months_before
from trellis.communities.models import Role
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.e2e

PHONE: ViewportSize = {"width": 360, "height": 780}
# The live server's first page loads templates and translations: on two busy cores it may
# take longer than the 10-second default.
SLOW_FIRST_PAGE = 30_000


@pytest.fixture
def community(server_url: str) -> Any:
    """Four members: Anna active by what she did two days ago, the others peripheral; two
    monthly snapshots, three and two months ago (well inside the movement page's default
    range, whatever the day), in which Anna moved inward and Boris arrived."""
    community = CommunityFactory(
        code="PFM", slug="pfm", name={"en": "Budget community", "ru": "Бюджетное сообщество"}
    )
    convener = UserFactory(email="convener@example.org", full_name="Arben Hoxha")
    anna = UserFactory(full_name="Anna Active")
    boris = UserFactory(full_name="Boris Newcomer")
    quiet = UserFactory(full_name="Quiet Reader")
    for person in (convener, anna, boris, quiet):
        MembershipFactory(community=community, person=person)
    RoleAssignmentFactory(
        community=community, person=convener, role=Role.objects.get(code=Role.CONVENER)
    )
    for _ in range(5):
        contribution_record(
            person=anna,
            kind=ContributionKind.ACTIVITY_ATTENDED,
            community=community,
            occurred_at=timezone.now() - timedelta(days=2),
        )
    this_month = date.today().replace(day=1)
    before, after = months_before(this_month, 3), months_before(this_month, 2)
    LevelSnapshot.objects.bulk_create(
        LevelSnapshot(
            community=community,
            person=person,
            period=period,
            last_period=period,
            level=level,
        )
        for person, period, level in [
            (convener, before, Level.CORE),
            (anna, before, Level.PERIPHERAL),
            (convener, after, Level.CORE),
            (anna, after, Level.ACTIVE),
            (boris, after, Level.OCCASIONAL),
        ]
    )
    return community


def test_a_convener_goes_from_the_community_to_the_diagram_and_the_flow(
    open_page: Callable[..., Page], community: Any, screenshot: Screenshot
) -> None:
    page = open_page()
    page.set_default_navigation_timeout(SLOW_FIRST_PAGE)
    log_in(page, "convener@example.org")
    page.goto(f"/communities/{community.slug}/")
    page.get_by_role("navigation", name="Community").get_by_role(
        "link", name="Participation", exact=True
    ).click()
    expect(page).to_have_url(f"/communities/{community.slug}/participation/")

    tabs = page.get_by_role("navigation", name="Participation pages")
    expect(tabs.get_by_role("link")).to_have_text(
        [
            "Overview",
            "Members' levels",
            "Movement",
            "Interaction network",
            "Leadership coverage",
            "Rules",
        ]
    )
    expect(tabs.get_by_role("link", name="Overview")).to_have_attribute("aria-current", "page")

    expect(page.locator("figure.chart svg[role=img]").first).to_be_visible()
    levels = page.locator("#levels-table tbody tr")
    expect(levels).to_have_count(5)
    counts = {
        row.locator("th").inner_text(): row.locator("td").first.inner_text() for row in levels.all()
    }
    assert counts == {
        "Core group": "0",
        "Active": "1",
        "Occasional": "0",
        "Peripheral": "3",
        "Transactional": "0",
    }
    screenshot("big-picture")

    movement = tabs.get_by_role("link", name="Movement")
    movement.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"/communities/{community.slug}/participation/movement/")
    tabs = page.get_by_role("navigation", name="Participation pages")
    expect(tabs.get_by_role("link", name="Movement")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("heading", name="Flow between levels")).to_be_visible()
    expect(
        page.get_by_role("img", name="Movement between levels from period to period")
    ).to_be_visible()
    table = page.locator("table", has=page.locator("caption", has_text="People at each level"))
    last = table.locator("tbody tr").last
    # The latest snapshot: core group, active and occasional one each; Boris a newcomer,
    # Anna moving inward.
    expect(last.locator("td")).to_have_text(["1", "1", "1", "0", "0", "1", "0", "1", "0"])
    expect(page.get_by_text("Boris Newcomer").first).to_be_visible()
    screenshot("movement")


def test_the_tabs_wrap_on_a_phone_in_russian(
    open_page: Callable[..., Page], community: Any
) -> None:
    phone = open_page(locale="ru-RU", viewport=PHONE)
    phone.set_default_navigation_timeout(SLOW_FIRST_PAGE)
    log_in(phone, "convener@example.org")
    phone.goto(f"/communities/{community.slug}/participation/")
    tabs = phone.get_by_role("navigation", name="Страницы участия")
    expect(tabs.get_by_role("link", name="Движение")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for link in tabs.get_by_role("link").all():
        box = link.bounding_box()
        assert box is not None and box["x"] + box["width"] <= PHONE["width"]
