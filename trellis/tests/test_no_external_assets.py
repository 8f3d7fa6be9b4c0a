"""Trellis must work on a closed government network: no page loads anything from another host."""

from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client

from trellis.accounts.tests.factories import UserFactory
from trellis.conftest import World

# (tag, attribute) pairs through which a page makes the browser fetch something.
FETCHING_ATTRIBUTES = {
    ("script", "src"),
    ("link", "href"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("object", "data"),
    ("embed", "src"),
}


class FetchedURLs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            if (tag, name) in FETCHING_ATTRIBUTES and value:
                self.urls.extend(part.strip().split(" ")[0] for part in value.split(","))
            if name == "style" and value:
                self.inline_styles.append(value)

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.inline_styles.append(data)


def is_external(url: str) -> bool:
    return url.startswith(("//", "http:", "https:")) and not url.startswith(
        ("http://testserver/", "https://testserver/")
    )


PAGES = [
    ("visitor", "/"),
    ("visitor", "/communities/"),
    ("visitor", "/communities/public-cop/"),
    ("visitor", "/people/"),
    ("visitor", "/accounts/login/"),
    ("visitor", "/accounts/signup/"),
    ("visitor", "/accounts/password/reset/"),
    ("visitor", "/api/v1/docs"),
    ("member", "/profile/"),
    ("member", "/communities/public-cop/members/"),
    ("convener", "/communities/public-cop/edit/"),
    ("convener", "/communities/public-cop/manage/"),
    ("convener", "/communities/public-cop/roles/"),
    ("member", "/accounts/2fa/"),
    ("operator", "/admin/"),
]


@pytest.fixture
def operator(db: None) -> Any:
    """Whoever runs the installation: the admin site is theirs, not the network admins'."""
    return UserFactory(email="operator@example.org", is_staff=True, is_superuser=True)


@pytest.mark.parametrize(("role", "path"), PAGES)
def test_page_fetches_nothing_from_another_host(
    client: Client, world: World, operator: Any, role: str, path: str
) -> None:
    person = operator if role == "operator" else world.person(role)
    if person is not None:
        client.force_login(person)
    response = client.get(path)
    assert response.status_code == 200, path
    parser = FetchedURLs()
    parser.feed(response.content.decode())
    external = [url for url in parser.urls if is_external(url)]
    assert not external, f"{path} loads from another host: {external}"
    assert parser.urls, f"{path}: expected the page to load the project's own styles"
    for style in parser.inline_styles:
        assert "url(http" not in style and "@import" not in style, path
