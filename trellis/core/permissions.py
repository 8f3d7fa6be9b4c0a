"""Permission primitives: turning a predicate's answer into the right refusal."""

from typing import TYPE_CHECKING, Any, cast

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.functional import Promise

from trellis.core.errors import LoginRequired

if TYPE_CHECKING:
    from trellis.accounts.models import User


def require(viewer: Any, allowed: bool, *, reason: "str | Promise" = "") -> None:
    """Refuse unless allowed: a visitor is asked to log in, a signed-in person gets 403.

    `reason` is a translated sentence telling the person why they may not; the 403 page and
    the API's error show it instead of the generic refusal.
    """
    if allowed:
        return
    if viewer is None or not viewer.is_authenticated:
        raise LoginRequired
    raise PermissionDenied(reason) if reason else PermissionDenied


def signed_in_person(request: HttpRequest) -> "User":
    """The person making the request; visitors are asked to log in first."""
    user = request.user
    if not user.is_authenticated:
        raise LoginRequired
    return cast("User", user)
