"""Peer assist pages: the list, asking for help, volunteering, choosing peers, scheduling the
session, recording the outcome and closing.

Each step posts to its own URL; a step refused by the service comes back as the peer assist
page with the form, what was typed, and the reason.
"""

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trellis.communities.selectors import access_community
from trellis.communities.views.community import _community_context
from trellis.conversations.forms_discussions import (
    ChooseForm,
    OfferForm,
    OutcomeForm,
    PeerAssistForm,
    ScheduleForm,
)
from trellis.conversations.models import PeerAssist, PeerAssistStatus
from trellis.conversations.permissions import (
    MANAGE_PEER_ASSIST_REASON,
    PARTICIPATE_REASON,
    SCHEDULE_PEER_ASSIST_REASON,
    VIEW_CONVERSATIONS_REASON,
    can_join_peer_assist_session,
    can_manage_peer_assist,
    can_participate,
    can_schedule_peer_assist,
    can_view_conversations,
)
from trellis.conversations.selectors import peer_assists as selectors
from trellis.conversations.services import peer_assists as services
from trellis.core.forms import apply_validation_error
from trellis.core.pagination import paginate
from trellis.core.permissions import require, signed_in_person

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


def _peer_assist(request: HttpRequest, slug: str, peer_assist_id: int) -> PeerAssist:
    community = access_community(viewer=request.user, slug=slug)
    return selectors.access_peer_assist(
        viewer=request.user, peer_assist_id=peer_assist_id, community=community
    )


def _detail_url(peer_assist: PeerAssist) -> str:
    return reverse(
        "conversations:peer_assist_detail", args=[peer_assist.community.slug, peer_assist.pk]
    )


def _can_schedule(viewer: Any, peer_assist: PeerAssist) -> bool:
    return peer_assist.status == PeerAssistStatus.MATCHED and can_schedule_peer_assist(
        viewer, peer_assist
    )


@require_GET
def peer_assist_list(request: HttpRequest, slug: str) -> HttpResponse:
    community = _conversations_of(request, slug)
    status = request.GET.get("status") or None
    if status not in PeerAssistStatus.values:
        status = None
    assists = selectors.peer_assist_list(viewer=request.user, community=community, status=status)
    return render(
        request,
        "conversations/peer_assists/list.html",
        {
            **_community_context(request, community),
            "page": paginate(request, assists),
            "statuses": PeerAssistStatus.choices,
            "status": status,
            "can_request": can_participate(request.user, community),
        },
    )


@require_http_methods(["GET", "POST"])
def peer_assist_create(request: HttpRequest, slug: str) -> HttpResponse:
    community = _conversations_of(request, slug)
    actor = signed_in_person(request)
    require(actor, can_participate(actor, community), reason=PARTICIPATE_REASON)
    form = PeerAssistForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            peer_assist = services.peer_assist_request(
                actor=actor, community=community, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                _("Your request is published. Peers from other countries can now offer help."),
            )
            return redirect(_detail_url(peer_assist))
    return render(
        request,
        "conversations/peer_assists/form.html",
        {**_community_context(request, community), "form": form},
    )


def _detail(request: HttpRequest, peer_assist: PeerAssist, **forms: Any) -> HttpResponse:
    viewer = request.user
    community = peer_assist.community
    my_offer = selectors.offer_of(person=viewer, peer_assist=peer_assist)
    is_requester = viewer.is_authenticated and peer_assist.requester_id == viewer.pk
    requester_country = peer_assist.requester.country if peer_assist.requester else ""
    same_country = bool(
        viewer.is_authenticated
        and requester_country
        and getattr(viewer, "country", "") == requester_country
    )
    can_manage = can_manage_peer_assist(viewer, peer_assist)
    offers = list(peer_assist.offers.all())
    context = {
        **_community_context(request, community),
        "peer_assist": peer_assist,
        "offers": offers,
        "my_offer": my_offer,
        "is_requester": is_requester,
        "can_manage_assist": can_manage,
        "can_offer": (
            can_participate(viewer, community)
            and not is_requester
            and my_offer is None
            and selectors.open_for_offers(peer_assist)
        ),
        "same_country": same_country,
        "can_choose": can_manage and selectors.open_for_offers(peer_assist) and bool(offers),
        "can_schedule": _can_schedule(viewer, peer_assist),
        "show_online_link": can_join_peer_assist_session(viewer, peer_assist),
        "statuses": PeerAssistStatus.choices,
        "offer_form": forms.get("offer_form") or OfferForm(),
        "choose_form": forms.get("choose_form") or ChooseForm(peer_assist=peer_assist),
        "outcome_form": forms.get("outcome_form")
        or OutcomeForm(initial={"outcome": peer_assist.outcome}),
    }
    return render(request, "conversations/peer_assists/detail.html", context)


@require_GET
def peer_assist_detail(request: HttpRequest, slug: str, peer_assist_id: int) -> HttpResponse:
    return _detail(request, _peer_assist(request, slug, peer_assist_id))


@require_POST
def peer_assist_offer(request: HttpRequest, slug: str, peer_assist_id: int) -> HttpResponse:
    peer_assist = _peer_assist(request, slug, peer_assist_id)
    actor = signed_in_person(request)
    form = OfferForm(request.POST)
    if form.is_valid():
        try:
            services.peer_assist_offer(
                actor=actor, peer_assist=peer_assist, message=form.cleaned_data["message"]
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Thank you! The requester has been told of your offer."))
            return redirect(_detail_url(peer_assist))
    return _detail(request, peer_assist, offer_form=form)


@require_POST
def peer_assist_choose(request: HttpRequest, slug: str, peer_assist_id: int) -> HttpResponse:
    peer_assist = _peer_assist(request, slug, peer_assist_id)
    actor = signed_in_person(request)
    require(actor, can_manage_peer_assist(actor, peer_assist), reason=MANAGE_PEER_ASSIST_REASON)
    form = ChooseForm(request.POST, peer_assist=peer_assist)
    if form.is_valid():
        try:
            services.peer_assist_choose(
                actor=actor, peer_assist=peer_assist, offers=form.cleaned_data["offers"]
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The chosen peers have been told."))
            return redirect(_detail_url(peer_assist))
    return _detail(request, peer_assist, choose_form=form)


@require_http_methods(["GET", "POST"])
def peer_assist_schedule(request: HttpRequest, slug: str, peer_assist_id: int) -> HttpResponse:
    peer_assist = _peer_assist(request, slug, peer_assist_id)
    actor = signed_in_person(request)
    require(actor, can_schedule_peer_assist(actor, peer_assist), reason=SCHEDULE_PEER_ASSIST_REASON)
    form = ScheduleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.peer_assist_schedule(
                actor=actor,
                peer_assist=peer_assist,
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                timezone_name=data["timezone"],
                mode=data["mode"],
                online_url=data["online_url"],
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request, _("The session is in the calendar; the chosen peers have been told.")
            )
            return redirect(_detail_url(peer_assist))
    return render(
        request,
        "conversations/peer_assists/schedule.html",
        {
            **_community_context(request, peer_assist.community),
            "peer_assist": peer_assist,
            "form": form,
        },
    )


@require_POST
def peer_assist_outcome(request: HttpRequest, slug: str, peer_assist_id: int) -> HttpResponse:
    """Mark a scheduled session as held with its outcome, or correct the outcome later."""
    peer_assist = _peer_assist(request, slug, peer_assist_id)
    actor = signed_in_person(request)
    require(actor, can_manage_peer_assist(actor, peer_assist), reason=MANAGE_PEER_ASSIST_REASON)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        outcome = form.cleaned_data["outcome"]
        try:
            if peer_assist.status == PeerAssistStatus.SCHEDULED:
                services.peer_assist_mark_held(
                    actor=actor, peer_assist=peer_assist, outcome=outcome
                )
            else:
                services.peer_assist_outcome_record(
                    actor=actor, peer_assist=peer_assist, outcome=outcome
                )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The outcome is recorded."))
            return redirect(_detail_url(peer_assist))
    return _detail(request, peer_assist, outcome_form=form)


@require_POST
def peer_assist_close(request: HttpRequest, slug: str, peer_assist_id: int) -> HttpResponse:
    peer_assist = _peer_assist(request, slug, peer_assist_id)
    actor = signed_in_person(request)
    try:
        services.peer_assist_close(actor=actor, peer_assist=peer_assist)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request, _("The peer assist is closed. Thank you for sharing its outcome.")
        )
    return redirect(_detail_url(peer_assist))


PEER_ASSIST = "communities/<slug:slug>/peer-assists/<int:peer_assist_id>/"

urlpatterns: list[URLPattern] = [
    path("communities/<slug:slug>/peer-assists/", peer_assist_list, name="peer_assist_list"),
    path(
        "communities/<slug:slug>/peer-assists/new/", peer_assist_create, name="peer_assist_create"
    ),
    path(PEER_ASSIST, peer_assist_detail, name="peer_assist_detail"),
    path(f"{PEER_ASSIST}offer/", peer_assist_offer, name="peer_assist_offer"),
    path(f"{PEER_ASSIST}choose/", peer_assist_choose, name="peer_assist_choose"),
    path(f"{PEER_ASSIST}schedule/", peer_assist_schedule, name="peer_assist_schedule"),
    path(f"{PEER_ASSIST}outcome/", peer_assist_outcome, name="peer_assist_outcome"),
    path(f"{PEER_ASSIST}close/", peer_assist_close, name="peer_assist_close"),
]
