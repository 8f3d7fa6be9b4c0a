"""A visitor reads a community's value proposition, signs up, joins and switches to Russian."""

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.browser import Screenshot
from trellis.accounts.models import User
from trellis.communities.models import JoinPolicy, Membership, MembershipState, Visibility
from trellis.communities.tests.factories import CommunityFactory

pytestmark = pytest.mark.e2e

CONFIRMATION_PATH = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/\S+)")


@pytest.fixture
def budget_community(server_url: str) -> Any:
    return CommunityFactory(
        code="BCOP",
        slug="budget",
        name={"en": "Budget community of practice", "ru": "Бюджетное сообщество практиков"},
        description={"en": "Budget officials learning together.", "ru": "Учимся вместе."},
        visibility=Visibility.PUBLIC,
        join_policy=JoinPolicy.OPEN,
        value_proposition={
            "why_care": {
                "en": "Every ministry struggles with programme budgeting.",
                "ru": "Каждое министерство сталкивается с программным бюджетированием.",
            },
            "together": {
                "en": "Study visits, webinars and a help desk.",
                "ru": "Учебные визиты, вебинары и справочная служба.",
            },
        },
    )


def test_visitor_reads_why_join_signs_up_joins_and_switches_to_russian(
    page: Page, budget_community: Any, mailoutbox: list[Any], screenshot: Screenshot
) -> None:
    page.goto("/")
    page.get_by_role("link", name="Budget community of practice").click()

    expect(page).to_have_url(re.compile(r"/communities/budget/$"))
    why_join = page.locator("section", has=page.get_by_role("heading", name="Why join"))
    expect(why_join).to_contain_text("Why should I care?")
    expect(why_join).to_contain_text("Every ministry struggles with programme budgeting.")
    screenshot("value-proposition")

    page.get_by_role("complementary", name="Membership").get_by_role("link", name="Sign up").click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/"))
    page.locator("input[name=email]").fill("aigerim@minfin.example.kz")
    page.locator("input[name=full_name]").fill("Айгерим Нурланова")
    page.locator("input[name=password1]").fill("a long budget passphrase")
    page.locator("input[name=password2]").fill("a long budget passphrase")
    screenshot("sign-up")
    page.locator("main form").get_by_role("button", name=re.compile("sign up", re.I)).click()

    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/"))
    assert [message.to for message in mailoutbox] == [["aigerim@minfin.example.kz"]]
    link = CONFIRMATION_PATH.search(mailoutbox[0].body)
    assert link, mailoutbox[0].body
    page.goto(link.group(1))
    page.locator("main form").get_by_role("button", name=re.compile("confirm", re.I)).click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()

    page.goto("/communities/budget/")
    page.get_by_role("complementary", name="Membership").get_by_role(
        "button", name="Join", exact=True
    ).click()
    expect(page.get_by_text("You are a member of this community.")).to_be_visible()
    person = User.objects.get(email="aigerim@minfin.example.kz")
    assert person.full_name == "Айгерим Нурланова"
    membership = Membership.objects.get(community=budget_community, person=person)
    assert membership.state == MembershipState.ACTIVE
    screenshot("joined")

    page.get_by_label("Language").select_option("ru")
    page.get_by_role("button", name="Change language").click()

    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page).to_have_url(re.compile(r"/communities/budget/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Бюджетное сообщество практиков")
    expect(page.locator("#why-heading")).not_to_have_text("Why join")
    expect(page.locator("main")).to_contain_text("Каждое министерство")
    person.refresh_from_db()
    assert person.preferred_language == "ru"
    screenshot("russian")
