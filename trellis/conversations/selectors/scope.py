"""Whose conversations a person may read, and where they moderate: one small query for every
list of questions, discussions and peer assists.

A community's conversations are visible where the community is, except a private community's,
which are for its members and those who run it: a sponsor sees the community and its figures,
never its conversations. Network-wide questions are for everyone signed in.
"""

from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from trellis.communities.models import Community
from trellis.conversations.permissions import can_moderate, can_view_conversations


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
    """The communities whose conversations the viewer reads and those they moderate.

    One query of every community's id and visibility, then the predicates themselves, which
    answer from the person's memberships and roles loaded once per request: a list cannot
    drift from its pages' checks. Built in SQL instead (on `community_visible_list`), the
    nested subqueries cost ten times more to compose than this costs in all.
    """
    communities = list(Community.objects.only("pk", "visibility").order_by())
    visible = frozenset(c.pk for c in communities if can_view_conversations(viewer, c))
    return ConversationScope(
        visible=visible,
        not_visible=frozenset(c.pk for c in communities) - visible,
        moderated=frozenset(c.pk for c in communities if can_moderate(viewer, c)),
        network_wide=can_view_conversations(viewer, None),
        moderates_everything=can_moderate(viewer, None),
    )
