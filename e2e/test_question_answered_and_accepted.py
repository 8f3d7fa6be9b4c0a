"""A member asks the help desk, a peer from another country answers, the asker accepts."""

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.browser import Screenshot
from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.conversations.models import Question

pytestmark = pytest.mark.e2e


def log_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("password")
    page.locator("main form").get_by_role("button", name=re.compile("sign in|log in", re.I)).click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


@pytest.fixture
def treasury(server_url: str) -> Any:
    community = CommunityFactory(code="TCOP", slug="treasury")
    asker = UserFactory(email="asker@example.org", full_name="Айжан Мусина", country="KZ")
    peer = UserFactory(email="peer@example.org", full_name="Ana Trajkovska", country="MK")
    MembershipFactory(community=community, person=asker)
    MembershipFactory(community=community, person=peer)
    return community


def test_member_asks_peer_answers_asker_accepts(
    open_page: Callable[..., Page], treasury: Any, screenshot: Screenshot
) -> None:
    asker_page = open_page()
    log_in(asker_page, "asker@example.org")
    asker_page.goto("/communities/treasury/questions/")
    asker_page.get_by_role("link", name=re.compile("Ask", re.I)).first.click()
    asker_page.locator("input[name=title]").fill("How do you forecast daily cash for the TSA?")
    asker_page.locator("textarea[name=body]").fill("We forecast **monthly** and run short.")
    community_select = asker_page.locator("select[name=community]")
    if community_select.count():
        community_select.select_option(label=re.compile("TCOP"))
    asker_page.locator("main form").get_by_role("button", name="Ask").click()
    expect(
        asker_page.get_by_role("heading", name="How do you forecast daily cash for the TSA?")
    ).to_be_visible()
    question = Question.objects.get()
    screenshot("asked", page=asker_page)

    peer_page = open_page()
    log_in(peer_page, "peer@example.org")
    peer_page.goto(f"/questions/{question.pk}/")
    peer_page.locator("textarea[name=body]").last.fill("We use a rolling 13-week forecast.")
    peer_page.get_by_role("button", name="Post the answer").click()
    expect(peer_page.get_by_text("We use a rolling 13-week forecast.")).to_be_visible()

    asker_page.goto(f"/questions/{question.pk}/")
    asker_page.get_by_role("button", name="Accept this answer").click()
    expect(asker_page.get_by_text(re.compile("Accepted", re.I)).first).to_be_visible()
    screenshot("accepted", page=asker_page)
    question.refresh_from_db()
    assert question.accepted_answer is not None
    assert question.accepted_answer.author.email == "peer@example.org"
