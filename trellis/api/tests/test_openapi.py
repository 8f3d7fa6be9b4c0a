"""The OpenAPI document describes every route and every error the API can answer."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from openapi_spec_validator import validate

from trellis.api.tests.client import openapi_document, openapi_path

pytestmark = pytest.mark.django_db

# The document itself, its docs page and ninja's root (a 404 that anchors the other paths).
UNDOCUMENTED = {"/api/v1/openapi.json", "/api/v1/docs", "/api/v1/"}


def api_routes(patterns=None, prefix: str = "") -> list[str]:
    """Every URL route under /api/v1/, as Django's resolver knows it."""
    routes = []
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            routes += api_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and route.startswith("api/v1/"):
            routes.append(route)
    return routes


def example_url(route: str) -> str:
    return "/" + re.sub(r"<(?:\w+:)?\w+>", "1", route)


def test_the_document_is_valid_openapi():
    validate(openapi_document())


def test_every_route_and_method_is_in_the_document(client):
    """A route is found by the URL resolver; ninja's 405 answer lists the methods it serves."""
    paths = openapi_document()["paths"]
    routes = [route for route in api_routes() if openapi_path(route) not in UNDOCUMENTED]
    assert len(routes) >= 10
    for route in routes:
        path = openapi_path(route)
        assert path in paths, f"{path} is served but not documented"
        response = client.generic("TRACE", example_url(route))
        assert response.status_code == 405
        methods = {method.strip().lower() for method in response["Allow"].split(",")}
        assert methods == set(paths[path]), f"{path} serves {methods}, documents {set(paths[path])}"


def test_every_operation_documents_its_errors_in_the_error_shape():
    for path, operations in openapi_document()["paths"].items():
        for method, operation in operations.items():
            statuses = {int(status) for status in operation["responses"]}
            errors = {status for status in statuses if status >= 400}
            assert {400, 401} <= errors, f"{method} {path}"
            for status in errors:
                schema = operation["responses"][str(status)]["content"]["application/json"]
                assert schema["schema"]["$ref"].endswith("/ErrorSchema"), f"{method} {path}"


def test_operations_that_take_input_document_validation_errors():
    for path, operations in openapi_document()["paths"].items():
        for method, operation in operations.items():
            constrained = [
                parameter
                for parameter in operation.get("parameters", [])
                if parameter["in"] != "path" or parameter["schema"].get("type") != "string"
            ]
            if constrained or operation.get("requestBody"):
                assert "422" in operation["responses"], f"{method} {path}"


def test_the_required_resources_are_there():
    expected = {
        ("get", "/api/v1/network"),
        ("get", "/api/v1/communities"),
        ("post", "/api/v1/communities"),
        ("get", "/api/v1/communities/{slug}"),
        ("patch", "/api/v1/communities/{slug}"),
        ("get", "/api/v1/communities/{slug}/members"),
        ("post", "/api/v1/communities/{slug}/join"),
        ("post", "/api/v1/communities/{slug}/leave"),
        ("get", "/api/v1/communities/{slug}/requests"),
        ("post", "/api/v1/communities/{slug}/memberships/{membership_id}/decision"),
        ("post", "/api/v1/communities/{slug}/invitations"),
        ("post", "/api/v1/invitations/{token}/accept"),
        ("post", "/api/v1/communities/{slug}/stakeholders"),
        ("post", "/api/v1/communities/{slug}/role-assignments"),
        ("post", "/api/v1/role-assignments/{assignment_id}/end"),
        ("get", "/api/v1/people"),
        ("get", "/api/v1/people/{person_id}"),
        ("get", "/api/v1/me"),
        ("post", "/api/v1/tokens"),
        ("get", "/api/v1/tokens"),
        ("delete", "/api/v1/tokens/{token_id}"),
    }
    documented = {
        (method, path)
        for path, operations in openapi_document()["paths"].items()
        for method in operations
    }
    assert expected <= documented


def test_bearer_tokens_and_the_session_are_documented():
    schemes = openapi_document()["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"}.items() <= schemes["AccessTokenAuth"].items()
    assert schemes["SessionAuth"]["in"] == "cookie"


def test_no_two_schemas_share_a_name():
    """The document names each schema by its class name: two classes of one name would make one
    of them describe the other's answers (a flag of moderation once read as an imbalance flag)."""
    from ninja import Schema

    import trellis.api.urls  # noqa: F401  (imports every router and its schemas)

    def subclasses(cls: type) -> list[type]:
        found = []
        for sub in cls.__subclasses__():
            found += [sub, *subclasses(sub)]
        return found

    names: dict[str, set[str]] = {}
    for schema in subclasses(Schema):
        if schema.__module__.startswith("trellis."):
            names.setdefault(schema.__name__, set()).add(schema.__module__)
    assert {name: modules for name, modules in names.items() if len(modules) > 1} == {}
