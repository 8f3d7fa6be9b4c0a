"""Links to the participation pages, for templates of any app (the communities and accounts
apps sit below analytics in the layers: their templates ask here rather than their views).

`{% participation_nav community %}` draws the tabs of a community's participation pages;
`{% may_view_participation community as allowed %}` and
`{% may_view_person_participation person as allowed %}` say whether to link to them.
"""

from typing import Any

from django import template

from trellis.analytics.navigation import participation_tabs
from trellis.analytics.permissions import (
    can_view_participation,
    can_view_person_participation,
)

register = template.Library()


def _viewer(context: template.Context) -> Any:
    request = context.get("request")
    return getattr(request, "user", None)


@register.inclusion_tag("analytics/_participation_nav.html", takes_context=True)
def participation_nav(context: template.Context, community: Any) -> dict[str, Any]:
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    current = match.view_name if match else ""
    return {
        "tabs": participation_tabs(viewer=_viewer(context), community=community, current=current)
    }


@register.simple_tag(takes_context=True)
def may_view_participation(context: template.Context, community: Any) -> bool:
    viewer = _viewer(context)
    return viewer is not None and can_view_participation(viewer, community)


@register.simple_tag(takes_context=True)
def may_view_person_participation(context: template.Context, person: Any) -> bool:
    viewer = _viewer(context)
    return viewer is not None and can_view_person_participation(viewer, person)
