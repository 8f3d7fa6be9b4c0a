"""Browser tests: Playwright drives Debian's Chromium against a live Trellis server.

The server is pytest-django's live server: it runs in a thread of the test process and shares
the in-memory test database, so a test can prepare data with factories and read the emails the
server sent (``mailoutbox``). Screenshots go to e2e/artifacts/ (ignored by git): every test can
take its own with the ``screenshot`` fixture, and a failing test leaves one of its last page.
"""

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

# Playwright's sync API keeps an event loop in the test thread; Django would otherwise refuse
# the ORM calls a test makes to prepare data or check what the server wrote.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    Request,
    ViewportSize,
    sync_playwright,
)

from e2e.browser import CHROMIUM, CHROMIUM_ARGS, DESKTOP, Screenshot, artifact_path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under e2e/ is a browser test, whether or not its module says so."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in item.path.resolve().parents:
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make e2e` installs Debian's chromium")
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


@pytest.fixture
def server_url(
    live_server: Any, django_db_serialized_rollback: None, transactional_db: None
) -> str:
    """The live server's address, with a database that starts each test as migrated.

    Serialized rollback restores the rows data migrations created (the role catalogue), which a
    transactional test's flush would otherwise remove for the tests after it.
    """
    return str(live_server.url)


# Chromium reports each refusal twice: as a console error, as soon as it happens, and as a
# securitypolicyviolation event in the page, with the directive and the source position.
POLICY_CONSOLE_MESSAGES = ("Content Security Policy", "Permissions-Policy")
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.trellisReportViolation(
    `${event.effectiveDirective} refused ${event.blockedURI || "inline code"} ` +
      `at ${event.sourceFile}:${event.lineNumber}: ${event.sample}`
  );
});
"""


@pytest.fixture
def policy_violations() -> list[str]:
    """What the security policies refused on the tabs ``open_page`` opened. The test fails unless
    it is empty at the end; a test that provokes a refusal on purpose clears it."""
    return []


@pytest.fixture
def open_page(
    browser: Browser,
    server_url: str,
    policy_violations: list[str],
    request: pytest.FixtureRequest,
) -> Iterator[Callable[..., Page]]:
    """Opens browser tabs on the live server, each in its own context:
    ``open_page(locale="ru", viewport=PHONE)``, ``java_script_enabled=False`` for a browser that
    runs no scripts. The test fails if any of them requested another host (Trellis must work on
    a closed network), threw a JavaScript error or had something refused by the
    Content-Security-Policy (or a Permissions-Policy Chromium cannot read); when the test fails,
    the last tab opened leaves a screenshot."""
    server = urlsplit(server_url).netloc
    contexts: list[BrowserContext] = []
    pages: list[Page] = []
    elsewhere: list[str] = []
    script_errors: list[str] = []

    def on_request(browser_request: Request) -> None:
        address = urlsplit(browser_request.url)
        if address.scheme in {"http", "https", "ws", "wss"} and address.netloc != server:
            elsewhere.append(browser_request.url)

    def on_console(page: Page, message: ConsoleMessage) -> None:
        if any(policy in message.text for policy in POLICY_CONSOLE_MESSAGES):
            policy_violations.append(f"{page.url}: {message.text}")

    def on_violation(source: dict[str, Any], violation: str) -> None:
        policy_violations.append(f"{source['page'].url}: {violation}")

    def open_tab(
        *, locale: str = "en-US", viewport: ViewportSize = DESKTOP, java_script_enabled: bool = True
    ) -> Page:
        context = browser.new_context(
            base_url=server_url,
            locale=locale,
            viewport=viewport,
            java_script_enabled=java_script_enabled,
        )
        context.set_default_timeout(10_000)
        context.expose_binding("trellisReportViolation", on_violation)
        context.add_init_script(REPORT_VIOLATIONS)
        contexts.append(context)
        page = context.new_page()
        page.on("request", on_request)
        page.on("pageerror", lambda error: script_errors.append(str(error)))
        page.on("console", lambda message: on_console(page, message))
        pages.append(page)
        return page

    yield open_tab

    report = getattr(request.node, "report_call", None)
    if pages and report is not None and report.failed:
        pages[-1].screenshot(path=artifact_path(request.node.name, "failure"), full_page=True)
    for context in contexts:
        context.close()
    assert not elsewhere, f"pages requested other hosts: {elsewhere}"
    assert not script_errors, f"pages threw JavaScript errors: {script_errors}"
    assert not policy_violations, f"the security policies refused: {policy_violations}"


@pytest.fixture
def page(open_page: Callable[..., Page]) -> Page:
    """A desktop browser tab in English on the live server (see ``open_page``)."""
    return open_page()


@pytest.fixture
def screenshot(page: Page, request: pytest.FixtureRequest) -> Screenshot:
    """Save a full-page screenshot for review: ``screenshot("joined")`` shoots the test's page,
    ``screenshot("home-ru", page=other_page)`` another one. Returns the PNG's path."""

    def take(name: str, *, page: Page = page) -> Path:
        path = artifact_path(request.node.name, name)
        page.screenshot(path=path, full_page=True)
        return path

    return take
