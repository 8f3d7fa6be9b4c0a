"""Every main page fits a 360-pixel phone in both languages, its menu folds behind a button that
works with the keyboard (and stays open without scripts), and axe-core finds no serious or
critical accessibility violation on it, the menu open. (Pages that fit 360 pixels keep their
desktop layout above 48rem; the other browser tests drive them on a desktop.)

The first screen of each page lands in e2e/artifacts/ as phone-LANGUAGE-ROLE-PAGE.png, and
whatever axe-core reported (moderate and minor findings too) in axe-LANGUAGE-ROLE.json.
"""

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from e2e.browser import ARTIFACTS, artifact_path
from e2e.main_pages import (
    AXE_SCRIPT,
    MainPage,
    axe_findings,
    axe_ready,
    blocking,
    demo_pages_load,
    member_signs_in,
    menu_open,
    pages_for,
)

pytestmark = pytest.mark.e2e

NARROW: ViewportSize = {"width": 360, "height": 780}
NAVIGATION = "nav.main-nav"
MENU_BUTTON = "[data-menu-button]"


@pytest.fixture
def main_pages(server_url: str) -> list[MainPage]:
    if not AXE_SCRIPT.exists():
        pytest.fail(f"{AXE_SCRIPT} is missing: `make e2e` installs it with npm ci")
    return demo_pages_load()


def page_width(page: Page) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))


def wider_than_the_screen(page: Page) -> list[str]:
    """The elements that stick out to the right, to say what to fix."""
    return list(
        page.evaluate(
            """(width) => Array.from(document.querySelectorAll("body *"))
                .filter((element) => element.getBoundingClientRect().right > width + 0.5)
                .slice(0, 5)
                .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)""",
            NARROW["width"],
        )
    )


@pytest.mark.parametrize("role", ["visitor", "member"])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_main_page_fits_a_phone_and_passes_axe(
    open_page: Callable[..., Page], main_pages: list[MainPage], language: str, role: str
) -> None:
    phone = open_page(locale=language, viewport=NARROW)
    # The first page the live server renders loads templates and translations and fills the
    # remembered pages for the whole demo network: on two busy cores it took up to 8 seconds,
    # close to the 10-second default.
    phone.set_default_navigation_timeout(30_000)
    axe_ready(phone)
    if role == "member":
        member_signs_in(phone, language=language)

    too_wide: dict[str, str] = {}
    violations: list[str] = []
    findings: dict[str, Any] = {}
    for main_page in pages_for(main_pages, signed_in=role == "member"):
        response = phone.goto(main_page.path)
        assert response is not None and response.status == 200, f"{main_page.path}: {response}"
        expect(phone.locator("html")).to_have_attribute("lang", language)
        phone.screenshot(path=artifact_path(f"phone-{language}-{role}", main_page.name))
        if page_width(phone) > NARROW["width"]:
            too_wide[main_page.path] = f"{page_width(phone)}: {wider_than_the_screen(phone)}"
        expect(phone.locator(MENU_BUTTON)).to_be_visible()
        expect(phone.locator(NAVIGATION)).to_be_hidden()

        # With the menu open, axe-core sees everything the page offers.
        menu_open(phone)
        findings[main_page.path] = page_findings = axe_findings(phone)
        violations += [f"{main_page.path}: {violation}" for violation in blocking(page_findings)]

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-{language}-{role}.json").write_text(
        json.dumps(findings, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    problems = [
        f"wider than {NARROW['width']} pixels: {path} {why}" for path, why in too_wide.items()
    ]
    problems += [f"axe-core: {violation}" for violation in violations]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_menu_button_opens_the_navigation_with_the_keyboard(
    open_page: Callable[..., Page], server_url: str, language: str
) -> None:
    page = open_page(locale=language, viewport=NARROW)
    page.goto("/questions/")
    button = page.locator(MENU_BUTTON)
    expect(button).to_have_attribute("aria-controls", "site-menu")
    expect(button).to_have_attribute("aria-expanded", "false")

    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the network's name
    page.keyboard.press("Tab")
    expect(button).to_be_focused()
    ring = page.evaluate(
        "(() => { const style = getComputedStyle(document.activeElement);"
        " return [style.outlineStyle, style.outlineWidth, style.outlineColor]; })()"
    )
    assert ring == ["solid", "3px", "rgb(28, 36, 48)"]
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    navigation = page.locator(NAVIGATION)
    expect(navigation).to_be_visible()
    page.screenshot(path=artifact_path(f"phone-{language}", "menu-open"))

    page.keyboard.press("Tab")
    expect(navigation.get_by_role("link").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(navigation).to_be_hidden()

    page.keyboard.press("Space")
    expect(navigation).to_be_visible()
    navigation.locator("a[href='/people/']").click()
    expect(page).to_have_url(re.compile(r"/people/$"))
    menu_open(page)
    expect(navigation.locator("[aria-current=page]")).to_have_attribute("href", "/people/")


def test_without_scripts_the_menu_stays_open_and_the_page_still_fits(
    open_page: Callable[..., Page], main_pages: list[MainPage]
) -> None:
    page = open_page(locale="ru", viewport=NARROW, java_script_enabled=False)
    page.goto("/people/")
    expect(page.locator(MENU_BUTTON)).to_be_hidden()
    expect(page.locator(NAVIGATION).get_by_role("link").first).to_be_visible()
    expect(page.locator("#language-select")).to_be_visible()
    assert page_width(page) <= NARROW["width"], wider_than_the_screen(page)
    page.screenshot(path=artifact_path("phone-ru", "without-scripts"))
