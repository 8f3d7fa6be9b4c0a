"""Template helpers for posts: safe markdown with mentions, and what the viewer may do to a post."""

from typing import Any

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from trellis.conversations.permissions import can_flag_post, can_moderate
from trellis.conversations.selectors.moderation import post_community, post_kind
from trellis.core.markdown import markdown_to_html

register = template.Library()


def _profile_url(person_id: int) -> str:
    return reverse("accounts:profile", args=[person_id])


@register.filter(name="post_markdown")
def post_markdown(value: str | None) -> SafeString:
    """{{ answer.body|post_markdown }}: sanitised HTML, mentions linked to the person's profile.

    The only way a post's text becomes HTML: markdown-it renders it (raw HTML is escaped), and
    nh3 keeps only the allow-listed tags, attributes and link schemes.
    """
    return mark_safe(markdown_to_html(value or "", mention_url=_profile_url))  # noqa: S308


def _post_url(name: str, kind: str, post_id: int) -> str:
    return reverse(f"conversations:{name}", kwargs={"kind": kind, "post_id": post_id})


@register.simple_tag(takes_context=True)
def post_moderation(context: template.Context, post: Any) -> dict[str, Any]:
    """{% post_moderation post as m %}: what the viewer may do to the post, and where to post it.

    Permissions are cached per person, so a page of many posts asks no more queries than the
    posts' own loading (select their community along with them).
    """
    request = context.get("request")
    viewer = getattr(request, "user", None)
    kind = post_kind(post)
    community = post_community(post)
    moderate = can_moderate(viewer, community)
    facts: dict[str, Any] = {
        "kind": kind,
        "community": community,
        "can_moderate": moderate,
        "can_flag": can_flag_post(viewer, post, community),
        "flag_url": _post_url("post_flag", kind, post.pk),
    }
    if moderate:
        facts.update(
            hide_url=_post_url("post_hide", kind, post.pk),
            restore_url=_post_url("post_restore", kind, post.pk),
            revisions_url=_post_url("post_revisions", kind, post.pk),
        )
        if kind == "question":
            facts.update(
                lock_url=reverse("conversations:question_lock", args=[post.pk]),
                unlock_url=reverse("conversations:question_unlock", args=[post.pk]),
            )
    return facts
