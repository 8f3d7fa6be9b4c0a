"""Keeping conversations healthy: flags raised by readers, and what moderators do about them.

Anyone who can read a post (but did not write it) may flag it once; the community's conveners
are notified (network admins for network-wide posts). Moderators hide and restore posts, dismiss
flags and lock questions; each of those acts is written to the communities' audit trail.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.accounts.models import User
from trellis.communities.models import Community
from trellis.communities.services import audit_record
from trellis.conversations.models import Flag, FlagState, Post, Question
from trellis.conversations.permissions import (
    FLAG_POST_REASON,
    MODERATE_REASON,
    can_flag_post,
    can_moderate,
)
from trellis.conversations.search_reindex import post_reindex_later
from trellis.conversations.selectors.moderation import (
    moderator_list,
    post_kind,
    post_title,
)
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.services import notify

REASON_MAX_LENGTH = 500


def _flags_of(post: Post) -> QuerySet[Flag]:
    return Flag.objects.filter(
        target_type=ContentType.objects.get_for_model(post), target_id=post.pk
    )


def _audit(*, actor: User, community: Community | None, action: str, post: Post) -> None:
    kind = post_kind(post)
    audit_record(
        actor=actor,
        community=community,
        action=action,
        subject=post_title(post)[:500],
        post_kind=kind,
        post_id=post.pk,
    )


def flag_raise(*, actor: User, post: Post, reason: str, community: Community | None) -> Flag:
    """Ask the moderators to look at a post; each person flags a post once."""
    require(actor, can_flag_post(actor, post, community), reason=FLAG_POST_REASON)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError({"reason": _("Tell the conveners what is wrong with this post.")})
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            {
                "reason": _("Keep the reason under %(limit)d characters.")
                % {"limit": REASON_MAX_LENGTH}
            }
        )
    with transaction.atomic():
        if _flags_of(post).filter(flagged_by=actor).select_for_update().exists():
            raise ValidationError(
                {"reason": _("You have already flagged this post; the conveners will look at it.")}
            )
        flag = Flag.objects.create(
            target_type=ContentType.objects.get_for_model(post),
            target_id=post.pk,
            community=community,
            flagged_by=actor,
            reason=reason,
        )
        notify(
            recipients=moderator_list(community=community),
            kind=NotificationKind.FLAG_RAISED,
            actor=actor,
            target=post,
            community=community,
        )
    return flag


def _resolve_open_flags(*, actor: User, post: Post, state: str) -> int:
    return (
        _flags_of(post)
        .filter(state=FlagState.OPEN)
        .update(state=state, resolved_by=actor, resolved_at=timezone.now())
    )


def post_hide(*, actor: User, post: Post, community: Community | None) -> Post:
    """Hide a post from everyone but moderators; its open flags are resolved as "hidden"."""
    require(actor, can_moderate(actor, community), reason=MODERATE_REASON)
    with transaction.atomic():
        if not post.hidden:
            post.hidden = True
            post.save(update_fields=["hidden", "updated_at"])
            _audit(actor=actor, community=community, action="post.hidden", post=post)
            post_reindex_later(post)
        _resolve_open_flags(actor=actor, post=post, state=FlagState.HIDDEN)
    return post


def post_restore(*, actor: User, post: Post, community: Community | None) -> Post:
    """Show a hidden post again."""
    require(actor, can_moderate(actor, community), reason=MODERATE_REASON)
    if not post.hidden:
        return post
    with transaction.atomic():
        post.hidden = False
        post.save(update_fields=["hidden", "updated_at"])
        _audit(actor=actor, community=community, action="post.restored", post=post)
        post_reindex_later(post)
    return post


def flags_dismiss(*, actor: User, post: Post, community: Community | None) -> int:
    """Decide that a flagged post is fine: its open flags are dismissed. Returns how many."""
    require(actor, can_moderate(actor, community), reason=MODERATE_REASON)
    with transaction.atomic():
        dismissed = _resolve_open_flags(actor=actor, post=post, state=FlagState.DISMISSED)
        if dismissed:
            _audit(
                actor=actor,
                community=community,
                action="post.flags_dismissed",
                post=post,
            )
    return dismissed


def question_lock(*, actor: User, question: Question, locked: bool) -> Question:
    """Lock a question (no more answers or edits by their authors), or unlock it."""
    community = question.community
    require(actor, can_moderate(actor, community), reason=MODERATE_REASON)
    if question.locked == locked:
        return question
    with transaction.atomic():
        question.locked = locked
        question.save(update_fields=["locked", "updated_at"])
        _audit(
            actor=actor,
            community=community,
            action="question.locked" if locked else "question.unlocked",
            post=question,
        )
    return question
