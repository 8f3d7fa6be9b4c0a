"""After signing in, the home page is the person's own: a member sees their next activities
(with the joining link they registered for), what needs them and what is new in their
communities; a convener also sees what waits for them. In English and in Russian."""

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from playwright.sync_api import Page, expect

from e2e.browser import Screenshot
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.activities.models import ActivityStatus, Registration, RegistrationAnswer
from trellis.activities.tests.factories import ActivityFactory, AgendaItemFactory
from trellis.communities.models import MembershipState, Role
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)
from trellis.conversations.models import Flag
from trellis.conversations.tests.factories import QuestionFactory

pytestmark = pytest.mark.e2e


def log_in(page: Page, email: str) -> None:
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("password")
    page.locator("main form").get_by_role(
        "button", name=re.compile("sign in|log in|войти", re.I)
    ).click()
    page.wait_for_load_state()


@pytest.fixture
def network(server_url: str) -> Any:
    community = CommunityFactory(
        code="TCOP", slug="treasury", name={"en": "Treasury community", "ru": "Казначейство"}
    )
    member = UserFactory(email="olena@example.org", full_name="Olena Kovalenko")
    convener = UserFactory(email="convener@example.org", full_name="Arben Hoxha")
    asker = UserFactory(full_name="Ivan Petrov")
    for person in (member, convener, asker):
        MembershipFactory(community=community, person=person)
    RoleAssignmentFactory(
        community=community, person=convener, role=Role.objects.get(code=Role.CONVENER)
    )
    webinar = ActivityFactory(
        communities=[community],
        title={"en": "Cash forecasting webinar", "ru": "Вебинар о прогнозе ликвидности"},
        mode="online",
        online_url="https://meet.example.org/cash",
        starts_at=timezone.now() + timedelta(days=4),
    )
    Registration.objects.create(activity=webinar, person=member, answer=RegistrationAnswer.YES)
    topic = ExpertiseTopicFactory(slug="cash-management")
    member.expertise.add(topic)
    question = QuestionFactory(
        community=community, author=asker, title="How do you forecast daily cash needs?"
    )
    question.topics.add(topic)
    AgendaItemFactory(community=community, proposer=asker, title="Treasury single account")
    MembershipFactory(
        community=community,
        person=UserFactory(full_name="Nadia Newcomer"),
        state=MembershipState.PENDING,
    )
    ActivityFactory(
        communities=[community],
        title={"en": "Spring plenary", "ru": "Весенний пленум"},
        status=ActivityStatus.HELD,
        starts_at=timezone.now() - timedelta(days=12),
    )
    Flag.objects.create(
        target_type=ContentType.objects.get_for_model(question),
        target_id=question.pk,
        community=community,
        flagged_by=asker,
        reason="Duplicate",
    )
    return community


def test_a_member_finds_their_own_page(
    open_page: Callable[..., Page], network: Any, screenshot: Screenshot
) -> None:
    page = open_page()
    log_in(page, "olena@example.org")
    page.goto("/")
    expect(page.get_by_role("heading", name="Welcome, Olena Kovalenko")).to_be_visible()
    activities = page.locator("#my-next-activities")
    expect(activities.get_by_role("link", name="Cash forecasting webinar")).to_be_visible()
    expect(activities.get_by_role("link", name="Join online")).to_have_attribute(
        "href", "https://meet.example.org/cash"
    )
    needs = page.locator("#what-needs-me")
    expect(needs.get_by_text("In your expertise")).to_be_visible()
    expect(needs.get_by_role("link", name="How do you forecast daily cash needs?")).to_be_visible()
    expect(needs.get_by_role("link", name="Treasury single account")).to_be_visible()
    communities = page.locator("#my-communities")
    expect(communities.get_by_role("link", name="Treasury community")).to_be_visible()
    expect(communities.get_by_role("link", name="1 new question")).to_be_visible()
    expect(page.locator("#waiting-for-conveners")).to_have_count(0)
    screenshot("member", page=page)

    # Opening the community makes its news old.
    communities.get_by_role("link", name="Treasury community").click()
    page.goto("/")
    expect(page.locator("#my-communities").get_by_text("Nothing new.")).to_be_visible()

    russian = open_page(locale="ru-RU")
    log_in(russian, "olena@example.org")
    russian.goto("/")
    expect(russian.get_by_role("heading", name="Мои ближайшие мероприятия")).to_be_visible()
    expect(russian.get_by_role("heading", name="Где нужна моя помощь")).to_be_visible()
    screenshot("member-ru", page=russian)


def test_a_convener_sees_what_waits_for_them(
    open_page: Callable[..., Page], network: Any, screenshot: Screenshot
) -> None:
    page = open_page()
    log_in(page, "convener@example.org")
    page.goto("/")
    waiting = page.locator("#waiting-for-conveners")
    expect(waiting.get_by_role("link", name="1 person asks to join")).to_be_visible()
    expect(waiting.get_by_role("link", name="Spring plenary")).to_be_visible()
    expect(waiting.get_by_role("link", name="1 post waits for a moderator")).to_be_visible()
    screenshot("convener", page=page)
    waiting.get_by_role("link", name="1 person asks to join").click()
    expect(page.get_by_text("Nadia Newcomer")).to_be_visible()


def test_a_visitor_keeps_the_public_home_page(
    open_page: Callable[..., Page], network: Any, screenshot: Screenshot
) -> None:
    page = open_page()
    page.goto("/")
    expect(page.get_by_role("link", name="Join the network")).to_be_visible()
    expect(page.locator("#my-next-activities")).to_have_count(0)
