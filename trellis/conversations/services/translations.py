"""Translating posts: adding and editing a translation, asking for one, following the queue.

A translation is kept as markdown and shown through the same rendering and sanitising as the
post itself (`post_markdown`). One translation per post per language; adding it fulfils the
open requests for that language and is credited to the translator in the contribution log.
Moderators may edit anyone's translation; such an edit is written to the audit trail.
"""

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.accounts.models import User
from trellis.communities.models import Community
from trellis.communities.services import audit_record
from trellis.conversations.models_translations import (
    PostTranslation,
    TranslationRequest,
    TranslationVolunteer,
)
from trellis.conversations.permissions import (
    ASK_TRANSLATION_REASON,
    EDIT_TRANSLATION_REASON,
    TRANSLATE_POST_REASON,
    can_ask_translation,
    can_edit_translation,
    can_translate_post,
    is_signed_in,
)
from trellis.conversations.search_reindex import post_reindex_later
from trellis.conversations.selectors.translatable import (
    TRANSLATABLE_MODELS,
    TRANSLATABLE_RELATED,
    is_agenda_item,
    translatable_body,
    translatable_kind,
    translatable_title,
    translatable_url,
)
from trellis.conversations.services.writing import post_text_check
from trellis.core.errors import LoginRequired
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.services import notify, register_target_url
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record


def _language_name(language: str) -> str:
    return str(dict(settings.LANGUAGES).get(language, language))


def _target_language_check(*, post: Any, language: str) -> None:
    """A language of the network other than the one the post is written in."""
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Choose one of the network's languages.")})
    if language == post.language:
        raise ValidationError(
            {
                "language": _(
                    "This post is already written in %(language)s: choose another language."
                )
                % {"language": _language_name(language)}
            }
        )


def _post_filter(post: Any) -> dict[str, Any]:
    return {"target_type": ContentType.objects.get_for_model(post), "target_id": post.pk}


def _texts(*, post: Any, body: str, title: str | None) -> tuple[str, str]:
    """The cleaned text and title; posts with a title need one in the translation too. An
    agenda item without a description has only its title to translate."""
    body = body.strip()
    clean_title = (title or "").strip() if hasattr(post, "title") else None
    try:
        post_text_check(body=body, title=clean_title)
    except ValidationError as error:
        errors = error.message_dict
        if not body and not translatable_body(post).strip():
            errors.pop("body", None)
        if errors:
            raise ValidationError(errors) from None
    return body, clean_title or ""


def _duplicate(language: str) -> ValidationError:
    return ValidationError(
        {
            "language": _("This post already has a translation into %(language)s: edit it instead.")
            % {"language": _language_name(language)}
        }
    )


def post_translation_add(
    *,
    actor: User,
    post: Any,
    community: Community | None,
    language: str,
    body: str,
    title: str | None = None,
) -> PostTranslation:
    """Add the post's translation into `language`, credited to `actor`.

    Refused unless the actor reads the post and takes part in its community
    (`can_translate_post`); the language must differ from the post's and not be translated yet.
    Fulfils the open requests for that language.
    """
    require(actor, can_translate_post(actor, post, community), reason=TRANSLATE_POST_REASON)
    _target_language_check(post=post, language=language)
    body, title = _texts(post=post, body=body, title=title)
    target = _post_filter(post)
    if PostTranslation.objects.filter(**target, language=language).exists():
        raise _duplicate(language)
    try:
        with transaction.atomic():
            translation = PostTranslation.objects.create(
                **target, language=language, title=title, body=body, translator=actor
            )
            fulfilled = TranslationRequest.objects.filter(
                **target, language=language, fulfilled_at__isnull=True
            )
            askers = [request.requested_by for request in fulfilled.select_related("requested_by")]
            fulfilled.update(fulfilled_at=timezone.now())
            post_reindex_later(post)
            contribution_record(
                person=actor,
                kind=ContributionKind.POST_TRANSLATED,
                community=community,
                target=post,
                details={"language": language},
            )
            # Those who asked hear of it, in their language, with a link to the translation
            # (`notify` leaves out the translator, former members and whoever lost access).
            notify(
                recipients=[asker for asker in askers if asker is not None],
                kind=NotificationKind.TRANSLATION_ADDED,
                actor=actor,
                target=translation,
                community=community,
            )
    except IntegrityError as error:  # added by someone else a moment ago
        raise _duplicate(language) from error
    return translation


def translation_edit_check(
    *, actor: Any, translation: PostTranslation, post: Any, community: Community | None
) -> None:
    """Refuse, before showing the form, whoever may not edit the translation."""
    require(
        actor,
        can_edit_translation(actor, translation, post, community),
        reason=EDIT_TRANSLATION_REASON,
    )


def post_translation_edit(
    *,
    actor: User,
    translation: PostTranslation,
    post: Any,
    community: Community | None,
    body: str,
    title: str | None = None,
) -> PostTranslation:
    """Change a translation's text: its translator or a moderator (`can_edit_translation`).

    A moderator's edit of someone else's translation is written to the audit trail. Nothing is
    written when nothing changed.
    """
    translation_edit_check(actor=actor, translation=translation, post=post, community=community)
    body, title = _texts(post=post, body=body, title=title)
    if body == translation.body and title == translation.title:
        return translation
    with transaction.atomic():
        translation.body = body
        translation.title = title
        translation.edited_at = timezone.now()
        translation.edited_by = actor
        translation.save(update_fields=["body", "title", "edited_at", "edited_by", "updated_at"])
        post_reindex_later(post)
        if translation.translator_id != actor.pk:
            audit_record(
                actor=actor,
                community=community,
                action="agenda.translation_edited"
                if is_agenda_item(post)
                else "post.translation_edited",
                subject=translatable_title(post)[:500],
                post_kind=translatable_kind(post),
                post_id=post.pk,
                language=translation.language,
            )
    return translation


def translation_request_create(
    *, actor: User, post: Any, community: Community | None, language: str
) -> TranslationRequest:
    """Ask for the post in `language`: its author or any reader (`can_ask_translation`).

    Asking again while a request is open returns that request; a post already translated into
    the language needs no request.
    """
    require(actor, can_ask_translation(actor, post, community), reason=ASK_TRANSLATION_REASON)
    _target_language_check(post=post, language=language)
    target = _post_filter(post)
    if PostTranslation.objects.filter(**target, language=language).exists():
        raise ValidationError(
            {
                "language": _("This post is already translated into %(language)s.")
                % {"language": _language_name(language)}
            }
        )
    with transaction.atomic():
        request, _created = TranslationRequest.objects.get_or_create(
            **target,
            language=language,
            fulfilled_at=None,
            defaults={"requested_by": actor, "community": community},
        )
    return request


def translation_queue_follow(*, person: Any, language: str, following: bool) -> bool:
    """Follow (or stop following) the queue of posts wanting a translation into `language`;
    the digest then lists its open requests. Returns whether the person now follows it."""
    if not is_signed_in(person):
        raise LoginRequired
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Choose one of the network's languages.")})
    with transaction.atomic():
        if following:
            TranslationVolunteer.objects.get_or_create(person=person, language=language)
        else:
            TranslationVolunteer.objects.filter(person=person, language=language).delete()
    return following


def _translation_url(translation: PostTranslation) -> str:
    return translatable_url(translation.target) if translation.target is not None else ""


def _translation_title(translation: PostTranslation) -> str:
    """The translated title; for an answer, comment or reply, the title of what it is under."""
    if translation.title:
        return translation.title
    return translatable_title(translation.target) if translation.target is not None else ""


def translation_targets_register() -> None:
    """Notices of a translation link to the page of what was translated; the translated things
    are loaded with the notices, one query per kind. Called from `ConversationsConfig.ready()`."""
    register_target_url(
        PostTranslation,
        _translation_url,
        title=_translation_title,
        prefetch_related=(
            GenericPrefetch(
                "target",
                [
                    model.objects.select_related(*TRANSLATABLE_RELATED[kind])
                    for kind, model in TRANSLATABLE_MODELS.items()
                ],
            ),
        ),
    )
