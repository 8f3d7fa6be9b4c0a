"""Turns application errors raised by views into the responses people expect."""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

from trellis.core.constraints import constraint_message
from trellis.core.errors import LoginRequired, TrellisError


class ApplicationErrorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, LoginRequired):
            return redirect_to_login(request.get_full_path())
        if isinstance(exception, TrellisError | IntegrityError):
            message = (
                exception.message
                if isinstance(exception, TrellisError)
                else constraint_message(exception)
            )
            messages.error(request, str(message))
            referer = request.headers.get("referer", "")
            safe = url_has_allowed_host_and_scheme(
                referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            )
            return HttpResponseRedirect(referer if referer and safe else "/")
        return None
