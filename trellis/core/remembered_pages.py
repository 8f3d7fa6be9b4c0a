"""Whole pages and API answers a process has already rendered for the same viewer and data.

`@remember_page` on a view keeps the HTML of its 200 answers to GET requests (`remembered`):
the same person (or any visitor) asking for the same address, in the same language, time zone
and minute, while no data the page reads has changed (`trellis.core.generations`), gets the
page without the view running. What differs between two requests for one page is put back
when it is served: the CSRF token (each request gets its own) — and what an app adds to the key
with `vary_pages_on` (the header's unread count). A request with messages to show, or made by
htmx for part of a page, is not served from memory unless its headers are in the key.

`RememberedApiMiddleware` does the same for the API's GET answers to a signed-in session or a
visitor; requests with an access token run every time (a revoked token must stop at once).
"""

import re
import secrets
import sys
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.contrib.messages import get_messages
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token

from trellis.core import generations
from trellis.core.remembered import CONTENT, remembered, viewer_key

_key_parts: list[Callable[[HttpRequest], Hashable]] = []
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')
# Where the token goes back; random per process, so no text a person typed can be one.
_TOKEN_SLOT = f"\x00csrf-{secrets.token_hex(8)}\x00"
# Answers that read what is never watched (`generations.IGNORED_TABLES`) are never kept.
_NEVER = ("/api/v1/tokens",)


def vary_pages_on(part: Callable[[HttpRequest], Hashable]) -> None:
    """Add something every remembered page depends on (called once, from an app's ready())."""
    _key_parts.append(part)


@dataclass(frozen=True)
class _Page:
    body: str
    headers: tuple[tuple[str, str], ...]

    def remembered_cost(self) -> int:
        return sys.getsizeof(self.body) + sum(len(k) + len(v) for k, v in self.headers)


def _stored(request: HttpRequest, response: HttpResponse, token_used_before: bool) -> _Page | None:
    if getattr(response, "is_rendered", True) is False:
        response.render()  # type: ignore[attr-defined]
    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    body = response.content.decode(response.charset)
    token = _TOKEN.search(body)
    if token is not None:
        body = body.replace(token.group(1), _TOKEN_SLOT)
    elif request.META.get("CSRF_COOKIE_NEEDS_UPDATE") and not token_used_before:
        return None  # a token somewhere the slot cannot find it (the API's docs page)
    return _Page(body=body, headers=tuple(response.items()))


def _served(request: HttpRequest, page: _Page) -> HttpResponse:
    body = page.body
    if _TOKEN_SLOT in body:
        body = body.replace(_TOKEN_SLOT, get_token(request))
    response = HttpResponse(body)
    for name, value in page.headers:
        response[name] = value
    return response


def _rememberable(request: HttpRequest) -> bool:
    return request.method == "GET" and not len(get_messages(request))


def _key(request: HttpRequest, name: str, vary: Hashable = None) -> Hashable:
    htmx = tuple(sorted((k, v) for k, v in request.headers.items() if k.lower().startswith("hx-")))
    return (
        name,
        viewer_key(getattr(request, "user", None)),
        # Absolute addresses on a page (calendar links) name the host it was asked from.
        request.get_host(),
        request.get_full_path(),
        htmx,
        tuple(part(request) for part in _key_parts),
        vary,
    )


def _through_memory(
    request: HttpRequest,
    name: str,
    render: Callable[[], HttpResponse],
    areas: tuple[str, ...],
    vary: Callable[[HttpRequest], Hashable] | None = None,
) -> HttpResponse:
    fresh: list[HttpResponse] = []
    # The numbers first: the viewer's row is read after them, so it is at least as new.
    generations.current(*areas)
    token_used_before = bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))

    def compute() -> _Page | None:
        response = render()
        fresh.append(response)
        session = getattr(request, "session", None)
        if session is not None and session.modified:  # what it stored would not be stored again
            return None
        return _stored(request, response, token_used_before)

    key = _key(request, name, vary(request) if vary is not None else None)
    page = remembered(key, compute, areas=areas, keep=lambda page: page is not None)
    if fresh:  # rendered by this request: answer with it as it is
        return fresh[0]
    assert page is not None  # only pages were kept
    return _served(request, page)


def remember_page(
    view: Callable[..., HttpResponse] | None = None,
    *,
    areas: tuple[str, ...] = CONTENT,
    vary: Callable[[HttpRequest], Hashable] | None = None,
) -> Any:
    """Decorate a page view; `areas` are the apps whose data the page shows, `vary(request)`
    anything else it depends on that no area counts (read after the areas' numbers)."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        name = f"{view.__module__}.{view.__qualname__}"

        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not _rememberable(request):
                return view(request, *args, **kwargs)
            return _through_memory(
                request, name, lambda: view(request, *args, **kwargs), areas, vary
            )

        return wrapper

    return decorate(view) if view is not None else decorate


class RememberedApiMiddleware:
    """The API's GET answers, remembered per viewer like pages (after authentication)."""

    PREFIX = "/api/v1/"
    # Answers that show notices depend on them too.
    NOTICES = ("/api/v1/notifications", "/api/v1/me")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path
        if (
            not path.startswith(self.PREFIX)
            or path.startswith(_NEVER)
            or request.method != "GET"
            or "authorization" in request.headers
        ):
            return self.get_response(request)
        areas = (*CONTENT, "notifications") if path.startswith(self.NOTICES) else CONTENT
        return _through_memory(request, "api", lambda: self.get_response(request), areas)
