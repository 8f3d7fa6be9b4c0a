"""Whose conversations a person may read, and where they moderate: one query for every list.

A community's conversations are visible where the community is (the communities app's
`community_visible_list`), except a private community's, which are for its members and those
who run it: a sponsor sees the community and its figures, never its conversations. Network-wide
questions are for everyone signed in. These are the predicates of `permissions.py` put in SQL,
so that a list filters by a short list of ids instead of asking each community in Python; a
test holds the two to the same answers.
"""

from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q, Value

from trellis.communities.models import (
    Community,
    Membership,
    MembershipState,
    Role,
    RoleAssignment,
    Visibility,
)
from trellis.communities.selectors import community_visible_list
from trellis.conversations.permissions import is_network_admin, is_signed_in


@dataclass(frozen=True)
class ConversationScope:
    """Which communities' conversations a person reads, and in which they see hidden posts.

    Lists filter by the communities a person may *not* read: a short list for most people, and
    one that no index can serve, so the database walks the list's ordering index and stops at
    the end of the page instead of sorting every visible post.
    """

    visible: frozenset[int]
    not_visible: frozenset[int]
    moderated: frozenset[int]
    network_wide: bool
    moderates_everything: bool

    def _hidden_allowed(self, shown: Q) -> Q:
        if self.moderates_everything:
            return shown
        return shown & (Q(hidden=False) | Q(community__in=self.moderated))

    def filter(self) -> Q:
        """Questions of this scope (network-wide ones included), hidden ones only where the
        person moderates."""
        shown = ~Q(community__in=self.not_visible)
        if not self.network_wide:
            shown &= Q(community__isnull=False)
        return self._hidden_allowed(shown)

    def community_filter(self) -> Q:
        """Posts of communities (discussions, peer assists) in this scope, hidden ones only
        where the person moderates."""
        return self._hidden_allowed(~Q(community__in=self.not_visible))


def conversation_scope(*, viewer: Any) -> ConversationScope:
    """The communities whose conversations the viewer reads and those they moderate, in one
    query whatever the number of members or posts."""
    communities = Community.objects.order_by()
    if is_network_admin(viewer):
        every = frozenset(communities.values_list("pk", flat=True))
        return ConversationScope(
            visible=every,
            not_visible=frozenset(),
            moderated=every,
            network_wide=True,
            moderates_everything=True,
        )
    seen = community_visible_list(viewer=viewer).filter(pk=OuterRef("pk"))
    if not is_signed_in(viewer):
        readable = Exists(seen)
        convened = Value(False)
    else:
        conveners = RoleAssignment.objects.current().filter(person=viewer, role__code=Role.CONVENER)
        member_of = Membership.objects.filter(person=viewer, state=MembershipState.ACTIVE)
        convened = Exists(conveners.filter(community=OuterRef("pk")))
        readable = Exists(
            seen.filter(
                ~Q(visibility=Visibility.PRIVATE)
                | Q(pk__in=member_of.values("community"))
                | Q(pk__in=conveners.values("community"))
            )
        )
    rows = communities.annotate(readable=readable, convened=convened).values_list(
        "pk", "readable", "convened"
    )
    visible: set[int] = set()
    not_visible: set[int] = set()
    moderated: set[int] = set()
    for pk, is_readable, is_convened in rows:
        (visible if is_readable else not_visible).add(pk)
        if is_readable and is_convened:
            moderated.add(pk)
    return ConversationScope(
        visible=frozenset(visible),
        not_visible=frozenset(not_visible),
        moderated=frozenset(moderated),
        network_wide=is_signed_in(viewer),
        moderates_everything=False,
    )
