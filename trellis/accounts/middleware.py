"""Who is asking, and in which language and time zone.

`RememberedAuthenticationMiddleware` is Django's authentication middleware with the signed-in
person's row remembered by each process (`trellis.core.remembered`) until any account changes:
the session is still read and checked on every request, the person's row only when it may
have changed. Each request gets its own copy, so what a request sets on `request.user` (the
permission facts, say) stays in that request.

`PreferredLanguageMiddleware`: the interface language and time zone a signed-in person chose
win over the defaults. Both are activated for one request only: the thread that served one
person must not carry their zone or language into the next request (or, in tests, into the
next test).
"""

import copy
import zoneinfo
from collections.abc import Callable
from typing import Any

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject

from trellis.core.remembered import remembered


def _person(request: HttpRequest) -> Any:
    session = request.session
    if SESSION_KEY not in session:
        return get_user(request)  # a visitor
    key = (
        "signed-in person",
        session.session_key,
        session[SESSION_KEY],
        session.get(BACKEND_SESSION_KEY),
        session.get(HASH_SESSION_KEY),
    )
    # Only a person is kept: a session that no longer verifies is flushed by get_user each time.
    person = remembered(
        key, lambda: get_user(request), areas=("accounts",), keep=lambda p: p.is_authenticated
    )
    return copy.copy(person)


class RememberedAuthenticationMiddleware(AuthenticationMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: _person(request))  # type: ignore[assignment]


class PreferredLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        language = getattr(user, "preferred_language", "") if signed_in else ""
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        zone = getattr(user, "time_zone", "") if signed_in else ""
        if zone:
            timezone.activate(zoneinfo.ZoneInfo(zone))
        else:
            timezone.deactivate()
        try:
            response = self.get_response(request)
            # Said here, while the request's language is still active: LocaleMiddleware,
            # outside this one, would otherwise name the default language.
            response.headers.setdefault("Content-Language", translation.get_language())
        finally:
            timezone.deactivate()
            translation.deactivate()
        return response
