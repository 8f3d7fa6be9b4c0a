"""Hot-topic discussions: starting them, replying (quoting another reply), and the conveners'
pin, lock and close.

Locked and closed both stop new replies, for different reasons: a convener locks a discussion
that went off the rails (and may unlock it), while a closed one reached its end.
Notices are written in the same transaction as the post, so an act that rolls back notifies
nobody; the notifications service queues their emails after commit.
"""

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from trellis.communities.models import Community
from trellis.communities.services import audit_record
from trellis.conversations.models import Discussion, Reply
from trellis.conversations.permissions import (
    EDIT_POST_REASON,
    MODERATE_REASON,
    PARTICIPATE_REASON,
    can_edit_post,
    can_moderate,
    can_participate,
    can_view_conversations,
)
from trellis.conversations.search_reindex import post_reindex_later
from trellis.conversations.services.writing import mentions_record, post_edit
from trellis.core.errors import TrellisError
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.selectors import followers_of
from trellis.notifications.services import (
    follow,
    notify,
    register_followable,
    register_target_url,
)
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record

if TYPE_CHECKING:
    from trellis.accounts.models import User


def _language(language: str | None) -> str:
    """The language a post is written in: as given, else the interface language."""
    codes = {code for code, _name in settings.LANGUAGES}
    for candidate in (language, (get_language() or "").split("-")[0]):
        if candidate in codes:
            return str(candidate)
    return str(settings.LANGUAGE_CODE)


def discussion_create(
    *,
    actor: "User",
    community: Community,
    title: str,
    body: str,
    language: str | None = None,
) -> Discussion:
    """Start a discussion; its author follows it and the community's followers hear of it."""
    require(actor, can_participate(actor, community), reason=PARTICIPATE_REASON)
    discussion = Discussion(
        community=community,
        author=actor,
        title=title.strip(),
        body=body.strip(),
        language=_language(language),
        last_activity_at=timezone.now(),
    )
    discussion.full_clean()
    with transaction.atomic():
        discussion.save()
        contribution_record(
            person=actor,
            kind=ContributionKind.DISCUSSION_STARTED,
            community=community,
            target=discussion,
        )
        follow(person=actor, target=discussion)
        mentions_record(actor=actor, post=discussion, text=discussion.body, community=community)
        post_reindex_later(discussion)
        notify(
            recipients=followers_of(target=community),
            kind=NotificationKind.NEW_DISCUSSION,
            actor=actor,
            target=discussion,
            community=community,
        )
    return discussion


def _open_check(discussion: Discussion) -> None:
    if discussion.closed:
        raise TrellisError(
            _("This discussion is closed: it has reached its end, so it takes no new replies."),
            code="discussion_closed",
        )
    if discussion.locked:
        raise TrellisError(
            _("A convener has locked this discussion: no new replies for now."),
            code="discussion_locked",
        )


def reply_create(
    *,
    actor: "User",
    discussion: Discussion,
    body: str,
    quoted: Reply | None = None,
    language: str | None = None,
) -> Reply:
    """Reply, optionally quoting an earlier reply of the same discussion.

    The person replying follows the discussion from now on; its followers hear of the reply.
    """
    community = discussion.community
    require(actor, can_participate(actor, community), reason=PARTICIPATE_REASON)
    if quoted is not None and (
        quoted.discussion_id != discussion.pk
        or (quoted.hidden and not can_moderate(actor, community))
    ):
        raise ValidationError({"quoted": _("Quote a reply of this discussion.")})
    reply = Reply(
        discussion=discussion,
        author=actor,
        body=body.strip(),
        quoted=quoted,
        language=_language(language),
    )
    reply.full_clean()
    with transaction.atomic():
        # Locked so that a convener closing the discussion at the same moment wins cleanly.
        current = Discussion.objects.select_for_update().get(pk=discussion.pk)
        _open_check(current)
        reply.save()
        current.last_activity_at = reply.created_at
        current.save(update_fields=["last_activity_at", "updated_at"])
        discussion.last_activity_at = current.last_activity_at
        contribution_record(
            person=actor,
            kind=ContributionKind.REPLY_POSTED,
            community=community,
            target=reply,
            details={"discussion": discussion.pk},
        )
        mentions_record(actor=actor, post=reply, text=reply.body, community=community)
        post_reindex_later(reply)
        notify(
            recipients=followers_of(target=discussion),
            kind=NotificationKind.NEW_REPLY,
            actor=actor,
            target=reply,
            community=community,
        )
        follow(person=actor, target=discussion)
    return reply


# What each switch records in the audit trail, on and off.
_MODERATION_ACTIONS = {
    "pinned": ("discussion.pinned", "discussion.unpinned"),
    "locked": ("discussion.locked", "discussion.unlocked"),
    "closed": ("discussion.closed", "discussion.reopened"),
}


def discussion_moderate(
    *,
    actor: "User",
    discussion: Discussion,
    pinned: bool | None = None,
    locked: bool | None = None,
    closed: bool | None = None,
) -> Discussion:
    """Conveners pin a discussion above the others, lock it (no new replies, authors cannot
    edit) or close it once it reached its end, and undo each; None leaves a switch as it is.

    Each switch that changes is audited; a switch already in the state asked for changes
    nothing. The page (one switch per form) and the API (any of them at once) both call this.
    """
    require(actor, can_moderate(actor, discussion.community), reason=MODERATE_REASON)
    wanted = {"pinned": pinned, "locked": locked, "closed": closed}
    changes = {
        field: value
        for field, value in wanted.items()
        if value is not None and getattr(discussion, field) != value
    }
    if not changes:
        return discussion
    with transaction.atomic():
        for field, value in changes.items():
            setattr(discussion, field, value)
        discussion.save(update_fields=[*changes, "updated_at"])
        for field, value in changes.items():
            on, off = _MODERATION_ACTIONS[field]
            action = on if value else off
            audit_record(
                actor=actor,
                community=discussion.community,
                action=action,
                subject=discussion.title,
                discussion=discussion.pk,
            )
    return discussion


def discussion_update(
    *,
    actor: "User",
    discussion: Discussion,
    title: str | None = None,
    body: str | None = None,
    pinned: bool | None = None,
    locked: bool | None = None,
    closed: bool | None = None,
) -> Discussion:
    """Several changes at once, as the API's PATCH sends them, all or nothing: the text
    (`post_edit`, as the edit page), then the conveners' switches (`discussion_moderate`).
    None leaves a field as it is; asking for no change still needs the right to edit."""
    community = discussion.community
    edits_text = title is not None or body is not None
    moderates = pinned is not None or locked is not None or closed is not None
    if not edits_text and not moderates:
        require(actor, can_edit_post(actor, discussion, community), reason=EDIT_POST_REASON)
        return discussion
    with transaction.atomic():
        if edits_text:
            post_edit(
                actor=actor,
                post=discussion,
                title=discussion.title if title is None else title,
                body=discussion.body if body is None else body,
                community=community,
            )
        if moderates:
            discussion_moderate(
                actor=actor, discussion=discussion, pinned=pinned, locked=locked, closed=closed
            )
    return discussion


def _can_follow_discussion(person: Any, discussion: Discussion) -> bool:
    community = discussion.community
    if not can_view_conversations(person, community):
        return False
    return not discussion.hidden or can_moderate(person, community)


def notification_targets_register() -> None:
    """Let people follow discussions and let notices link to discussions and replies.

    Called when this module is imported (the views and the API import it at start-up);
    `ConversationsConfig.ready()` is the natural home once its owner moves the call there.
    """
    register_followable(Discussion, _can_follow_discussion)
    register_target_url(
        Discussion,
        lambda discussion: reverse(
            "conversations:discussion_detail", args=[discussion.community.slug, discussion.pk]
        ),
        title=lambda discussion: discussion.title,
        select_related=("community",),
    )
    register_target_url(
        Reply,
        lambda reply: (
            reverse(
                "conversations:discussion_detail",
                args=[reply.discussion.community.slug, reply.discussion_id],
            )
            + f"#reply-{reply.pk}"
        ),
        title=lambda reply: reply.discussion.title,
        select_related=("discussion__community",),
    )


notification_targets_register()
