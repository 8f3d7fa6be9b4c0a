"""The Content-Security-Policy and Permissions-Policy headers on every response.

Django 5.2 has no CSP of its own; this middleware reads `SECURE_CSP` in the shape Django 6.0's
`ContentSecurityPolicyMiddleware` reads it (directive name to a list of sources), so moving to
Django's own is a change of the MIDDLEWARE line. As there, a header a view set itself is kept.
"""

from collections.abc import Callable, Mapping, Sequence

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def content_security_policy(directives: Mapping[str, Sequence[str] | str]) -> str:
    """`{"default-src": ["'self'"], "upgrade-insecure-requests": []}` as a header value."""
    parts = []
    for directive, sources in directives.items():
        values = [sources] if isinstance(sources, str) else list(sources)
        parts.append(" ".join([directive, *values]))
    return "; ".join(parts)


def permissions_policy(features: Mapping[str, Sequence[str]]) -> str:
    """`{"camera": [], "fullscreen": ["self"]}` as `camera=(), fullscreen=(self)`."""
    return ", ".join(f"{feature}=({' '.join(allowed)})" for feature, allowed in features.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.content_security_policy = content_security_policy(settings.SECURE_CSP)
        self.permissions_policy = permissions_policy(settings.PERMISSIONS_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not _is_debug_page(response):
            response.setdefault("Content-Security-Policy", self.content_security_policy)
        response.setdefault("Permissions-Policy", self.permissions_policy)
        return response


def _is_debug_page(response: HttpResponse) -> bool:
    """Django's yellow 404 and 500 pages, shown only with DEBUG on, style and script themselves
    inline; under the policy a developer would get them bare. Production never sends them."""
    return (
        settings.DEBUG
        and response.status_code in {404, 500}
        and response.get("Content-Type", "").startswith("text/html")
    )
