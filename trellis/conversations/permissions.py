"""Who may read, write and moderate conversations.

A conversation of a community is visible where the community is; network-wide questions (no
community) are visible to every signed-in person. Hidden posts are seen only by moderators.
"""

from typing import Any

from trellis.communities.models import Community
from trellis.communities.permissions import (
    can_manage_community,
    can_view_community,
    is_member,
    is_network_admin,
    is_signed_in,
)

__all__ = [
    "can_edit_post",
    "can_invite_coauthors",
    "can_moderate",
    "can_participate",
    "can_view_conversations",
    "is_network_admin",
    "is_signed_in",
]


def can_view_conversations(person: Any, community: Community | None) -> bool:
    """Read a community's questions and discussions; network-wide ones need signing in.

    Sponsors see aggregates, never private conversations: a private community's conversations
    are for its members and those who run it.
    """
    if community is None:
        return is_signed_in(person)
    if not community.is_private:
        return can_view_community(person, community)
    return is_member(person, community) or can_manage_community(person, community)


def can_participate(person: Any, community: Community | None) -> bool:
    """Ask, answer, reply, comment: members of the community; anyone signed in network-wide."""
    if not is_signed_in(person):
        return False
    if community is None:
        return True
    return is_member(person, community) or can_manage_community(person, community)


def can_moderate(person: Any, community: Community | None) -> bool:
    """Conveners (and network admins) pin, lock, hide, restore and edit posts, and see flags."""
    if community is None:
        return is_network_admin(person)
    return can_manage_community(person, community)


def can_edit_post(person: Any, post: Any, community: Community | None) -> bool:
    """Authors edit their own posts (co-authors their joint answers); moderators any post."""
    if not is_signed_in(person):
        return False
    if can_moderate(person, community):
        return True
    if getattr(post, "locked", False):
        return False
    if post.author_id == person.pk:
        return True
    coauthors = getattr(post, "coauthors", None)
    return coauthors is not None and coauthors.filter(pk=person.pk).exists()


def can_invite_coauthors(person: Any, answer: Any) -> bool:
    """The answer's author makes it a joint response, while they may still take part."""
    return (
        is_signed_in(person)
        and answer.author_id == person.pk
        and can_participate(person, answer.question.community)
    )
