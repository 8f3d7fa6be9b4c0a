"""Screenshots of the public pages in each language, for reviewing how Trellis looks.

Each page must answer 200 in the language asked for; the ``open_page`` fixture also fails the test
if a page reaches another host or throws a script error. The pictures land in e2e/artifacts/.
"""

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.browser import DESKTOP, PHONE, artifact_path
from trellis.communities.models import JoinPolicy
from trellis.communities.tests.factories import CommunityFactory

pytestmark = pytest.mark.e2e

PUBLIC_PAGES = {
    "home": "/",
    "communities": "/communities/",
    "community": "/communities/treasury/",
    "sign-up": "/accounts/signup/",
    "log-in": "/accounts/login/",
}


@pytest.fixture
def treasury(server_url: str) -> Any:
    return CommunityFactory(
        code="TCOP",
        slug="treasury",
        name={"en": "Treasury community of practice", "ru": "Казначейское сообщество практиков"},
        join_policy=JoinPolicy.OPEN,
        value_proposition={
            "why_care": {
                "en": "Cash management is changing.",
                "ru": "Управление ликвидностью меняется.",
            }
        },
    )


@pytest.mark.parametrize("language", ["en", "ru"])
def test_public_pages_render_in_each_language(
    open_page: Callable[..., Page], treasury: Any, language: str
) -> None:
    for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page = open_page(locale=language, viewport=viewport)
        for name, path in PUBLIC_PAGES.items():
            response = page.goto(path)
            assert response is not None and response.status == 200, f"{path}: {response}"
            expect(page.locator("html")).to_have_attribute("lang", language)
            page.screenshot(
                path=artifact_path(f"page-{language}", f"{name}-{viewport_name}"), full_page=True
            )
