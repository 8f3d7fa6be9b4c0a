"""The participation pages of a community as tabs, each shown only to those who may open it.

The tabs span two apps: the analytics pages and the communities app's leadership coverage,
which sits below analytics in the layers and so cannot list them itself.
"""

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from trellis.analytics.permissions import (
    can_view_participation,
    can_view_participation_detail,
    can_view_participation_rules,
)
from trellis.communities.permissions import can_view_role_coverage


@dataclass(frozen=True)
class ParticipationTab:
    label: str
    url: str
    current: bool


def participation_tabs(*, viewer: Any, community: Any, current: str) -> list[ParticipationTab]:
    """The tabs `viewer` may open, in reading order; `current` is the view name of the page
    shown (`analytics:movement`), whose tab is marked current."""
    may_view = can_view_participation(viewer, community)
    candidates = [
        ("analytics:participation", _("Overview"), may_view),
        (
            "analytics:member_levels",
            _("Members' levels"),
            can_view_participation_detail(viewer, community),
        ),
        ("analytics:movement", _("Movement"), may_view),
        ("analytics:network", _("Interaction network"), may_view),
        (
            "communities:role_coverage",
            _("Leadership coverage"),
            can_view_role_coverage(viewer, community),
        ),
        ("analytics:rules", _("Rules"), can_view_participation_rules(viewer, community)),
    ]
    return [
        ParticipationTab(label, reverse(name, args=[community.slug]), current == name)
        for name, label, allowed in candidates
        if allowed
    ]
