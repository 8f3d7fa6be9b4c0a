"""The main pages of Trellis, on the demo network, and how a browser test reaches them.

The demo network gives these pages what a real network has and factories rarely make: long
community names in two languages, many topics and countries in the filters, long threads.
"""

from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone
from playwright.sync_api import Page, expect

from trellis.accounts.models import User
from trellis.activities.models import Activity
from trellis.communities.models import Community
from trellis.conversations.models import Discussion, Question
from trellis.demo.accounts import MEMBER, demo_password

AXE_SCRIPT = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
# What fails a page: axe-core's two highest impacts. Moderate and minor findings are saved
# beside the screenshots for review.
BLOCKING_IMPACTS = {"serious", "critical"}


@dataclass(frozen=True)
class MainPage:
    name: str
    path: str
    needs_member: bool = False
    visitors_only: bool = False


def demo_pages_load() -> list[MainPage]:
    """Load the demo network and list its main pages, in the member's first community."""
    call_command("demo", stdout=StringIO())
    community = Community.objects.get(code="BCOP")
    now = timezone.now()
    activities = Activity.objects.filter(communities=community, parent=None)
    upcoming = activities.filter(starts_at__gte=now).order_by("starts_at").first()
    past = activities.filter(ends_at__lt=now).order_by("-starts_at").first()
    question = (
        Question.objects.filter(community=community)
        .annotate(answers_given=Count("answers"))
        .order_by("-answers_given", "pk")
        .first()
    )
    discussion = (
        Discussion.objects.filter(community=community)
        .annotate(replies_given=Count("replies"))
        .order_by("-replies_given", "pk")
        .first()
    )
    assert upcoming and past and question and discussion, "the demo lacks a main page's subject"
    member = User.objects.get(email=MEMBER.email)
    slug = community.slug
    return [
        MainPage("home", "/"),
        MainPage("communities", "/communities/"),
        MainPage("community", f"/communities/{slug}/"),
        MainPage("activities", "/activities/"),
        MainPage("activity", f"/activities/{upcoming.pk}/"),
        MainPage("past-activity", f"/activities/{past.pk}/"),
        MainPage("questions", "/questions/"),
        MainPage("question", f"/questions/{question.pk}/"),
        MainPage("discussions", f"/communities/{slug}/discussions/"),
        MainPage("discussion", f"/communities/{slug}/discussions/{discussion.pk}/"),
        MainPage("people", "/people/"),
        MainPage("profile", f"/people/{member.pk}/", needs_member=True),
        MainPage("notifications", "/notifications/", needs_member=True),
        MainPage("agenda", f"/communities/{slug}/agenda/"),
        MainPage("participation", f"/communities/{slug}/participation/", needs_member=True),
        MainPage("log-in", "/accounts/login/", visitors_only=True),
        MainPage("sign-up", "/accounts/signup/", visitors_only=True),
    ]


def pages_for(pages: list[MainPage], *, signed_in: bool) -> list[MainPage]:
    if signed_in:
        return [page for page in pages if not page.visitors_only]
    return [page for page in pages if not page.needs_member]


def menu_open(page: Page) -> None:
    """Open the site menu when the screen is narrow enough to fold it."""
    button = page.locator("[data-menu-button]")
    if button.is_visible() and button.get_attribute("aria-expanded") == "false":
        button.click()
        expect(button).to_have_attribute("aria-expanded", "true")


def member_signs_in(page: Page, *, language: str) -> None:
    """Sign in as the demo member, then choose ``language`` with the header's switch."""
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(MEMBER.email)
    page.locator("input[name=password]").fill(demo_password())
    page.locator("main form [type=submit]").last.click()
    menu_open(page)
    expect(page.locator("form[action$='/logout/'] button")).to_be_visible()
    if page.locator("html").get_attribute("lang") != language:
        page.locator("#language-select").select_option(language)
        page.locator("form.language-switch [type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", language)


def axe_findings(page: Page) -> list[dict[str, Any]]:
    """Run axe-core on the page (``axe_ready`` loaded it) and return its violations."""
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return list(result["violations"])


def axe_ready(page: Page) -> None:
    """Load axe-core into every document the tab opens.

    An init script, not page.add_script_tag: the Content-Security-Policy refuses inline scripts,
    and the test must see the policy the server really sends."""
    page.add_init_script(path=AXE_SCRIPT)


def blocking(findings: list[dict[str, Any]]) -> list[str]:
    return [
        f"{finding['impact']} {finding['id']}: {finding['help']} at "
        + ", ".join(str(node["target"]) for node in finding["nodes"][:5])
        for finding in findings
        if finding["impact"] in BLOCKING_IMPACTS
    ]


PageOpener = Callable[..., Page]
