"""Permission primitives: turning a predicate's answer into the right refusal."""

from typing import Any

from django.core.exceptions import PermissionDenied

from trellis.core.errors import LoginRequired


def require(viewer: Any, allowed: bool) -> None:
    """Refuse unless allowed: a visitor is asked to log in, a signed-in person gets 403."""
    if allowed:
        return
    if viewer is None or not viewer.is_authenticated:
        raise LoginRequired
    raise PermissionDenied
