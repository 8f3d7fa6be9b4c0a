"""What the search app must ask the communities app, without importing it.

The communities app registers these two hooks in its `AppConfig.ready()`: the search app sits
below it in the layers, so it only declares what it needs to know.
"""

from collections.abc import Callable
from typing import Any

# For a viewer: the ids of the communities whose member-only entries they may find, or None for
# all of them (network admins).
ViewerScope = Callable[[Any], set[int] | None]
# For a viewer and a community's slug: its id, or None when it does not exist or the viewer may
# not know it does.
CommunityResolver = Callable[[Any, str], int | None]

# For a viewer: (slug, name) of the communities they may filter by, in display order.
CommunityChoices = Callable[[Any], list[tuple[str, str]]]

_hooks: dict[str, Any] = {}


def register_viewer_scope(scope: ViewerScope) -> None:
    _hooks["scope"] = scope


def register_community_resolver(resolver: CommunityResolver) -> None:
    _hooks["community"] = resolver


def register_community_choices(choices: CommunityChoices) -> None:
    _hooks["choices"] = choices


def is_signed_in(viewer: Any) -> bool:
    return bool(
        viewer is not None
        and getattr(viewer, "is_authenticated", False)
        and getattr(viewer, "is_active", False)
    )


def viewer_scope(viewer: Any) -> set[int] | None:
    """The communities whose member-only entries the viewer may find (None: all); nobody's
    until the communities app has said how to tell."""
    if not is_signed_in(viewer):
        return set()
    scope: ViewerScope | None = _hooks.get("scope")
    return scope(viewer) if scope is not None else set()


def community_resolve(*, viewer: Any, slug: str) -> int | None:
    resolver: CommunityResolver | None = _hooks.get("community")
    return resolver(viewer, slug) if resolver is not None else None


def community_choices(*, viewer: Any) -> list[tuple[str, str]]:
    choices: CommunityChoices | None = _hooks.get("choices")
    return choices(viewer) if choices is not None else []
