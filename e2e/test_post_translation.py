"""A Russian reader asks for a translation of an English question, a bilingual member adds it
from the queue, and the reader reads it marked as a translation, then switches to the original."""

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.browser import Screenshot
from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.conversations.models_translations import PostTranslation
from trellis.conversations.tests.factories import QuestionFactory

pytestmark = pytest.mark.e2e

TITLE_EN = "How do you forecast daily cash for the TSA?"
BODY_EN = "We forecast monthly and run short at the end of each month."
TITLE_RU = "Как вы прогнозируете ежедневные остатки на ЕКС?"
BODY_RU = "Мы прогнозируем помесячно, и в конце месяца нам не хватает денег."


def log_in(page: Page, email: str, log_out: str) -> None:
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("password")
    page.locator("main form button[type=submit]").first.click()
    expect(page.get_by_role("button", name=log_out)).to_be_visible()


@pytest.fixture
def question(server_url: str) -> Any:
    community = CommunityFactory(code="TCOP", slug="treasury")
    author = UserFactory(email="author@example.org", full_name="Ana Trajkovska")
    translator = UserFactory(email="translator@example.org", full_name="Dilnoza Karimova")
    reader = UserFactory(
        email="reader@example.org", full_name="Иван Петров", preferred_language="ru"
    )
    for person in (author, translator, reader):
        MembershipFactory(community=community, person=person)
    return QuestionFactory(
        community=community, author=author, title=TITLE_EN, body=BODY_EN, language="en"
    )


def test_member_translates_and_russian_reader_switches_to_original(
    open_page: Callable[..., Page], question: Any, screenshot: Screenshot
) -> None:
    reader = open_page(locale="ru-RU")
    log_in(reader, "reader@example.org", "Выйти")
    reader.goto(f"/questions/{question.pk}/")
    expect(reader.get_by_role("heading", name=TITLE_EN)).to_be_visible()
    reader.get_by_role("button", name="Попросить перевод").click()
    expect(reader.get_by_text("Перевод запрошен")).to_be_visible()
    screenshot("ru-reader-asks", page=reader)

    translator = open_page()
    log_in(translator, "translator@example.org", "Log out")
    translator.goto("/conversations/translations/?language=ru")
    expect(translator.get_by_role("link", name=TITLE_EN)).to_be_visible()
    translator.get_by_role("link", name="Translate", exact=True).click()
    expect(translator.get_by_text(BODY_EN)).to_be_visible()
    translator.locator("input[name=title]").fill(TITLE_RU)
    translator.locator("textarea[name=body]").fill(BODY_RU)
    screenshot("member-translates", page=translator)
    translator.get_by_role("button", name="Add the translation").click()
    expect(translator.get_by_text("your translation is shown to its readers")).to_be_visible()
    assert PostTranslation.objects.get().translator.email == "translator@example.org"

    reader.goto(f"/questions/{question.pk}/")
    expect(reader.get_by_role("heading", name=TITLE_RU)).to_be_visible()
    expect(reader.get_by_text(BODY_RU)).to_be_visible()
    expect(reader.locator(".translation-note .badge", has_text="Перевод")).to_be_visible()
    expect(reader.get_by_text("переводчик: Dilnoza Karimova")).to_be_visible()
    original = reader.locator("details.original")
    expect(original.get_by_text(BODY_EN)).to_be_hidden()
    screenshot("ru-reader-sees-translation", page=reader)
    original.locator("summary").click()
    expect(original.get_by_text(BODY_EN)).to_be_visible()
    screenshot("ru-reader-opens-original", page=reader)

    reader.get_by_role("link", name="Читать все посты в оригинале").click()
    expect(reader).to_have_url(re.compile(r"\?original=1$"))
    expect(reader.get_by_role("heading", name=TITLE_EN)).to_be_visible()
    expect(reader.get_by_text(BODY_RU)).to_have_count(0)
    screenshot("ru-reader-reads-originals", page=reader)
