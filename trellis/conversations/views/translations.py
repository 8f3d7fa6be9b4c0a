"""Translations of posts and of learning agenda items (kind `agenda_item`): adding and editing
one, asking for one, and the queue of what waits for a translation, which members who translate
follow."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trellis.communities.views.community import _community_context
from trellis.conversations.forms_translations import (
    TranslationEditForm,
    TranslationForm,
    TranslationRequestForm,
)
from trellis.conversations.permissions import TRANSLATE_POST_REASON, can_translate_post
from trellis.conversations.selectors import translatable
from trellis.conversations.selectors import translations as selectors
from trellis.conversations.services import translations as services
from trellis.core.forms import apply_validation_error
from trellis.core.pagination import paginate
from trellis.core.permissions import require, signed_in_person


def _back(request: HttpRequest, fallback: str) -> HttpResponseRedirect:
    target = request.POST.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return HttpResponseRedirect(target if target and safe else fallback or "/")


def _page_context(request: HttpRequest, post: Any, community: Any) -> dict[str, Any]:
    context: dict[str, Any] = _community_context(request, community) if community else {}
    context.update(
        {
            "community": community,
            "post": post,
            "kind": translatable.translatable_kind(post),
            "has_title": hasattr(post, "title"),
            "post_title": translatable.translatable_title(post),
            "post_body": translatable.translatable_body(post),
            "post_url": translatable.translatable_url(post),
        }
    )
    return context


@require_http_methods(["GET", "POST"])
def post_translate(request: HttpRequest, kind: str, post_id: int) -> HttpResponse:
    """Add a translation of a post into a language it has none in yet."""
    post, community = translatable.access_translatable(
        viewer=request.user, kind=kind, target_id=post_id
    )
    require(
        request.user,
        can_translate_post(request.user, post, community),
        reason=TRANSLATE_POST_REASON,
    )
    existing = {t.language for t in selectors.translation_list(post=post)}
    languages = [code for code in selectors.other_languages(post.language) if code not in existing]
    if not languages:
        messages.info(request, _("This post is already translated into every language."))
        return redirect(translatable.translatable_url(post) or "/")
    wanted = request.GET.get("language") or selectors.reader_language()
    form = TranslationForm(
        request.POST if request.method == "POST" else None,
        has_title=hasattr(post, "title"),
        languages=languages,
        initial={"language": wanted if wanted in languages else languages[0]},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.post_translation_add(
                actor=signed_in_person(request),
                post=post,
                community=community,
                language=form.cleaned_data["language"],
                body=form.cleaned_data["body"],
                title=form.cleaned_data.get("title"),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Thank you: your translation is shown to its readers."))
            return redirect(translatable.translatable_url(post) or "/")
    context = _page_context(request, post, community)
    context.update({"form": form, "translation": None})
    return render(request, "conversations/translations/form.html", context)


@require_http_methods(["GET", "POST"])
def translation_edit(request: HttpRequest, kind: str, post_id: int, language: str) -> HttpResponse:
    """Its translator, or a moderator, corrects a translation."""
    post, community, translation = selectors.access_translation(
        viewer=request.user, kind=kind, post_id=post_id, language=language
    )
    has_title = hasattr(post, "title")
    form = TranslationEditForm(
        request.POST if request.method == "POST" else None,
        has_title=has_title,
        initial={"title": translation.title, "body": translation.body},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.post_translation_edit(
                actor=signed_in_person(request),
                translation=translation,
                post=post,
                community=community,
                body=form.cleaned_data["body"],
                title=form.cleaned_data.get("title"),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect(translatable.translatable_url(post) or "/")
    else:
        services.translation_edit_check(
            actor=request.user, translation=translation, post=post, community=community
        )
    context = _page_context(request, post, community)
    context.update({"form": form, "translation": translation})
    return render(request, "conversations/translations/form.html", context)


@require_POST
def translation_ask(request: HttpRequest, kind: str, post_id: int) -> HttpResponse:
    """Ask for a translation of the post ("translation wanted")."""
    post, community = translatable.access_translatable(
        viewer=request.user, kind=kind, target_id=post_id
    )
    person = signed_in_person(request)
    form = TranslationRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the network's languages."))
    else:
        try:
            services.translation_request_create(
                actor=person, post=post, community=community, language=form.cleaned_data["language"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Asked. Members who translate will see it in their queue."))
    return _back(request, translatable.translatable_url(post))


def _queue_language(request: HttpRequest) -> str:
    language = request.GET.get("language") or ""
    return language if language in dict(settings.LANGUAGES) else ""


@require_GET
def translation_queue(request: HttpRequest) -> HttpResponse:
    """Posts wanting a translation, newest first, by language; with the queues one follows."""
    person = signed_in_person(request)
    language = _queue_language(request)
    page = paginate(request, selectors.translation_queue(viewer=person, language=language or None))
    items = selectors.queue_items(viewer=person, requests=list(page.object_list))
    return render(
        request,
        "conversations/translations/queue.html",
        {
            "page": page,
            "items": items,
            "language": language,
            "languages": settings.LANGUAGES,
            "followed": selectors.followed_queue_languages(person=person),
        },
    )


@require_POST
def translation_queue_follow(request: HttpRequest) -> HttpResponse:
    person = signed_in_person(request)
    form = TranslationRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the network's languages."))
    else:
        following = request.POST.get("following") != "0"
        services.translation_queue_follow(
            person=person, language=form.cleaned_data["language"], following=following
        )
        if following:
            messages.success(request, _("Your digest will list the texts waiting for you."))
        else:
            messages.success(request, _("You no longer follow this queue."))
    return redirect(reverse("conversations:translation_queue"))


_POST = "conversations/posts/<str:kind>/<int:post_id>/"
urlpatterns = [
    path(f"{_POST}translate/", post_translate, name="post_translate"),
    path(f"{_POST}translations/<str:language>/edit/", translation_edit, name="translation_edit"),
    path(f"{_POST}translation-wanted/", translation_ask, name="translation_ask"),
    path("conversations/translations/", translation_queue, name="translation_queue"),
    path(
        "conversations/translations/follow/",
        translation_queue_follow,
        name="translation_queue_follow",
    ),
]
