"""A member shares a PDF in the library, the convener publishes it, and anyone finds it by a
word of its text in another grammatical form (issue 12: "upload a document, then find it by a
word from its text in another grammatical form").

The live server runs the test settings' immediate task backend, so the text extraction and the
reindexing that the upload and the publication queue on commit run before the next page."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.browser import Screenshot
from e2e.main_pages import axe_findings, axe_ready, blocking
from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import (
    CommunityFactory,
    MembershipFactory,
    RoleAssignmentFactory,
)
from trellis.library.models import Document, DocumentStatus, ExtractionState
from trellis.library.sample_files import sample_pdf

pytestmark = pytest.mark.e2e

TITLE = "Казначейский опыт Казахстана"
TEXT = (
    "Мы перешли на бюджетное планирование по программам и ежедневный прогноз "
    "денежных потоков единого казначейского счёта."
)


def log_in(page: Page, email: str) -> None:
    page.set_default_navigation_timeout(30_000)
    page.set_default_timeout(30_000)
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("password")
    page.locator("main form [type=submit]").last.click()
    expect(page.locator("form[action$='/logout/'] button")).to_be_visible()


@pytest.fixture
def treasury(server_url: str) -> Any:
    community = CommunityFactory(code="TCOP", slug="treasury", visibility="public")
    member = UserFactory(email="sharer@example.org", full_name="Айжан Мусина", country="KZ")
    convener = UserFactory(email="convener@example.org", full_name="Ana Trajkovska")
    MembershipFactory(community=community, person=member)
    MembershipFactory(community=community, person=convener)
    RoleAssignmentFactory(community=community, person=convener)  # a convener by default
    return community


def test_a_shared_pdf_is_found_by_a_word_of_its_text_in_another_form(
    open_page: Callable[..., Page], treasury: Any, screenshot: Screenshot, tmp_path: Path
) -> None:
    pdf = tmp_path / "opyt.pdf"
    pdf.write_bytes(sample_pdf(title=TITLE, paragraphs=[TEXT]))

    sharer = open_page()
    log_in(sharer, "sharer@example.org")
    sharer.goto("/library/share/")
    form = sharer.locator("main form")
    form.get_by_label("Title").fill(TITLE)
    form.get_by_label("Kind").select_option("case_study")
    form.get_by_label("Language").select_option("ru")
    form.get_by_label("Community").select_option(str(treasury.pk))
    form.locator("input[type=file][name=file]").set_input_files(str(pdf))
    form.get_by_role("button", name="Share").click()
    expect(sharer.get_by_role("heading", name=TITLE)).to_be_visible()
    document = Document.objects.get(title=TITLE)
    version = document.current_version
    assert version is not None and version.extraction_state == ExtractionState.DONE
    sharer.get_by_role("button", name="Send for review").click()
    expect(sharer.get_by_text("In review").first).to_be_visible()

    convener = open_page()
    log_in(convener, "convener@example.org")
    convener.goto(f"/library/documents/{document.pk}/")
    convener.get_by_role("link", name="Review this document").click()
    convener.get_by_label("Publish").check()
    convener.get_by_role("button", name="Confirm the decision").click()
    expect(convener.get_by_text("Published").first).to_be_visible()
    document.refresh_from_db()
    assert document.status == DocumentStatus.PUBLISHED

    # A visitor, in Russian, types the words in other forms than the text has them.
    visitor = open_page(locale="ru")
    axe_ready(visitor)
    visitor.set_default_navigation_timeout(30_000)
    visitor.goto("/search/?q=бюджетного+планирования")
    hit = visitor.locator("ol.search-hits li").filter(has_text=TITLE)
    expect(hit).to_have_count(1)
    expect(hit.locator("mark").first).to_be_visible()
    screenshot("found", page=visitor)
    findings = axe_findings(visitor)
    assert not blocking(findings), blocking(findings)
    hit.get_by_role("link").click()
    expect(visitor.get_by_role("heading", name=TITLE)).to_be_visible()

    visitor.goto("/search/?q=казначейского+счета")
    expect(visitor.locator("ol.search-hits li").filter(has_text=TITLE)).to_have_count(1)
