"""The one place that turns exceptions into the API's error body.

Every error answers `{"error": {"code": ..., "message": ..., "fields": {...}}}` with a message
in the request's language. Invalid input is a 422 whether ninja's schemas or the domain's
`full_clean` found it, so a client has one status to handle.
"""

import logging
from typing import Any

from django.core.exceptions import (
    NON_FIELD_ERRORS,
    BadRequest,
    PermissionDenied,
    RequestDataTooBig,
    SuspiciousOperation,
)
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.signals import got_request_exception
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled
from ninja.errors import ValidationError as SchemaValidationError

from trellis.accounts.sign_in_throttle import TooManyAttemptsError
from trellis.core import single_line
from trellis.core.api_schemas import NOT_BLANK_PATTERN
from trellis.core.constraints import constraint_message
from trellis.core.errors import LoginRequired, TrellisError

logger = logging.getLogger("django.request")

FieldErrors = dict[str, list[str]]


def error_response(
    api: NinjaAPI,
    request: HttpRequest,
    *,
    status: int,
    code: str,
    message: Any,
    fields: FieldErrors | None = None,
) -> HttpResponse:
    body = {"error": {"code": code, "message": str(message), "fields": fields or {}}}
    response = api.create_response(request, body, status=status)
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def _schema_message(error: dict[str, Any]) -> str:
    """A translated message for one pydantic error (pydantic's own are English only).

    Where Django's catalogue has the same message, its msgid is reused, so the message is
    translated before the project's catalogue has it.
    """
    kind = error.get("type", "")
    context = error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return _("Enter a whole number.")
    if kind in {"greater_than_equal", "greater_than"}:
        limit = context.get("ge", context.get("gt"))
        return _("Ensure this value is greater than or equal to %(limit_value)s.") % {
            "limit_value": limit
        }
    if kind in {"less_than_equal", "less_than"}:
        limit = context.get("le", context.get("lt"))
        return _("Ensure this value is less than or equal to %(limit_value)s.") % {
            "limit_value": limit
        }
    if kind == "string_too_long":
        return _("Ensure this value has at most %(limit_value)s characters.") % {
            "limit_value": context.get("max_length")
        }
    if kind == "string_too_short":
        return _("This field cannot be blank.")
    if kind == "too_long":
        return _("Send at most %(limit_value)s items.") % {"limit_value": context.get("max_length")}
    if kind in {"enum", "literal_error"}:
        return _("Select a valid choice. That choice is not one of the available choices.")
    if kind == "string_pattern_mismatch":
        pattern = context.get("pattern")
        if pattern == single_line.SINGLE_LINE_PATTERN:
            return str(single_line.MESSAGE)
        if pattern == NOT_BLANK_PATTERN:
            return _("This field cannot be blank.")
    if kind == "too_short":
        return _("This field cannot be blank.")
    if kind == "string_type":
        return _("Enter text.")
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return _("Send a JSON object.")
    if kind == "list_type":
        return _("Send a JSON list.")
    if kind == "bool_parsing" or kind == "bool_type":
        return _("Enter true or false.")
    if kind == "extra_forbidden":
        return _("This field is not known.")
    if kind == "json_invalid":
        return _("Enter a valid JSON.")
    if kind == "value_error" and "error" in context:
        # Raised by our own validators, with a message translated when it was raised.
        return str(context["error"])
    return _("Enter a valid value.")


def _schema_field(location: tuple[Any, ...]) -> str:
    """`("body", "payload", "name", "en")` → `name.en`; `("query", "page")` → `page`."""
    if not location:
        return NON_FIELD_ERRORS
    source, *path = location
    if source == "body" and path:
        path = path[1:]  # the endpoint's parameter name, which the client never sees
    return ".".join(str(part) for part in path) or NON_FIELD_ERRORS


def schema_validation_error(
    api: NinjaAPI, request: HttpRequest, exc: SchemaValidationError
) -> HttpResponse:
    fields: FieldErrors = {}
    for error in exc.errors:
        fields.setdefault(_schema_field(tuple(error.get("loc", ()))), []).append(
            _schema_message(error)
        )
    return error_response(
        api,
        request,
        status=422,
        code="validation_error",
        message=_("Some of the input is not valid."),
        fields=fields,
    )


def domain_validation_error(
    api: NinjaAPI, request: HttpRequest, exc: DjangoValidationError
) -> HttpResponse:
    if hasattr(exc, "error_dict"):
        fields = {
            name: [str(message) for message in messages]
            for name, messages in exc.message_dict.items()
        }
    else:
        fields = {NON_FIELD_ERRORS: [str(message) for message in exc.messages]}
    return error_response(
        api,
        request,
        status=422,
        code="validation_error",
        message=_("Some of the input is not valid."),
        fields=fields,
    )


def http_error(api: NinjaAPI, request: HttpRequest, exc: HttpError) -> HttpResponse:
    """Errors ninja raises itself: an unparsable body, a failed CSRF check, a bad token."""
    if isinstance(exc, AuthenticationError):
        return not_authenticated(api, request, exc)
    if isinstance(exc, Throttled):
        return error_response(
            api, request, status=429, code="throttled", message=_("Too many requests.")
        )
    known = {
        400: ("parse_error", _("The request body is not valid JSON.")),
        403: ("csrf_failed", _("The CSRF check failed. Reload the page and try again.")),
    }
    code, message = known.get(exc.status_code, ("error", _("The request could not be handled.")))
    return error_response(api, request, status=exc.status_code, code=code, message=message)


def not_authenticated(api: NinjaAPI, request: HttpRequest, exc: Exception) -> HttpResponse:
    default = _("Sign in, or send a valid access token, to do this.")
    return error_response(
        api,
        request,
        status=401,
        code=getattr(exc, "code", "not_authenticated"),
        message=getattr(exc, "message", default),
    )


def permission_denied(api: NinjaAPI, request: HttpRequest, exc: Exception) -> HttpResponse:
    """The reason `require` was given, when there is one: it tells the person why not."""
    return error_response(
        api,
        request,
        status=403,
        code="permission_denied",
        message=str(exc) or _("You do not have permission to do this."),
    )


def not_found(api: NinjaAPI, request: HttpRequest, exc: Exception) -> HttpResponse:
    return error_response(api, request, status=404, code="not_found", message=_("Not found."))


def conflict(api: NinjaAPI, request: HttpRequest, exc: TrellisError) -> HttpResponse:
    return error_response(api, request, status=409, code=exc.code, message=exc.message)


def integrity_conflict(api: NinjaAPI, request: HttpRequest, exc: IntegrityError) -> HttpResponse:
    """A database rule met by two requests at once: the rule's message, never its name."""
    return error_response(
        api, request, status=409, code="conflict", message=constraint_message(exc)
    )


def too_many_attempts(
    api: NinjaAPI, request: HttpRequest, exc: TooManyAttemptsError
) -> HttpResponse:
    return error_response(api, request, status=429, code=exc.code, message=exc.message)


def unreadable_request(api: NinjaAPI, request: HttpRequest, exc: Exception) -> HttpResponse:
    """A body that cannot be parsed as its Content-Type says (a multipart body without a
    boundary, too many fields): the client's fault, found before any endpoint runs."""
    return error_response(
        api,
        request,
        status=400,
        code="bad_request",
        message=_("The request could not be read: check its body and Content-Type."),
    )


def too_large(api: NinjaAPI, request: HttpRequest, exc: Exception) -> HttpResponse:
    return error_response(
        api, request, status=413, code="too_large", message=_("The request is too large.")
    )


def server_error(api: NinjaAPI, request: HttpRequest, exc: Exception) -> HttpResponse:
    """A bug: logged and signalled as Django does for pages, answered in the error shape."""
    logger.error(
        "Internal Server Error: %s",
        request.path,
        exc_info=(type(exc), exc, exc.__traceback__),
        extra={"request": request},
    )
    got_request_exception.send(sender=None, request=request)
    return error_response(
        api,
        request,
        status=500,
        code="server_error",
        message=_("Something went wrong on our side. It has been logged."),
    )


HANDLERS: list[tuple[type[Exception], Any]] = [
    (Exception, server_error),
    (SchemaValidationError, schema_validation_error),
    (DjangoValidationError, domain_validation_error),
    (HttpError, http_error),
    (LoginRequired, not_authenticated),
    (PermissionDenied, permission_denied),
    (Http404, not_found),
    (TrellisError, conflict),
    (IntegrityError, integrity_conflict),
    (TooManyAttemptsError, too_many_attempts),
    (MultiPartParserError, unreadable_request),
    (BadRequest, unreadable_request),
    (SuspiciousOperation, unreadable_request),
    (RequestDataTooBig, too_large),
]


def error_handlers_install(api: NinjaAPI) -> None:
    def bound(handler: Any) -> Any:
        def handle(request: HttpRequest, exc: Exception) -> HttpResponse:
            return handler(api, request, exc)  # type: ignore[no-any-return]

        return handle

    for exception_class, handler in HANDLERS:
        api.add_exception_handler(exception_class, bound(handler))
