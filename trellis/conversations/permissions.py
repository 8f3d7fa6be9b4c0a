"""Who may read, write and moderate conversations.

A conversation of a community is visible where the community is; network-wide questions (no
community) are visible to every signed-in person. Hidden posts are seen only by moderators.
Services, selectors, views and templates ask these predicates; none decides on its own.
"""

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from trellis.activities.permissions import can_manage_activities
from trellis.communities.models import AgendaItem, Community
from trellis.communities.permissions import (
    can_manage_community,
    can_translate_agenda_item,
    can_view_agenda,
    can_view_community,
    is_member,
    is_network_admin,
    is_signed_in,
)

if TYPE_CHECKING:
    from trellis.conversations.models import Answer, PeerAssist, Question

__all__ = [
    "ACCEPT_ANSWER_REASON",
    "ASK_TRANSLATION_REASON",
    "EDIT_POST_REASON",
    "EDIT_TRANSLATION_REASON",
    "FLAG_POST_REASON",
    "INVITE_COAUTHORS_REASON",
    "INVITE_EXPERTS_REASON",
    "MANAGE_PEER_ASSIST_REASON",
    "MODERATE_REASON",
    "PARTICIPATE_REASON",
    "SCHEDULE_PEER_ASSIST_REASON",
    "TRANSLATE_POST_REASON",
    "VIEW_CONVERSATIONS_REASON",
    "can_accept_answer",
    "can_ask_translation",
    "can_edit_post",
    "can_edit_translation",
    "can_flag_post",
    "can_invite_coauthors",
    "can_invite_experts",
    "can_join_peer_assist_session",
    "can_manage_peer_assist",
    "can_mark_helpful",
    "can_moderate",
    "can_participate",
    "can_schedule_peer_assist",
    "can_see_post",
    "can_see_translatable",
    "can_translate_post",
    "can_view_conversations",
    "can_write_under_question",
    "is_network_admin",
    "is_signed_in",
]

# Why each predicate says no, in the words a refused person reads (`require(..., reason=...)`).
VIEW_CONVERSATIONS_REASON = _(
    "This community's conversations are for its members and those who run it."
)
PARTICIPATE_REASON = _(
    "Only members of the community, and those who run it, can take part in its conversations."
)
MODERATE_REASON = _("Only the community's conveners can moderate its conversations.")
FLAG_POST_REASON = _("You can flag posts you can read, except your own.")
EDIT_POST_REASON = _(
    "Only a post's authors and the community's conveners can edit it; once it is locked, only "
    "the conveners."
)
ACCEPT_ANSWER_REASON = _(
    "Only the person who asked the question, or a convener, can accept an answer."
)
INVITE_COAUTHORS_REASON = _(
    "Only the author of an answer, while they take part in its community, can invite co-authors."
)
INVITE_EXPERTS_REASON = _(
    "Only the person who asked the question, or a convener, can invite experts to answer it."
)
TRANSLATE_POST_REASON = _(
    "Members who can read a post, and those who run its community, can translate it."
)
EDIT_TRANSLATION_REASON = _(
    "Only the person who translated a post, and the community's conveners, can edit the "
    "translation."
)
ASK_TRANSLATION_REASON = _("Sign in and read the post to ask for its translation.")
MANAGE_PEER_ASSIST_REASON = _(
    "Only the person who asked for the peer assist, or a convener, can manage it."
)
SCHEDULE_PEER_ASSIST_REASON = _(
    "Scheduling a peer assist needs the right to manage it and to plan the community's activities."
)


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


def can_see_post(person: Any, post: Any, community: Community | None) -> bool:
    """Read this post: its conversations are visible to the person, and it is not hidden from
    them (hidden posts are for moderators)."""
    if not can_view_conversations(person, community):
        return False
    return not post.hidden or can_moderate(person, community)


def can_flag_post(person: Any, post: Any, community: Community | None) -> bool:
    """Anyone signed in who can read a post, except its author, may ask conveners to look."""
    return (
        person is not None
        and person.is_authenticated
        and post.author_id != person.pk
        and can_see_post(person, post, community)
    )


def can_edit_post(person: Any, post: Any, community: Community | None) -> bool:
    """Authors edit their own posts (co-authors their joint answers); moderators any post.

    Co-authors already loaded with `prefetch_related("coauthors")` cost no query.
    """
    if not is_signed_in(person):
        return False
    if can_moderate(person, community):
        return True
    if getattr(post, "locked", False):
        return False
    if post.author_id == person.pk:
        return True
    coauthors = getattr(post, "coauthors", None)
    return coauthors is not None and any(other.pk == person.pk for other in coauthors.all())


def can_see_translatable(person: Any, target: Any, community: Community | None) -> bool:
    """Read a post, or an item of a community's learning agenda (`can_view_agenda`)."""
    if isinstance(target, AgendaItem):
        return can_view_agenda(person, target.community)
    return can_see_post(person, target, community)


def can_translate_post(person: Any, post: Any, community: Community | None) -> bool:
    """Add a translation: those who read the post and take part in its community; for an agenda
    item, the members who see the agenda and those who run the community."""
    if isinstance(post, AgendaItem):
        return can_translate_agenda_item(person, post)
    return can_see_post(person, post, community) and can_participate(person, community)


def can_edit_translation(
    person: Any, translation: Any, post: Any, community: Community | None
) -> bool:
    """Its translator (while they still may translate the post) and the moderators."""
    if not is_signed_in(person):
        return False
    if can_moderate(person, community):
        return True
    return translation.translator_id == person.pk and can_translate_post(person, post, community)


def can_ask_translation(person: Any, post: Any, community: Community | None) -> bool:
    """Ask for a translation: its author or any signed-in reader (of a post or agenda item)."""
    return is_signed_in(person) and can_see_translatable(person, post, community)


def can_write_under_question(person: Any, question: "Question") -> bool:
    """Answer a question or comment under it: those who read it and take part in its community.

    Whether the question is locked is a state of the question, checked by the services.
    """
    return can_view_conversations(person, question.community) and can_participate(
        person, question.community
    )


def can_accept_answer(person: Any, question: "Question") -> bool:
    """The asker, or a convener of the community (network admins for network-wide questions)."""
    if not is_signed_in(person):
        return False
    if can_moderate(person, question.community):
        return True
    return question.author_id == person.pk and can_view_conversations(person, question.community)


def can_mark_helpful(person: Any, question: "Question") -> bool:
    """Mark the answers of a question helpful (their authors excepted, which the service says)."""
    return can_participate(person, question.community)


def can_invite_coauthors(person: Any, answer: "Answer") -> bool:
    """The answer's author, while they take part in its community, makes it a joint response."""
    return answer.author_id == person.pk and can_participate(person, answer.question.community)


def can_invite_experts(person: Any, question: "Question") -> bool:
    """The asker looks for experts to invite; moderators may help them."""
    if not is_signed_in(person):
        return False
    if can_moderate(person, question.community):
        return True
    return question.author_id == person.pk and can_participate(person, question.community)


def can_manage_peer_assist(person: Any, peer_assist: "PeerAssist") -> bool:
    """The requester and the community's conveners pick peers, schedule, record the outcome."""
    if not is_signed_in(person):
        return False
    return peer_assist.requester_id == person.pk or can_moderate(person, peer_assist.community)


def can_schedule_peer_assist(person: Any, peer_assist: "PeerAssist") -> bool:
    """Planning the session needs the right to plan the community's activities as well."""
    return can_manage_peer_assist(person, peer_assist) and can_manage_activities(
        person, peer_assist.community
    )


def can_join_peer_assist_session(person: Any, peer_assist: "PeerAssist") -> bool:
    """The session's joining link is for those who manage the peer assist and the chosen peers.

    Reads the offers `access_peer_assist` loaded.
    """
    if can_manage_peer_assist(person, peer_assist):
        return True
    return is_signed_in(person) and any(
        offer.chosen and offer.person_id == person.pk for offer in peer_assist.offers.all()
    )
