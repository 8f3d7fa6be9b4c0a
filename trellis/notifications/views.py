"""Notification pages: the list, settings, following, and unsubscribing from a signed link."""

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from trellis.accounts.selectors import person_by_id
from trellis.core.pagination import paginate
from trellis.core.permissions import signed_in_person
from trellis.core.remembered import CONTENT
from trellis.core.remembered_pages import remember_page
from trellis.notifications import selectors, services
from trellis.notifications.emails import language_of
from trellis.notifications.forms import NotificationSettingsForm
from trellis.notifications.models import NotificationKind
from trellis.notifications.notices import notice_of
from trellis.notifications.registry import target_url
from trellis.notifications.unsubscribe import (
    ALL_KINDS,
    InvalidUnsubscribeToken,
    unsubscribe_token_read,
)

NOTICES = (*CONTENT, "notifications")

if TYPE_CHECKING:
    from trellis.accounts.models import User


@require_safe
@remember_page(areas=NOTICES)
def notification_list(request: HttpRequest) -> HttpResponse:
    page = paginate(request, selectors.notification_list(viewer=request.user))
    return render(request, "notifications/list.html", _list_context(request, page))


def _list_context(request: HttpRequest, page: Any) -> dict[str, Any]:
    return {
        "page": page,
        "items": [(notification, notice_of(notification)) for notification in page.object_list],
        "unread_on_page": any(item.read_at is None for item in page.object_list),
    }


@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    """Mark all the person's notices read."""
    services.notifications_mark_read(person=signed_in_person(request))
    if request.headers.get("HX-Request"):
        page = paginate(request, selectors.notification_list(viewer=request.user))
        return render(
            request, "notifications/list.html#notification-list", _list_context(request, page)
        )
    messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:index")


@require_safe
def notification_open(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Following a notice marks it read and leads to what it is about."""
    notification = selectors.access_notification(
        viewer=request.user, notification_id=notification_id
    )
    services.notifications_mark_read(person=signed_in_person(request), ids=[notification.pk])
    return redirect(target_url(notification.target) or reverse("notifications:index"))


@require_http_methods(["GET", "POST"])
def notification_settings(request: HttpRequest) -> HttpResponse:
    person = signed_in_person(request)
    current = selectors.notification_settings_get(person=person)
    form = NotificationSettingsForm(request.POST or None, current=current)
    if request.method == "POST" and form.is_valid():
        services.notification_settings_replace(person=person, frequencies=form.cleaned_data)
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:settings")
    return render(request, "notifications/settings.html", {"form": form})


def _followable(request: HttpRequest, content_type_id: int, object_id: int) -> models.Model:
    """The object to follow, named by its content type's id; 404 as the selector says."""
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist as error:
        raise Http404 from error
    return selectors.access_followable(viewer=request.user, model=model, object_id=object_id)


def _safe_next(request: HttpRequest, fallback: str) -> str:
    candidate = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return candidate if candidate and safe else fallback


@require_POST
def follow_toggle(request: HttpRequest, content_type_id: int, object_id: int) -> HttpResponse:
    """Follow or stop following; `action` says which, so a repeated submit changes nothing."""
    person = signed_in_person(request)
    target = _followable(request, content_type_id, object_id)
    action = request.POST.get("action")
    if action not in {"follow", "unfollow"}:
        action = "unfollow" if selectors.is_following(person=person, target=target) else "follow"
    if action == "follow":
        services.follow(person=person, target=target)
    else:
        services.unfollow(person=person, target=target)
    following = action == "follow"
    if request.headers.get("HX-Request"):
        return render(
            request,
            "notifications/follow_button.html#follow-button",
            follow_button_context(target, following=following, next_url=_safe_next(request, "")),
        )
    if following:
        messages.success(request, _("You are following it now."))
    else:
        messages.success(request, _("You no longer follow it."))
    return HttpResponseRedirect(_safe_next(request, target_url(target) or "/"))


def follow_button_context(
    target: models.Model, *, following: bool, next_url: str
) -> dict[str, Any]:
    content_type = ContentType.objects.get_for_model(target)
    return {
        "action_url": reverse("notifications:follow", args=[content_type.pk, target.pk]),
        "following": following,
        "next": next_url,
    }


def _unsubscribe_person(token: str) -> "tuple[User, str] | None":
    try:
        person_id, kind = unsubscribe_token_read(token)
    except InvalidUnsubscribeToken:
        return None
    person = person_by_id(person_id)
    return (person, kind) if person is not None else None


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """A signed link from an email: GET asks to confirm, POST unsubscribes.

    POST needs no CSRF token: mail clients send RFC 8058 one-click requests without a session,
    and the signed token is what proves the request comes from the email.
    """
    found = _unsubscribe_person(token)
    if found is None:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    person, kind = found
    if request.method == "POST":
        services.notifications_unsubscribe(person=person, kind=kind)
    with translation.override(language_of(person)):
        what = _("all emails") if kind == ALL_KINDS else str(NotificationKind(kind).label)
        return render(
            request,
            "notifications/unsubscribe.html",
            {"done": request.method == "POST", "what": what, "all": kind == ALL_KINDS},
        )
