"""Reads for translations of posts: which version each reader sees, a post's translations,
the queue of posts wanting a translation, and who follows it."""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import get_language

from trellis.communities.models import Community
from trellis.conversations.models_translations import (
    PostTranslation,
    TranslationRequest,
    TranslationVolunteer,
)
from trellis.conversations.permissions import (
    can_ask_translation,
    can_edit_translation,
    can_see_translatable,
    can_translate_post,
    is_signed_in,
)
from trellis.conversations.selectors.scope import conversation_scope
from trellis.conversations.selectors.translatable import (
    TRANSLATABLE_MODELS,
    TRANSLATABLE_RELATED,
    access_translatable,
    translatable_community,
    translatable_excerpt,
    translatable_kind,
    translatable_title,
    translatable_url,
)


def reader_language() -> str:
    """The reader's interface language: the version of a post they are shown."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def other_languages(language: str) -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != language]


@dataclass
class PostVersion:
    """What a reader is shown of one post, and what they may do about its translation."""

    kind: str
    translation: PostTranslation | None
    missing: str
    asked: bool
    can_translate: bool
    can_edit_translation: bool
    can_ask: bool
    translate_into: list[str]


def _key_filter(posts: list[Any]) -> tuple[Q, dict[type, int]]:
    types = {type(post): ContentType.objects.get_for_model(post).pk for post in posts}
    query = Q(pk__in=[])
    for model, type_id in types.items():
        ids = [post.pk for post in posts if type(post) is model]
        query |= Q(target_type_id=type_id, target_id__in=ids)
    return query, types


def translations_attach(
    *, viewer: Any, posts: list[Any], community: Community | None, original: bool = False
) -> None:
    """Set `post.version` (a `PostVersion`) on each post of one page (all of `community`), in
    two queries whatever their number.

    The reader sees the translation into their interface language when there is one, unless
    they asked for the originals (`original`); the original is always one click away.
    """
    posts = [post for post in posts if post is not None]
    if not posts:
        return
    language = reader_language()
    query, types = _key_filter(posts)
    found: dict[tuple[int, int], dict[str, PostTranslation]] = {}
    for each in PostTranslation.objects.filter(query).select_related("translator"):
        found.setdefault((each.target_type_id, each.target_id), {})[each.language] = each
    asked: set[tuple[int, int]] = set()
    if is_signed_in(viewer):
        asked = set(
            TranslationRequest.objects.filter(
                query, language=language, fulfilled_at__isnull=True
            ).values_list("target_type_id", "target_id")
        )
    for post in posts:
        key = (types[type(post)], post.pk)
        have = found.get(key, {})
        translation: PostTranslation | None = (
            have.get(language) if post.language != language else None
        )
        may_translate = can_translate_post(viewer, post, community)
        post.version = PostVersion(
            kind=translatable_kind(post),
            translation=None if original else translation,
            missing=language if post.language != language and translation is None else "",
            asked=key in asked,
            can_translate=may_translate,
            can_edit_translation=translation is not None
            and can_edit_translation(viewer, translation, post, community),
            can_ask=can_ask_translation(viewer, post, community),
            translate_into=[code for code in other_languages(post.language) if code not in have]
            if may_translate
            else [],
        )


def translation_list(*, post: Any) -> list[PostTranslation]:
    """A post's translations (the caller has checked the post may be read)."""
    target_type = ContentType.objects.get_for_model(post)
    return list(
        PostTranslation.objects.filter(target_type=target_type, target_id=post.pk).select_related(
            "translator"
        )
    )


def access_translation(
    *, viewer: Any, kind: str, post_id: int, language: str
) -> tuple[Any, Community | None, PostTranslation]:
    """The post (or agenda item), its community and its translation into `language`; 404 when
    any is missing or the viewer may not read the post."""
    post, community = access_translatable(viewer=viewer, kind=kind, target_id=post_id)
    translation = (
        PostTranslation.objects.filter(
            target_type=ContentType.objects.get_for_model(post),
            target_id=post.pk,
            language=language,
        )
        .select_related("translator")
        .first()
    )
    if translation is None:
        raise Http404
    return post, community, translation


def translation_queue(*, viewer: Any, language: str | None = None) -> QuerySet[TranslationRequest]:
    """Open requests for translations of posts the viewer may read, newest first."""
    scope = conversation_scope(viewer=viewer)
    requests = TranslationRequest.objects.filter(fulfilled_at__isnull=True).exclude(
        community__in=scope.not_visible
    )
    if not scope.network_wide:
        requests = requests.filter(community__isnull=False)
    if language:
        requests = requests.filter(language=language)
    return requests.select_related("requested_by", "target_type").order_by("-created_at", "-id")


@dataclass
class QueueItem:
    request: TranslationRequest
    post: Any
    kind: str
    title: str
    excerpt: str
    url: str


def queue_items(*, viewer: Any, requests: list[TranslationRequest]) -> list[QueueItem]:
    """The posts (and agenda items) of a page of requests, one query per kind; those the viewer
    may not read (hidden posts) are left out."""
    wanted: dict[str, set[int]] = {}
    kinds = {model: kind for kind, model in TRANSLATABLE_MODELS.items()}
    for request in requests:
        model = request.target_type.model_class()
        if model in kinds:
            wanted.setdefault(kinds[model], set()).add(request.target_id)
    loaded: dict[tuple[str, int], Any] = {}
    for kind, ids in wanted.items():
        found = TRANSLATABLE_MODELS[kind].objects.filter(pk__in=ids)
        found = found.select_related(*TRANSLATABLE_RELATED[kind])
        loaded.update({(kind, each.pk): each for each in found})
    items = []
    for request in requests:
        kind = kinds.get(request.target_type.model_class(), "")  # type: ignore[arg-type]
        post = loaded.get((kind, request.target_id))
        if post is None or not can_see_translatable(viewer, post, translatable_community(post)):
            continue
        items.append(queue_item(request=request, post=post))
    return items


def queue_item(*, request: TranslationRequest, post: Any) -> QueueItem:
    return QueueItem(
        request=request,
        post=post,
        kind=translatable_kind(post),
        title=translatable_title(post),
        excerpt=translatable_excerpt(post),
        url=translatable_url(post),
    )


def followed_queue_languages(*, person: Any) -> list[str]:
    """The languages whose translation queue the person follows."""
    if not is_signed_in(person):
        return []
    return list(
        TranslationVolunteer.objects.filter(person=person)
        .order_by("language")
        .values_list("language", flat=True)
    )
