"""How the security-headers middleware writes its headers; that every page carries them is
tested across the whole site in trellis/tests/test_content_security_policy.py."""

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory, override_settings

from trellis.core.security_headers import (
    SecurityHeadersMiddleware,
    content_security_policy,
    permissions_policy,
)


def test_the_policy_is_written_in_the_order_the_settings_give() -> None:
    header = content_security_policy(
        {"default-src": ["'self'"], "img-src": ["'self'", "data:"], "upgrade-insecure-requests": []}
    )
    assert header == "default-src 'self'; img-src 'self' data:; upgrade-insecure-requests"


def test_features_are_refused_with_an_empty_allow_list() -> None:
    assert permissions_policy({"camera": [], "fullscreen": ["self"]}) == (
        "camera=(), fullscreen=(self)"
    )


@pytest.mark.django_db
def test_the_site_policy_allows_only_its_own_files() -> None:
    response = Client().get("/")
    assert response["Content-Security-Policy"] == (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
    refused = response["Permissions-Policy"].split(", ")
    assert {"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"} <= set(refused)


def test_a_policy_a_view_sets_itself_is_kept() -> None:
    def view(request: HttpRequest) -> HttpResponse:
        response = HttpResponse("report")
        response["Content-Security-Policy"] = "sandbox"
        return response

    response = SecurityHeadersMiddleware(view)(RequestFactory().get("/"))
    assert response["Content-Security-Policy"] == "sandbox"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
@override_settings(DEBUG=True)
def test_django_debug_pages_keep_their_inline_style_during_development() -> None:
    client = Client()
    debug_page = client.get("/no-such-page/")
    assert debug_page.status_code == 404
    assert "<style" in debug_page.content.decode()
    assert "Content-Security-Policy" not in debug_page
    assert "camera=()" in debug_page["Permissions-Policy"]
    assert "default-src 'self'" in client.get("/")["Content-Security-Policy"]
