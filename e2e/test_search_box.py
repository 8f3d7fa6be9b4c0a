"""The header's search box: it fits a 360-pixel phone in both languages, folded in the menu,
and leads to the search page, which fits too."""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from e2e.main_pages import menu_open

pytestmark = pytest.mark.e2e

PHONE: ViewportSize = {"width": 360, "height": 780}


def _width(page: Page) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_search_box_fits_a_phone_and_leads_to_the_search_page(
    open_page: Callable[..., Page], language: str
) -> None:
    phone = open_page(locale=language, viewport=PHONE)
    # The live server's first page loads templates and translations: slow on two busy cores.
    phone.set_default_navigation_timeout(30_000)
    phone.set_default_timeout(30_000)
    phone.goto("/")
    menu_open(phone)
    box = phone.locator("form[role=search] input[type=search]")
    expect(box).to_be_visible()
    assert _width(phone) <= PHONE["width"]
    box.fill("бюджетное планирование")
    box.press("Enter")
    expect(phone).to_have_url(re.compile(r"/search/\?q=%D0%B1"))
    expect(phone.locator("main h1")).to_be_visible()
    expect(phone.locator("main .empty")).to_be_visible()
    menu_open(phone)
    assert _width(phone) <= PHONE["width"]
