"""A Russian reader asks for a translation of an English learning agenda item, a bilingual member
adds it from the queue, and the reader is told, reads the item translated on its page and on the
agenda, and opens the original."""

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.browser import Screenshot
from e2e.test_post_translation import log_in
from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import AgendaItem
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory

pytestmark = pytest.mark.e2e

TITLE_EN = "How do we forecast arrears?"
DESCRIPTION_EN = "Arrears grow at the end of each quarter."
TITLE_RU = "Как мы прогнозируем задолженность?"
DESCRIPTION_RU = "Задолженность растёт в конце каждого квартала."


@pytest.fixture
def item(server_url: str) -> Any:
    community = CommunityFactory(code="ACOP", slug="arrears")
    translator = UserFactory(email="translator@example.org", full_name="Dilnoza Karimova")
    reader = UserFactory(
        email="reader@example.org", full_name="Иван Петров", preferred_language="ru"
    )
    for person in (translator, reader):
        MembershipFactory(community=community, person=person)
    return AgendaItem.objects.create(
        community=community, title=TITLE_EN, description=DESCRIPTION_EN, language="en"
    )


def test_an_agenda_item_asked_for_translated_and_read_in_russian(
    open_page: Callable[..., Page], item: Any, screenshot: Screenshot
) -> None:
    item_path = f"/communities/arrears/agenda/{item.pk}/"
    reader = open_page(locale="ru-RU")
    log_in(reader, "reader@example.org", "Выйти")
    reader.goto(item_path)
    expect(reader.get_by_role("heading", name=TITLE_EN)).to_be_visible()
    reader.get_by_role("button", name="Попросить перевод").click()
    expect(reader.get_by_text("Перевод запрошен")).to_be_visible()

    translator = open_page()
    log_in(translator, "translator@example.org", "Log out")
    translator.goto("/conversations/translations/?language=ru")
    expect(translator.get_by_role("link", name=TITLE_EN)).to_be_visible()
    translator.get_by_role("link", name="Translate", exact=True).click()
    expect(translator.get_by_text(DESCRIPTION_EN)).to_be_visible()
    translator.locator("input[name=title]").fill(TITLE_RU)
    translator.locator("textarea[name=body]").fill(DESCRIPTION_RU)
    translator.get_by_role("button", name="Add the translation").click()
    expect(translator.get_by_text("your translation is shown to its readers")).to_be_visible()

    reader.goto("/notifications/")
    notice = reader.get_by_role("link", name=TITLE_RU)
    expect(reader.get_by_text("Dilnoza Karimova перевёл(а) то, что вы просили")).to_be_visible()
    notice.click()
    expect(reader.get_by_role("heading", name=TITLE_RU)).to_be_visible()
    expect(reader.get_by_text(DESCRIPTION_RU)).to_be_visible()
    expect(reader.get_by_text("переводчик: Dilnoza Karimova")).to_be_visible()
    original = reader.locator("details.original")
    expect(original.get_by_text(DESCRIPTION_EN)).to_be_hidden()
    original.locator("summary").click()
    expect(original.get_by_text(DESCRIPTION_EN)).to_be_visible()
    screenshot("ru-reader-sees-agenda-translation", page=reader)

    reader.goto("/communities/arrears/agenda/")
    expect(reader.get_by_role("link", name=TITLE_RU)).to_be_visible()
    reader.get_by_role("link", name="Читать все пункты в оригинале").click()
    expect(reader.get_by_role("link", name=TITLE_EN)).to_be_visible()
