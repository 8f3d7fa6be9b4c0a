"""Who is asking: a personal access token, the browser's session, or a visitor.

Every operation tries the three in turn, and the one that answers is put on `request.user`, so
endpoints hand the same person object to the same permission predicates as the pages do. What
a visitor may not do is refused by those predicates (401), not by the authentication layer.
"""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils import translation
from ninja.errors import AuthenticationError
from ninja.security import APIKeyCookie, HttpBearer

from trellis.accounts.services import access_token_authenticate


class AccessTokenAuth(HttpBearer):
    """`Authorization: Bearer trl_...`. A wrong or revoked token is a 401, never a visitor."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        person = access_token_authenticate(raw=token.strip())
        if person is None:
            raise AuthenticationError
        request.user = person
        if person.preferred_language:
            # The middleware that applies a person's language ran before the token was read.
            translation.activate(person.preferred_language)
            request.LANGUAGE_CODE = person.preferred_language
        return person


class SessionAuth(APIKeyCookie):
    """The signed-in browser session; unsafe methods must carry the CSRF token.

    Unlike ninja's `django_auth`, a request without a signed-in session is passed on (to the
    visitor) instead of failing the CSRF check, so a visitor's POST is answered with 401.
    """

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        if key is None or not request.user.is_authenticated:
            return None
        return request.user


def visitor(request: HttpRequest) -> AnonymousUser:
    """Nobody signed in: the person the predicates call a visitor."""
    person = AnonymousUser()
    request.user = person
    return person


AUTHENTICATION: list[Callable[[HttpRequest], Any]] = [AccessTokenAuth(), SessionAuth(), visitor]
