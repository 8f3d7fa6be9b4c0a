"""Hot-topic discussion pages: the list, starting one, reading and replying, editing, and the
conveners' pin, lock and close.

Quoting is an htmx request from a reply's "Quote" link: the reply form comes back as a
fragment with the quoted reply set. Without JavaScript the same link reloads the page with the
form already quoting.
"""

import math
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trellis.communities.selectors import access_community
from trellis.communities.views.community import _community_context
from trellis.communities.visits import records_community_visit
from trellis.conversations.forms_discussions import DiscussionForm, ReplyForm
from trellis.conversations.models import Discussion, Reply
from trellis.conversations.permissions import (
    EDIT_POST_REASON,
    PARTICIPATE_REASON,
    VIEW_CONVERSATIONS_REASON,
    can_edit_post,
    can_moderate,
    can_participate,
    can_view_conversations,
)
from trellis.conversations.selectors import discussions as selectors
from trellis.conversations.selectors.translations import translations_attach
from trellis.conversations.services import discussions as services
from trellis.conversations.services.writing import post_edit
from trellis.core.forms import apply_validation_error
from trellis.core.pagination import DEFAULT_PAGE_SIZE, paginate
from trellis.core.permissions import require, signed_in_person
from trellis.core.remembered_pages import remember_page
from trellis.search.ranking import search_query

if TYPE_CHECKING:
    from trellis.communities.models import Community


def _conversations_of(request: HttpRequest, slug: str) -> "Community":
    community = access_community(viewer=request.user, slug=slug)
    require(
        request.user,
        can_view_conversations(request.user, community),
        reason=VIEW_CONVERSATIONS_REASON,
    )
    return community


def _discussion(request: HttpRequest, slug: str, discussion_id: int) -> Discussion:
    community = access_community(viewer=request.user, slug=slug)
    return selectors.access_discussion(
        viewer=request.user, discussion_id=discussion_id, community=community
    )


def _detail_url(discussion: Discussion, *, page: int | None = None, anchor: str = "") -> str:
    url = reverse(
        "conversations:discussion_detail", args=[discussion.community.slug, discussion.pk]
    )
    if page and page > 1:
        url += f"?page={page}"
    return url + (f"#{anchor}" if anchor else "")


def _discussion_list_page(request: HttpRequest, slug: str) -> HttpResponse:
    community = _conversations_of(request, slug)
    q = search_query(request.GET.get("q"))
    discussions = selectors.discussion_list(viewer=request.user, community=community, search=q)
    return render(
        request,
        "conversations/discussions/list.html",
        {
            **_community_context(request, community),
            "page": paginate(request, discussions),
            "q": q,
            "can_start": can_participate(request.user, community),
        },
    )


_discussion_list_remembered = remember_page(_discussion_list_page)


@records_community_visit
@require_GET
def discussion_list(request: HttpRequest, slug: str) -> HttpResponse:
    """A community's discussions; a search is not remembered (the index follows writes a
    moment later, so a remembered result could miss what was just written)."""
    if search_query(request.GET.get("q")):
        return _discussion_list_page(request, slug)
    return _discussion_list_remembered(request, slug)


@require_http_methods(["GET", "POST"])
def discussion_create(request: HttpRequest, slug: str) -> HttpResponse:
    community = _conversations_of(request, slug)
    actor = signed_in_person(request)
    require(actor, can_participate(actor, community), reason=PARTICIPATE_REASON)
    form = DiscussionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            discussion = services.discussion_create(
                actor=actor, community=community, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your discussion has started."))
            return redirect(_detail_url(discussion))
    return render(
        request,
        "conversations/discussions/form.html",
        {**_community_context(request, community), "form": form},
    )


def _quoted(request: HttpRequest, discussion: Discussion, value: Any) -> Reply | None:
    try:
        reply_id = int(value)
    except (TypeError, ValueError):
        return None
    return selectors.reply_get(viewer=request.user, discussion=discussion, reply_id=reply_id)


def _detail(
    request: HttpRequest, discussion: Discussion, *, form: ReplyForm, quoted: Reply | None
) -> HttpResponse:
    viewer = request.user
    community = discussion.community
    can_reply = (
        can_participate(viewer, community) and not discussion.locked and not discussion.closed
    )
    context = {
        **_community_context(request, community),
        "discussion": discussion,
        "form": form,
        "quoted": quoted,
        "can_reply": can_reply,
        "can_moderate_discussion": can_moderate(viewer, community),
        "can_edit": can_edit_post(viewer, discussion, community),
    }
    if request.headers.get("HX-Request") and request.method == "GET":
        return render(request, "conversations/discussions/detail.html#reply-form", context)
    page = paginate(request, selectors.reply_list(viewer=viewer, discussion=discussion))
    page.object_list = list(page.object_list)
    original = bool(request.GET.get("original"))
    translations_attach(
        viewer=viewer,
        posts=[discussion, *page.object_list],
        community=community,
        original=original,
    )
    context.update(page=page, original=original)
    return render(request, "conversations/discussions/detail.html", context)


@require_GET
def discussion_detail(request: HttpRequest, slug: str, discussion_id: int) -> HttpResponse:
    discussion = _discussion(request, slug, discussion_id)
    quoted = _quoted(request, discussion, request.GET.get("quote"))
    form = ReplyForm(initial={"quoted": quoted.pk if quoted else None})
    return _detail(request, discussion, form=form, quoted=quoted)


@require_POST
def reply_create(request: HttpRequest, slug: str, discussion_id: int) -> HttpResponse:
    discussion = _discussion(request, slug, discussion_id)
    actor = signed_in_person(request)
    require(actor, can_participate(actor, discussion.community), reason=PARTICIPATE_REASON)
    form = ReplyForm(request.POST)
    quoted = _quoted(request, discussion, request.POST.get("quoted"))
    if form.is_valid():
        if form.cleaned_data["quoted"] and quoted is None:
            form.add_error(None, _("The reply you quoted is no longer there."))
        else:
            try:
                reply = services.reply_create(
                    actor=actor,
                    discussion=discussion,
                    body=form.cleaned_data["body"],
                    quoted=quoted,
                )
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Your reply is posted."))
                count = selectors.reply_list(viewer=actor, discussion=discussion).count()
                last_page = math.ceil(count / DEFAULT_PAGE_SIZE)
                return redirect(_detail_url(discussion, page=last_page, anchor=f"reply-{reply.pk}"))
    return _detail(request, discussion, form=form, quoted=quoted)


@require_http_methods(["GET", "POST"])
def discussion_edit(request: HttpRequest, slug: str, discussion_id: int) -> HttpResponse:
    discussion = _discussion(request, slug, discussion_id)
    actor = signed_in_person(request)
    require(actor, can_edit_post(actor, discussion, discussion.community), reason=EDIT_POST_REASON)
    form = DiscussionForm(
        request.POST or None, initial={"title": discussion.title, "body": discussion.body}
    )
    if request.method == "POST" and form.is_valid():
        try:
            post_edit(
                actor=actor,
                post=discussion,
                body=form.cleaned_data["body"],
                title=form.cleaned_data["title"],
                community=discussion.community,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect(_detail_url(discussion))
    return render(
        request,
        "conversations/discussions/form.html",
        {
            **_community_context(request, discussion.community),
            "form": form,
            "discussion": discussion,
        },
    )


# What the page says once a switch is set: (turned on, turned off).
_MODERATED = {
    "pinned": (
        gettext_lazy("The discussion is pinned above the others."),
        gettext_lazy("The discussion is no longer pinned."),
    ),
    "locked": (
        gettext_lazy("The discussion is locked: nobody can reply until it is unlocked."),
        gettext_lazy("The discussion is unlocked: replies are welcome again."),
    ),
    "closed": (
        gettext_lazy("The discussion is closed: it has reached its end."),
        gettext_lazy("The discussion is open again."),
    ),
}


def _moderate(request: HttpRequest, slug: str, discussion_id: int, switch: str) -> HttpResponse:
    """Set one of the conveners' switches: `value=0` turns it off, anything else on."""
    discussion = _discussion(request, slug, discussion_id)
    value = request.POST.get("value", "1") != "0"
    services.discussion_moderate(
        actor=signed_in_person(request), discussion=discussion, **{switch: value}
    )
    turned_on, turned_off = _MODERATED[switch]
    messages.success(request, turned_on if value else turned_off)
    return redirect(_detail_url(discussion))


@require_POST
def discussion_pin(request: HttpRequest, slug: str, discussion_id: int) -> HttpResponse:
    return _moderate(request, slug, discussion_id, "pinned")


@require_POST
def discussion_lock(request: HttpRequest, slug: str, discussion_id: int) -> HttpResponse:
    return _moderate(request, slug, discussion_id, "locked")


@require_POST
def discussion_close(request: HttpRequest, slug: str, discussion_id: int) -> HttpResponse:
    return _moderate(request, slug, discussion_id, "closed")


DISCUSSION = "communities/<slug:slug>/discussions/<int:discussion_id>/"

urlpatterns: list[URLPattern] = [
    path("communities/<slug:slug>/discussions/", discussion_list, name="discussion_list"),
    path("communities/<slug:slug>/discussions/new/", discussion_create, name="discussion_create"),
    path(DISCUSSION, discussion_detail, name="discussion_detail"),
    path(f"{DISCUSSION}reply/", reply_create, name="reply_create"),
    path(f"{DISCUSSION}edit/", discussion_edit, name="discussion_edit"),
    path(f"{DISCUSSION}pin/", discussion_pin, name="discussion_pin"),
    path(f"{DISCUSSION}lock/", discussion_lock, name="discussion_lock"),
    path(f"{DISCUSSION}close/", discussion_close, name="discussion_close"),
]
