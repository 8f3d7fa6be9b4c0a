"""What members may translate: the five kinds of post, and the items of a community's learning
agenda (a title and a description, kept in the communities app).

Translations, requests and the queue treat them alike; this module answers, for either, the
questions the translation pages ask: its kind as named in URLs, its community, its title, its
text and its page.
"""

from typing import Any

from django.http import Http404
from django.urls import reverse

from trellis.communities.models import AgendaItem, Community
from trellis.communities.selectors import access_agenda_item_by_id
from trellis.conversations.selectors.moderation import (
    EXCERPT_LENGTH,
    POST_MODELS,
    access_post,
    post_community,
    post_kind,
    post_title,
    post_url,
)

AGENDA_ITEM = "agenda_item"
TRANSLATABLE_MODELS: dict[str, type[Any]] = {**POST_MODELS, AGENDA_ITEM: AgendaItem}
# What to load with each kind so that its community, title and page need no further query.
TRANSLATABLE_RELATED: dict[str, tuple[str, ...]] = {
    "question": ("community",),
    "answer": ("question__community",),
    "comment": ("question__community", "answer__question__community"),
    "discussion": ("community",),
    "reply": ("discussion__community",),
    AGENDA_ITEM: ("community",),
}


def is_agenda_item(target: Any) -> bool:
    return isinstance(target, AgendaItem)


def translatable_kind(target: Any) -> str:
    """The kind as named in URLs: a kind of post, or `agenda_item`."""
    return AGENDA_ITEM if is_agenda_item(target) else post_kind(target)


def translatable_community(target: Any) -> Community | None:
    return target.community if is_agenda_item(target) else post_community(target)


def translatable_title(target: Any) -> str:
    """What it is about: its own title, or that of the question or discussion it is under."""
    return str(target.title) if is_agenda_item(target) else post_title(target)


def translatable_body(target: Any) -> str:
    """The text to translate: a post's body, an agenda item's description (may be empty)."""
    return str(target.description if is_agenda_item(target) else target.body)


def translatable_excerpt(target: Any, length: int = EXCERPT_LENGTH) -> str:
    body = " ".join(translatable_body(target).split())
    return body if len(body) <= length else body[: length - 1].rstrip() + "…"


def translatable_url(target: Any) -> str:
    """The page showing it."""
    if is_agenda_item(target):
        return reverse("communities:agenda_item", args=[target.community.slug, target.pk])
    return post_url(target)


def access_translatable(*, viewer: Any, kind: str, target_id: int) -> tuple[Any, Community | None]:
    """The post or agenda item and its community; 404 when it does not exist or the viewer may
    not read it (`access_post`, or the agenda's own rule for agenda items)."""
    if kind == AGENDA_ITEM:
        item = access_agenda_item_by_id(viewer=viewer, item_id=target_id)
        return item, item.community
    if kind not in POST_MODELS:
        raise Http404
    return access_post(viewer=viewer, kind=kind, post_id=target_id)
