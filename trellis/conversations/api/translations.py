"""Translations of posts through the API, as the pages do them: list a post's translations,
add one, correct one, ask for one ("translation wanted"), read the queue of posts wanting a
translation and follow it.

A post is named as on the pages, by its kind and id (`agenda_item` for an item of a community's
learning agenda, which follows the agenda's rules); one that does not exist, or that the person
may not read, is a 404.
"""

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.conversations.models_translations import PostTranslation
from trellis.conversations.schemas_translations import (
    TranslatableKind,
    TranslationCreateIn,
    TranslationEditIn,
    TranslationOut,
    TranslationQueueFilters,
    TranslationQueueFollowOut,
    TranslationRequestIn,
    TranslationRequestOut,
)
from trellis.conversations.selectors import translations as selectors
from trellis.conversations.selectors.translatable import access_translatable
from trellis.conversations.selectors.translations import QueueItem
from trellis.conversations.services import translations as services
from trellis.core.api_schemas import NetworkLanguage, Pagination, PathId, error_responses
from trellis.core.permissions import signed_in_person

router = Router(tags=["translations"])

POST = "/posts/{kind}/{post_id}"


@router.get(
    f"{POST}/translations", response={200: list[TranslationOut], **error_responses(404, 422)}
)
def translation_list(request: HttpRequest, kind: TranslatableKind, post_id: PathId) -> list[Any]:
    """The post's translations, each credited to its translator."""
    post, _community = access_translatable(viewer=request.user, kind=kind, target_id=post_id)
    return selectors.translation_list(post=post)


@router.post(
    f"{POST}/translations",
    response={201: TranslationOut, **error_responses(403, 404, 413, 422)},
)
def translation_create(
    request: HttpRequest, kind: TranslatableKind, post_id: PathId, payload: TranslationCreateIn
) -> Status[PostTranslation]:
    """Add the post's translation into a language it is not written in and has none in yet;
    members who read the post may. Fulfils the open requests for that language."""
    post, community = access_translatable(viewer=request.user, kind=kind, target_id=post_id)
    translation = services.post_translation_add(
        actor=signed_in_person(request),
        post=post,
        community=community,
        language=payload.language,
        body=payload.body,
        title=payload.title,
    )
    return Status(201, translation)


@router.patch(
    f"{POST}/translations/{{language}}",
    response={200: TranslationOut, **error_responses(403, 404, 413, 422)},
)
def translation_edit(
    request: HttpRequest,
    kind: TranslatableKind,
    post_id: PathId,
    language: NetworkLanguage,
    payload: TranslationEditIn,
) -> PostTranslation:
    """Correct a translation: its translator, or a moderator (whose edit is audited)."""
    post, community, translation = selectors.access_translation(
        viewer=request.user, kind=kind, post_id=post_id, language=language
    )
    return services.post_translation_edit(
        actor=signed_in_person(request),
        translation=translation,
        post=post,
        community=community,
        body=payload.body,
        title=payload.title,
    )


@router.post(
    f"{POST}/translation-requests",
    response={201: TranslationRequestOut, **error_responses(403, 404, 422)},
)
def translation_request_create(
    request: HttpRequest, kind: TranslatableKind, post_id: PathId, payload: TranslationRequestIn
) -> Status[QueueItem]:
    """Ask for the post in a language ("translation wanted"); asking again while a request is
    open answers with that request."""
    post, community = access_translatable(viewer=request.user, kind=kind, target_id=post_id)
    wanted = services.translation_request_create(
        actor=signed_in_person(request), post=post, community=community, language=payload.language
    )
    return Status(201, selectors.queue_item(request=wanted, post=post))


class _QueuePages:
    """The queue as the paginator slices it: each page's posts loaded together."""

    def __init__(self, viewer: Any, language: str | None) -> None:
        self.viewer = viewer
        self.requests = selectors.translation_queue(viewer=viewer, language=language)

    def __len__(self) -> int:
        return self.requests.count()

    def __getitem__(self, window: slice) -> list[QueueItem]:
        return selectors.queue_items(viewer=self.viewer, requests=list(self.requests[window]))


@router.get(
    "/translation-requests",
    response={200: list[TranslationRequestOut], **error_responses(401, 422)},
)
@paginate(Pagination)
def translation_queue(request: HttpRequest, filters: Query[TranslationQueueFilters]) -> Any:
    """Open requests for translations of posts one may read, newest first."""
    return _QueuePages(signed_in_person(request), filters.language)


@router.put(
    "/translation-requests/follows/{language}",
    response={200: TranslationQueueFollowOut, **error_responses(401, 422)},
)
def translation_queue_follow(
    request: HttpRequest, language: NetworkLanguage
) -> TranslationQueueFollowOut:
    """Follow the queue of a language: the digest lists its open requests."""
    following = services.translation_queue_follow(
        person=signed_in_person(request), language=language, following=True
    )
    return TranslationQueueFollowOut(language=language, following=following)


@router.delete(
    "/translation-requests/follows/{language}",
    response={200: TranslationQueueFollowOut, **error_responses(401, 422)},
)
def translation_queue_unfollow(
    request: HttpRequest, language: NetworkLanguage
) -> TranslationQueueFollowOut:
    """Stop following the queue of a language."""
    following = services.translation_queue_follow(
        person=signed_in_person(request), language=language, following=False
    )
    return TranslationQueueFollowOut(language=language, following=following)
