"""{% follow_button target %}: follow or stop following, for signed-in viewers only."""

from typing import Any

from django import template
from django.db import models

from trellis.notifications.registry import followable_check
from trellis.notifications.selectors import is_following
from trellis.notifications.views import follow_button_context

register = template.Library()


@register.inclusion_tag("notifications/follow_button.html", takes_context=True)
def follow_button(context: template.Context, target: models.Model) -> dict[str, Any]:
    request = context.get("request")
    viewer = getattr(request, "user", None)
    if (
        target is None
        or viewer is None
        or not viewer.is_authenticated
        or followable_check(type(target)) is None
    ):
        return {"hidden": True}
    return {
        **follow_button_context(
            target,
            following=is_following(person=viewer, target=target),
            next_url=request.get_full_path() if request is not None else "",
        ),
        "csrf_token": context.get("csrf_token"),
    }
