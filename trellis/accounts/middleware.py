"""The interface language and time zone a signed-in person chose win over the defaults.

Both are activated for one request only: the thread that served one person must not carry
their zone or language into the next request (or, in tests, into the next test).
"""

import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation


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
