"""Which HTTP methods each URL pattern's view accepts, read from the view itself.

The permission matrix needs a row for every (URL name, method) pair a view answers, so it asks
the views: Django function views declare their methods with `require_http_methods` (and its
shorthands `require_GET`, `require_POST`, `require_safe`); an API path serves the methods of
the django-ninja operation its pattern is named after. HEAD is answered like GET, so a GET row
covers it.
"""

import functools
import inspect
from collections.abc import Callable, Iterator
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

# Methods every view answers as another one: HEAD as GET; OPTIONS is never routed to ours.
IMPLIED = {"HEAD", "OPTIONS"}
# django-ninja's own pages (the API root, the OpenAPI document and its viewer) only read.
NINJA_OWN_METHODS = frozenset({"GET"})


def url_patterns(exempt: tuple[str, ...]) -> Iterator[tuple[str, str, URLPattern]]:
    """(route, namespaced name, pattern) for every URL pattern outside the exempt prefixes."""

    def walk(patterns: list[Any], prefix: str, namespace: str) -> Iterator[tuple[str, str, Any]]:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, route, inner)
            elif isinstance(pattern, URLPattern) and not route.startswith(exempt):
                name = f"{namespace}:{pattern.name}" if namespace else str(pattern.name)
                yield route, name, pattern

    yield from walk(get_resolver().url_patterns, "", "")


def _declared_by_decorator(view: Callable[..., Any]) -> frozenset[str] | None:
    """The list `require_http_methods` closed over, at any depth of `functools.wraps`."""
    function: Any = view
    while function is not None:
        code = getattr(function, "__code__", None)
        if code is not None and "request_method_list" in code.co_freevars:
            cell = function.__closure__[code.co_freevars.index("request_method_list")]
            return frozenset(cell.cell_contents) - IMPLIED
        function = getattr(function, "__wrapped__", None)
    return None


def _ninja_operation_methods(view: Callable[..., Any], name: str) -> frozenset[str] | None:
    """The methods of the operation a django-ninja path's pattern is named after."""
    path_view = inspect.getclosurevars(view).nonlocals.get("self")
    operations = getattr(path_view, "operations", None)
    if operations is None:
        return None
    url_name = name.rpartition(":")[2]
    methods = [
        method
        for operation in operations
        if (getattr(operation, "url_name", None) or operation.view_func.__name__) == url_name
        for method in operation.methods
    ]
    return frozenset(methods) or None


def view_methods(name: str, pattern: URLPattern) -> frozenset[str] | None:
    """The methods the view behind a pattern accepts; None when it does not say."""
    view = pattern.callback
    if isinstance(view, functools.partial) and view.func.__module__.startswith("ninja."):
        return NINJA_OWN_METHODS
    if not inspect.isfunction(view):
        return None
    return _ninja_operation_methods(view, name) or _declared_by_decorator(view)
