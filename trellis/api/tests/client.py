"""A test client for the API that checks every response against the OpenAPI document.

Each response must use a status the document lists for its operation, and its body must match
that status's schema, so the document cannot drift from what the API really answers.
"""

import json
import re
from functools import cache
from typing import Any

from django.conf import settings
from django.core.cache import cache as django_cache
from django.test import Client
from jsonschema import Draft202012Validator

OPENAPI_URL = "/api/v1/openapi.json"


@cache
def openapi_document() -> dict[str, Any]:
    """The document as the API serves it; the same for the whole run."""
    response = Client().get(OPENAPI_URL)
    assert response.status_code == 200
    return response.json()


def openapi_path(route: str) -> str:
    """A Django route (`api/v1/communities/<slug>`) as an OpenAPI path template."""
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)


def openapi_operation(method: str, route: str) -> dict[str, Any]:
    paths = openapi_document()["paths"]
    path = openapi_path(route)
    assert path in paths, f"{path} is not in the OpenAPI document"
    assert method.lower() in paths[path], f"{method} {path} is not in the OpenAPI document"
    return paths[path][method.lower()]


def assert_matches_openapi(response: Any) -> None:
    """The response's status is documented for its operation and its body fits the schema."""
    request = response.wsgi_request
    operation = openapi_operation(request.method, response.resolver_match.route)
    status = str(response.status_code)
    where = f"{request.method} {request.get_full_path()} answered {status}"
    assert status in operation["responses"], f"{where}, which its operation does not document"
    content = operation["responses"][status].get("content")
    if content is None:
        assert not response.content, f"{where} with a body the document does not describe"
        return
    media_type = response["Content-Type"].split(";")[0].strip()
    if "application/json" not in content:
        # A document that is not JSON (text/calendar): its media type must be the declared one.
        assert media_type in content, f"{where} as {media_type}, which the document does not list"
        assert response.content, f"{where} with an empty body"
        return
    assert response["Content-Type"].startswith("application/json"), where
    schema = {
        **content["application/json"]["schema"],
        "components": openapi_document()["components"],
    }
    errors = sorted(
        Draft202012Validator(schema).iter_errors(response.json()), key=lambda error: error.path
    )
    assert not errors, f"{where}; the body does not match its schema: {errors[0].message}"


class ApiClient:
    """Calls the API as a signed-in browser (`person=`), a token holder (`token=`) or a visitor.

    Each request says who is asking: without `person=` the session is ended first. Requests
    come from `address`, as the server sees the connection.
    """

    def __init__(self, *, enforce_csrf_checks: bool = False, address: str = "127.0.0.1") -> None:
        self.client = Client(enforce_csrf_checks=enforce_csrf_checks, REMOTE_ADDR=address)

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        person: Any = None,
        token: str | None = None,
        language: str | None = None,
        raw: bytes | str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        if person is not None:
            self.client.force_login(person)
        elif settings.SESSION_COOKIE_NAME in self.client.cookies:
            self.client.logout()
        headers = dict(headers or {})
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if language is not None:
            headers["Accept-Language"] = language
        if raw is not None:
            data: Any = raw
        elif body is not None:
            data = json.dumps(body)
        else:
            data = ""
        response = self.client.generic(
            method, path, data, content_type="application/json", headers=headers
        )
        assert_matches_openapi(response)
        return response

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> Any:
        return self.request("POST", path, body, **kwargs)

    def patch(self, path: str, body: Any = None, **kwargs: Any) -> Any:
        return self.request("PATCH", path, body, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Any:
        return self.request("DELETE", path, **kwargs)


def error_of(response: Any) -> dict[str, Any]:
    """The error object of an error response, after checking it has the one error shape."""
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "fields"}, body
    assert body["error"]["message"], body
    return body["error"]


def throttles_clear() -> None:
    """Failed-attempt counters and used TOTP codes live in the cache, shared between tests."""
    django_cache.clear()
