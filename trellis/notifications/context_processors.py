"""The unread count in the header: one query for signed-in people, none for visitors."""

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from trellis.notifications.selectors import unread_count


def notifications(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    # Lazy: pages that never show the header (fragments, emails) run no query.
    return {"unread_notifications": SimpleLazyObject(lambda: unread_count(viewer=user))}
