"""Joining and leaving, members, requests, invitations and transactional participants."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from trellis.communities import permissions, selectors, services
from trellis.communities.forms import (
    InvitationForm,
    JoinRequestForm,
    LevelForm,
    TransactionalParticipantForm,
)
from trellis.communities.models import Membership, MembershipState, ParticipationLevel
from trellis.communities.views.community import _community_context
from trellis.communities.visits import records_community_visit
from trellis.core.forms import apply_validation_error
from trellis.core.pagination import paginate
from trellis.core.permissions import require, signed_in_person


@require_POST
def community_join(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    form = JoinRequestForm(request.POST)
    message = form.cleaned_data["message"] if form.is_valid() else ""
    membership = services.membership_join(
        person=signed_in_person(request), community=community, message=message
    )
    if membership.state == MembershipState.ACTIVE:
        messages.success(request, _("Welcome! You are now a member of this community."))
    else:
        messages.success(request, _("Your request has been sent to the conveners."))
    return redirect("communities:detail", slug=community.slug)


@require_POST
def community_leave(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    services.membership_leave(person=signed_in_person(request), community=community)
    messages.success(request, _("You have left the community."))
    if permissions.can_view_community(request.user, community):
        return redirect("communities:detail", slug=community.slug)
    return redirect("communities:list")


@records_community_visit
@require_safe
def member_list(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_view_members(request.user, community))
    level = request.GET.get("level") or None
    if level not in ParticipationLevel.values:
        level = None
    search = (request.GET.get("q") or "").strip()[:100]
    page = paginate(
        request, selectors.member_table_list(community=community, level=level, search=search)
    )
    return render(
        request,
        "communities/members.html",
        {
            **_community_context(request, community),
            "page": page,
            "levels": ParticipationLevel.choices,
            "level": level,
            "search": search,
        },
    )


def _managed_membership(request: HttpRequest, slug: str, membership_id: int) -> Membership:
    community = selectors.access_community(viewer=request.user, slug=slug)
    return selectors.access_membership(community=community, membership_id=membership_id)


@require_POST
def membership_level(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    membership = _managed_membership(request, slug, membership_id)
    require(request.user, permissions.can_declare_level(request.user, membership))
    form = LevelForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a valid participation level."))
    else:
        services.membership_level_set(
            actor=signed_in_person(request), membership=membership, level=form.cleaned_data["level"]
        )
        messages.success(
            request,
            _("%(person)s is now recorded as %(level)s.")
            % {"person": membership.person, "level": membership.get_declared_level_display()},
        )
    if request.headers.get("HX-Request"):
        return render(
            request,
            "communities/members.html#member-row",
            {
                **_community_context(request, membership.community),
                "membership": membership,
                "levels": ParticipationLevel.choices,
            },
        )
    return redirect("communities:members", slug=slug)


@require_POST
def membership_remove(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    membership = _managed_membership(request, slug, membership_id)
    services.membership_remove(actor=signed_in_person(request), membership=membership)
    messages.success(
        request, _("%(person)s is no longer a member.") % {"person": membership.person}
    )
    return redirect("communities:members", slug=slug)


@require_http_methods(["GET", "POST"])
def community_manage(request: HttpRequest, slug: str) -> HttpResponse:
    """The conveners' desk: requests to join, invitations, transactional participants."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_manage_community(request.user, community))
    invitation_form = InvitationForm(prefix="invite")
    participant_form = TransactionalParticipantForm(prefix="guest")
    if request.method == "POST" and "invite-email" in request.POST:
        invitation_form = InvitationForm(request.POST, prefix="invite")
        if invitation_form.is_valid():
            try:
                services.invitation_create(
                    actor=signed_in_person(request),
                    community=community,
                    **invitation_form.cleaned_data,
                )
            except ValidationError as error:
                apply_validation_error(invitation_form, error)
            else:
                messages.success(
                    request,
                    _("Invitation sent to %(email)s.")
                    % {"email": invitation_form.cleaned_data["email"]},
                )
                return redirect("communities:manage", slug=slug)
    elif request.method == "POST" and "guest-full_name" in request.POST:
        participant_form = TransactionalParticipantForm(request.POST, prefix="guest")
        if participant_form.is_valid():
            try:
                services.transactional_participant_record(
                    actor=signed_in_person(request),
                    community=community,
                    **participant_form.cleaned_data,
                )
            except ValidationError as error:
                apply_validation_error(participant_form, error)
            else:
                messages.success(request, _("The participant has been recorded."))
                return redirect("communities:manage", slug=slug)
    return render(
        request,
        "communities/manage.html",
        {
            **_community_context(request, community),
            "requests": paginate(request, selectors.pending_request_list(community=community)),
            "invitations": selectors.invitation_list(community=community)[:50],
            "participants": selectors.transactional_participant_list(community=community)[:100],
            "invitation_form": invitation_form,
            "participant_form": participant_form,
        },
    )


@require_POST
def membership_decide(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    membership = _managed_membership(request, slug, membership_id)
    approve = request.POST.get("decision") == "approve"
    services.membership_decide(
        actor=signed_in_person(request), membership=membership, approve=approve
    )
    if approve:
        messages.success(request, _("%(person)s is now a member.") % {"person": membership.person})
    else:
        messages.success(request, _("The request has been declined."))
    return redirect("communities:manage", slug=slug)


@require_http_methods(["GET", "POST"])
def invitation_respond(request: HttpRequest, token: str) -> HttpResponse:
    """The page an invitation email links to: sign in (or sign up), then accept."""
    if request.method == "POST":
        invitation = selectors.invitation_get_open(token=token)
        require(request.user, permissions.is_signed_in(request.user))
        membership = services.invitation_accept(
            person=signed_in_person(request), invitation=invitation
        )
        messages.success(request, _("Welcome! You are now a member of this community."))
        return redirect("communities:detail", slug=membership.community.slug)
    invitation = selectors.invitation_received_get(viewer=request.user, token=token)
    return render(request, "communities/invitation.html", {"invitation": invitation})


@require_safe
def membership_history(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    """Joined, left, rejoined, level changes: one membership's story."""
    membership = _managed_membership(request, slug, membership_id)
    require(request.user, permissions.can_view_membership_history(request.user, membership))
    return render(
        request,
        "communities/membership_history.html",
        {
            **_community_context(request, membership.community),
            "membership": membership,
            "events": selectors.membership_event_list(membership=membership),
        },
    )
