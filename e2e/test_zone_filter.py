"""A person finds their time zone by typing a city, a country or an offset (issue 10, point 7).

The profile's grouped list of places gets a filter box: typing narrows the list (in English and
in Russian, whatever the case), Enter picks the first match, and the choice is saved. axe-core
finds no serious or critical violation on the form with the box in use, and without scripts the
box stays hidden and the plain list still works.
"""

from collections.abc import Callable
from typing import cast

import pytest
from django.urls import reverse
from playwright.sync_api import Locator, Page, expect

from e2e.browser import artifact_path
from e2e.main_pages import axe_findings, axe_ready, blocking
from trellis.accounts.models import User
from trellis.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.e2e

LIST = "select#id_time_zone"
BOX = "input#id_time_zone-filter"


def signed_in(page: Page, person: User) -> None:
    # The first page the live server renders loads templates and translations: on two busy
    # cores it can take longer than the 10-second default (as in test_main_pages_on_phones).
    page.set_default_navigation_timeout(30_000)
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(person.email)
    page.locator("input[name=password]").fill("password")
    page.locator("main form [type=submit]").last.click()
    expect(page.locator("form[action$='/logout/'] button")).to_be_visible()


def shown(page: Page) -> list[tuple[str, str, str]]:
    """(group, value, label) of every option the list offers now."""
    return [
        tuple(option)
        for option in page.locator(LIST).evaluate(
            "list => Array.from(list.options).map("
            "option => [option.parentElement.label || '', option.value, option.text])"
        )
    ]


def values(page: Page) -> set[str]:
    return {value for _, value, _ in shown(page)}


def status(page: Page) -> Locator:
    return page.locator("[data-select-filter] [role=status]")


@pytest.fixture
def person(server_url: str) -> User:
    return cast(User, UserFactory(email="zones@example.org", full_name="Aigerim Nurlanovna"))


def test_a_member_filters_by_city_and_offset_and_saves_with_the_keyboard(
    open_page: Callable[..., Page], person: User
) -> None:
    page = open_page()
    axe_ready(page)
    signed_in(page, person)
    page.goto(reverse("accounts:profile_edit"))
    box = page.get_by_label("Filter time zones")
    expect(box).to_be_visible()
    everything = len(shown(page))
    assert everything > 400
    chosen = page.locator(LIST).input_value()

    box.fill("almaty")
    expect(status(page)).to_have_text("Time zones found: 2")
    # The two Almatys (the network's countries, and Asia), and the zone chosen so far.
    assert values(page) == {"Asia/Almaty", chosen}
    assert [group for group, value, _ in shown(page) if value == "Asia/Almaty"] == [
        "The network's countries",
        "Asia",
    ]

    box.fill("+5")
    expect(status(page)).not_to_have_text("Time zones found: 2")
    offered = [(value, label) for _, value, label in shown(page) if value != chosen]
    assert {"Asia/Tashkent", "Asia/Karachi", "Asia/Kolkata"} <= {value for value, _ in offered}
    assert all("(UTC+05:" in label for _, label in offered), offered
    assert "Europe/Moscow" not in values(page)
    plus_five = values(page)
    box.fill("UTC+05")
    assert values(page) == plus_five
    box.fill("+5:30")
    assert {value for value in values(page) if value != chosen} == {"Asia/Kolkata", "Asia/Colombo"}

    box.fill("kazakhstan")
    assert {"Asia/Almaty", "Asia/Aqtobe", "Asia/Oral"} <= values(page)
    assert "Asia/Tashkent" not in values(page)
    box.fill("no such place")
    expect(status(page)).to_have_text("No time zone matches.")
    assert values(page) == {chosen}
    box.press("Escape")
    assert len(shown(page)) == everything

    box.fill("Almaty")
    expect(status(page)).to_have_text("Time zones found: 2")
    page.locator(LIST).locator("xpath=ancestor::fieldset").screenshot(
        path=artifact_path("zone-filter", "almaty")
    )
    findings = axe_findings(page)
    assert not blocking(findings), blocking(findings)
    box.press("Enter")
    expect(page.locator(LIST)).to_be_focused()
    expect(page.locator(LIST)).to_have_value("Asia/Almaty")
    page.get_by_role("button", name="Save my profile").click()
    expect(page.locator(".messages")).to_be_visible()
    person.refresh_from_db()
    assert person.time_zone == "Asia/Almaty"


def test_a_russian_speaker_finds_almaty_in_either_script(
    open_page: Callable[..., Page], person: User
) -> None:
    person.preferred_language = "ru"
    person.time_zone = "Europe/Ljubljana"
    person.save()
    page = open_page(locale="ru")
    axe_ready(page)
    signed_in(page, person)
    page.goto(reverse("accounts:profile_edit"))
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    box = page.get_by_label("Найти часовой пояс")

    for typed in ("Алматы", "АЛМАТЫ", "Almaty"):
        box.fill(typed)
        expect(status(page)).to_have_text("Найдено часовых поясов: 2")
        assert values(page) == {"Asia/Almaty", "Europe/Ljubljana"}
        labels = [label for _, value, label in shown(page) if value == "Asia/Almaty"]
        assert len(labels) == 2 and all(label.startswith("Алматы (UTC+") for label in labels)
    groups = {group for group, _, _ in shown(page)}
    assert groups == {"Страны сети", "Азия"}

    box.fill("казахстан")
    assert {"Asia/Almaty", "Asia/Aqtobe"} <= values(page)
    box.fill("+5")
    assert "Asia/Tashkent" in values(page)
    assert "Europe/Moscow" not in values(page)
    findings = axe_findings(page)
    assert not blocking(findings), blocking(findings)

    box.fill("Алматы")
    page.locator(LIST).select_option("Asia/Almaty")
    page.get_by_role("button", name="Сохранить профиль").click()
    expect(page.locator(".messages")).to_be_visible()
    person.refresh_from_db()
    assert person.time_zone == "Asia/Almaty"


def test_without_scripts_the_grouped_list_alone_still_works(
    open_page: Callable[..., Page], person: User
) -> None:
    page = open_page(java_script_enabled=False)
    signed_in(page, person)
    page.goto(reverse("accounts:profile_edit"))
    expect(page.locator(BOX)).to_be_hidden()
    assert page.locator(f"{LIST} option").count() > 400
    page.locator(LIST).select_option("Asia/Tashkent")
    page.get_by_role("button", name="Save my profile").click()
    expect(page.locator(".messages")).to_be_visible()
    person.refresh_from_db()
    assert person.time_zone == "Asia/Tashkent"
