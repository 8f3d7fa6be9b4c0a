"""Writing and moderation pages: markdown preview, mention search, flags, the flag queue, hiding
and restoring posts, locking questions and the edit history of a post."""

import re
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from trellis.communities.selectors import access_community
from trellis.communities.views.community import _community_context
from trellis.conversations.mentions import mention_token
from trellis.conversations.models import BODY_MAX_LENGTH, FlagState, Question
from trellis.conversations.permissions import (
    MODERATE_REASON,
    can_moderate,
)
from trellis.conversations.selectors import moderation as selectors
from trellis.conversations.services import moderation as services
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person

if TYPE_CHECKING:
    from trellis.communities.models import Community

MENTION_QUERY_MAX_LENGTH = 60
_FIELD_NAME = re.compile(r"^[\w-]{1,60}$")


class FlagForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why should the conveners look at this post?"),
        max_length=services.REASON_MAX_LENGTH,
    )


def _is_htmx(request: HttpRequest) -> bool:
    return bool(request.headers.get("HX-Request"))


def _back(request: HttpRequest, fallback: str) -> HttpResponseRedirect:
    """Back to the page the action was taken on (`next`), if it is on this site."""
    target = request.POST.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return HttpResponseRedirect(target if target and safe else fallback or "/")


def _queue_url(community: "Community | None") -> str:
    if community is None:
        return reverse("conversations:network_flags")
    return reverse("conversations:community_flags", args=[community.slug])


@require_POST
def post_preview(request: HttpRequest) -> HttpResponse:
    """The markdown the author is writing, rendered exactly as it will be shown."""
    signed_in_person(request)
    field = request.POST.get("preview_field") or "body"
    if not _FIELD_NAME.match(field):
        field = "body"
    text = request.POST.get(field, "")
    too_long = len(text) > BODY_MAX_LENGTH
    template = "conversations/moderation/preview.html"
    return render(
        request,
        f"{template}#preview" if _is_htmx(request) else template,
        {"text": "" if too_long else text, "too_long": too_long, "limit": BODY_MAX_LENGTH},
    )


@require_GET
def mention_search(request: HttpRequest) -> HttpResponse:
    """People the author may mention whose name matches what they typed after "@"."""
    viewer = signed_in_person(request)
    query = (request.GET.get("q") or "").strip()[:MENTION_QUERY_MAX_LENGTH]
    community = selectors.mention_community_get(
        viewer=viewer, slug=request.GET.get("community") or ""
    )
    people = selectors.mention_candidate_list(viewer=viewer, query=query, community=community)
    options = [{"person": person, "token": mention_token(person)} for person in people]
    template = "conversations/moderation/mentions.html"
    return render(
        request,
        f"{template}#options" if _is_htmx(request) else template,
        {"query": query, "options": options, "field_id": request.GET.get("field", "")},
    )


@require_POST
def post_flag(request: HttpRequest, kind: str, post_id: int) -> HttpResponse:
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    person = signed_in_person(request)
    form = FlagForm(request.POST)
    flagged = False
    if form.is_valid():
        try:
            services.flag_raise(
                actor=person, post=post, reason=form.cleaned_data["reason"], community=community
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            flagged = True
    if _is_htmx(request):
        return render(
            request,
            "conversations/_flag.html#flag-box",
            {"post": post, "flag_form": form, "flagged": flagged},
        )
    if flagged:
        messages.success(request, _("Thank you. The conveners will look at this post."))
    else:
        for field_errors in form.errors.values():
            for message in field_errors:
                messages.error(request, str(message))
    return _back(request, selectors.post_url(post))


@require_POST
def post_hide(request: HttpRequest, kind: str, post_id: int) -> HttpResponse:
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    services.post_hide(actor=signed_in_person(request), post=post, community=community)
    messages.success(request, _("The post is hidden. Only moderators can see it now."))
    return _back(request, _queue_url(community))


@require_POST
def post_restore(request: HttpRequest, kind: str, post_id: int) -> HttpResponse:
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    services.post_restore(actor=signed_in_person(request), post=post, community=community)
    messages.success(request, _("The post is shown again."))
    return _back(request, _queue_url(community))


@require_POST
def flags_dismiss(request: HttpRequest, kind: str, post_id: int) -> HttpResponse:
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    services.flags_dismiss(actor=signed_in_person(request), post=post, community=community)
    messages.success(request, _("The flags are dismissed; the post stays as it is."))
    return _back(request, _queue_url(community))


def _question_lock(request: HttpRequest, post_id: int, *, locked: bool) -> HttpResponse:
    question, _community = selectors.access_post(
        viewer=request.user, kind="question", post_id=post_id
    )
    assert isinstance(question, Question)
    services.question_lock(actor=signed_in_person(request), question=question, locked=locked)
    if locked:
        messages.success(request, _("The question is locked: no new answers or comments."))
    else:
        messages.success(request, _("The question is open again."))
    return _back(request, selectors.post_url(question))


@require_POST
def question_lock(request: HttpRequest, post_id: int) -> HttpResponse:
    return _question_lock(request, post_id, locked=True)


@require_POST
def question_unlock(request: HttpRequest, post_id: int) -> HttpResponse:
    return _question_lock(request, post_id, locked=False)


@require_GET
def post_revisions(request: HttpRequest, kind: str, post_id: int) -> HttpResponse:
    """Every earlier version of a post, with who replaced it and when; for moderators."""
    post, community = selectors.access_post(viewer=request.user, kind=kind, post_id=post_id)
    versions = selectors.post_version_list(viewer=request.user, post=post, community=community)
    return render(
        request,
        "conversations/moderation/revisions.html",
        {
            "post": post,
            "kind": kind,
            "community": community,
            "title": selectors.post_title(post),
            "post_url": selectors.post_url(post),
            "versions": versions,
        },
    )


def _flag_queue(request: HttpRequest, community: "Community | None") -> dict[str, Any]:
    return {
        "open": selectors.flagged_post_list(viewer=request.user, community=community),
        "hidden": selectors.flagged_post_list(
            viewer=request.user, community=community, state=FlagState.HIDDEN, limit=30
        ),
        "queue_url": _queue_url(community),
    }


@require_GET
def community_flag_queue(request: HttpRequest, slug: str) -> HttpResponse:
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_moderate(request.user, community), reason=MODERATE_REASON)
    return render(
        request,
        "conversations/moderation/flags.html",
        {**_community_context(request, community), **_flag_queue(request, community)},
    )


@require_GET
def network_flag_queue(request: HttpRequest) -> HttpResponse:
    """Flags on network-wide questions, for the network's admins."""
    require(request.user, can_moderate(request.user, None), reason=MODERATE_REASON)
    return render(
        request,
        "conversations/moderation/flags.html",
        {"community": None, **_flag_queue(request, None)},
    )


_POST = "conversations/posts/<str:kind>/<int:post_id>/"
urlpatterns = [
    path("conversations/preview/", post_preview, name="preview"),
    path("people/mentions/", mention_search, name="mention_search"),
    path("conversations/flags/", network_flag_queue, name="network_flags"),
    path("communities/<slug:slug>/flags/", community_flag_queue, name="community_flags"),
    path(f"{_POST}flag/", post_flag, name="post_flag"),
    path(f"{_POST}hide/", post_hide, name="post_hide"),
    path(f"{_POST}restore/", post_restore, name="post_restore"),
    path(f"{_POST}dismiss/", flags_dismiss, name="flags_dismiss"),
    path(f"{_POST}history/", post_revisions, name="post_revisions"),
    path("conversations/posts/question/<int:post_id>/lock/", question_lock, name="question_lock"),
    path(
        "conversations/posts/question/<int:post_id>/unlock/",
        question_unlock,
        name="question_unlock",
    ),
]
