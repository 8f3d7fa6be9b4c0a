"""Writing posts: editing with an edit history, and mentioning people.

Every kind of post (question, answer, comment, discussion, reply) is edited through
`post_edit`, so the rules are the same everywhere: who may edit, what a valid text is, and that
the earlier version is kept for conveners to see.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.accounts.models import User
from trellis.accounts.permissions import can_view_profile
from trellis.communities.models import Community
from trellis.conversations.mentions import mention_ids
from trellis.conversations.models import BODY_MAX_LENGTH, Post, Revision
from trellis.conversations.permissions import (
    EDIT_POST_REASON,
    can_edit_post,
    can_see_post,
)
from trellis.conversations.search_reindex import post_reindex_later
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.services import notify
from trellis.participation.kinds import ContributionKind
from trellis.participation.selectors import contribution_details_list
from trellis.participation.services import contribution_record

TITLE_MAX_LENGTH = 300


def post_text_check(*, body: str, title: str | None) -> None:
    errors: dict[str, str] = {}
    if not body:
        errors["body"] = _("Write something: the text cannot be empty.")
    elif len(body) > BODY_MAX_LENGTH:
        errors["body"] = _("Keep the text under %(limit)d characters (it has %(length)d).") % {
            "limit": BODY_MAX_LENGTH,
            "length": len(body),
        }
    if title is not None:
        if not title:
            errors["title"] = _("The title cannot be empty.")
        elif len(title) > TITLE_MAX_LENGTH:
            errors["title"] = _("Keep the title under %(limit)d characters.") % {
                "limit": TITLE_MAX_LENGTH
            }
    if errors:
        raise ValidationError(errors)


def post_edit(
    *,
    actor: User,
    post: Post,
    body: str,
    title: str | None = None,
    community: Community | None,
) -> Post:
    """Change a post's text (and title, for questions and discussions).

    Authors edit their own posts, co-authors their joint answers, moderators any post
    (`can_edit_post`). The version being replaced is kept as a `Revision` recording who replaced
    it and when. People newly mentioned by the edit are notified (see `mentions_record`); those
    already mentioned in the post are not notified again. Nothing is written when nothing changed.
    """
    require(actor, can_edit_post(actor, post, community), reason=EDIT_POST_REASON)
    has_title = hasattr(post, "title")
    body = body.strip()
    title = title.strip() if title is not None and has_title else None
    post_text_check(body=body, title=title)
    old_title: str = getattr(post, "title", "") if has_title else ""
    new_title = title if title is not None else old_title
    if body == post.body and new_title == old_title:
        return post
    now = timezone.now()
    with transaction.atomic():
        Revision.objects.create(
            target_type=ContentType.objects.get_for_model(post),
            target_id=post.pk,
            title=old_title,
            body=post.body,
            edited_by=actor,
            edited_at=now,
        )
        post.body = body
        fields = ["body", "edited_at", "updated_at"]
        if has_title:
            setattr(post, "title", new_title)  # noqa: B010 - not every kind of post has a title
            fields.append("title")
        post.edited_at = now
        post.save(update_fields=fields)
        mentions_record(actor=actor, post=post, text=body, community=community)
        post_reindex_later(post)
    return post


def _already_mentioned(post: Post) -> set[int]:
    details = contribution_details_list(kind=ContributionKind.MENTIONED_SOMEONE, target=post)
    return {int(detail["person"]) for detail in details if "person" in detail}


def mentions_record(
    *, actor: User, post: Post, text: str, community: Community | None
) -> list[User]:
    """Notify the people `text` mentions (`@[Name](id)`) and credit the actor for each.

    Called by the services that write or edit posts, inside their transaction, after checking
    the act itself. A mention counts when the person is active, visible to the actor and may
    read the post (a private community's conversations stay inside it). Self-mentions and
    repeated mentions are ignored, and so is anyone already mentioned in this post before, so an
    edit notifies only the people it adds. Returns the people notified now.
    """
    ids = [person_id for person_id in mention_ids(text) if person_id != actor.pk]
    if not ids:
        return []
    already = _already_mentioned(post)
    candidates = {
        person.pk: person
        for person in User.objects.filter(pk__in=[pk for pk in ids if pk not in already])
    }
    mentioned = [
        candidates[pk]
        for pk in ids
        if pk in candidates
        and candidates[pk].is_active
        and can_view_profile(actor, candidates[pk])
        and can_see_post(candidates[pk], post, community)
    ]
    if not mentioned:
        return []
    with transaction.atomic():
        for person in mentioned:
            contribution_record(
                person=actor,
                kind=ContributionKind.MENTIONED_SOMEONE,
                community=community,
                target=post,
                details={"person": person.pk},
            )
        notify(
            recipients=mentioned,
            kind=NotificationKind.MENTIONED,
            actor=actor,
            target=post,
            community=community,
        )
    return mentioned
