"""404 and 500 pages as production serves them (DEBUG off): branded, in the reader's language."""

import pytest
from django.contrib.staticfiles import finders
from django.test import Client, RequestFactory, override_settings
from django.utils import translation
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db

ICONS = ("trellis/favicon.svg", "trellis/favicon.ico")


def assert_branded(page: str) -> None:
    assert 'class="site-header"' in page
    assert 'rel="stylesheet" href="/static/trellis/trellis.css"' in page
    for icon in ICONS:
        assert f'href="/static/{icon}"' in page


@override_settings(DEBUG=False)
@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Page not found", "There is no page at this address"),
        ("ru", "Страница не найдена", "По этому адресу нет страницы"),
    ],
)
def test_a_missing_address_shows_the_branded_page_not_found(client, world, language, title, text):
    response = client.get("/no-such-page/", headers={"accept-language": language})
    assert response.status_code == 404
    page = response.content.decode()
    assert_branded(page)
    assert f'<html lang="{language}">' in page
    assert f"<h1>{title}</h1>" in page and text in page
    # The page is a whole page of the site: its header shows the network and the menu.
    assert 'class="main-nav"' in page


@override_settings(DEBUG=False, ROOT_URLCONF="trellis.core.tests.error_urls")
@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Something went wrong", "The error has been logged."),
        ("ru", "Что-то пошло не так", "Ошибка записана в журнал."),
    ],
)
def test_a_failing_page_shows_the_branded_server_error(db, language, title, text):
    client = Client(raise_request_exception=False)
    response = client.get("/test-failure/", headers={"accept-language": language})
    assert response.status_code == 500
    page = response.content.decode()
    assert_branded(page)
    assert f'<html lang="{language}">' in page
    assert f"<h1>{title}</h1>" in page and text in page
    assert "a bug" not in page


def test_the_server_error_page_reads_no_database(django_assert_num_queries):
    """What failed may be the database: the page is made without it or the context processors."""
    request = RequestFactory().get("/")
    with translation.override("ru"), django_assert_num_queries(0):
        page = server_error(request).content.decode()
    assert "Что-то пошло не так" in page


def test_the_icons_are_static_files():
    for icon in ICONS:
        assert finders.find(icon), icon
