"""Pages of the network and its communities: home, list, landing page, editing, history."""

from collections.abc import Hashable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from trellis.communities import permissions, selectors, services
from trellis.communities.collection_links import collection_links_for
from trellis.communities.forms import (
    CommunityCreateForm,
    CommunityForm,
    JoinRequestForm,
    StakeholderForm,
)
from trellis.communities.models import Community, JoinPolicy, MembershipState, Stage
from trellis.communities.visits import records_community_visit
from trellis.core.forms import apply_validation_error
from trellis.core.pagination import paginate
from trellis.core.permissions import require, signed_in_person
from trellis.core.remembered_pages import remember_page

# The home page shows this many communities (the viewer's own first) and links to the rest.
HOME_COMMUNITIES = 12


def _latest_visit(request: HttpRequest) -> Hashable:
    """What a signed-in person's home depends on beyond the data: their last visits."""
    return selectors.community_visit_latest(person=request.user)


@require_safe
@remember_page(vary=_latest_visit)
def home(request: HttpRequest) -> HttpResponse:
    """A signed-in person's own page (`personal_home`); for visitors, the network and its
    first communities."""
    if permissions.is_signed_in(request.user):
        return render(
            request,
            "communities/personal_home.html",
            {"home": selectors.personal_home(viewer=request.user)},
        )
    communities = selectors.community_card_list(viewer=request.user)
    shown = list(communities[: HOME_COMMUNITIES + 1])
    return render(
        request,
        "communities/home.html",
        {
            "communities": shown[:HOME_COMMUNITIES],
            "more_communities": len(shown) > HOME_COMMUNITIES,
            "can_create": permissions.can_create_community(request.user),
        },
    )


@require_safe
@remember_page
def community_list(request: HttpRequest) -> HttpResponse:
    page = paginate(request, selectors.community_card_list(viewer=request.user))
    return render(
        request,
        "communities/list.html",
        {
            "page": page,
            "communities": page.object_list,
            "can_create": permissions.can_create_community(request.user),
        },
    )


def _community_context(request: HttpRequest, community: Community) -> dict[str, Any]:
    viewer = request.user
    state = permissions.membership_state(viewer, community)
    return {
        "community": community,
        "membership_state": state,
        "is_member": state == MembershipState.ACTIVE,
        "is_pending": state == MembershipState.PENDING,
        "can_join": permissions.can_join_community(viewer, community),
        "can_leave": permissions.can_leave_community(viewer, community),
        "can_manage": permissions.can_manage_community(viewer, community),
        "can_view_members": permissions.can_view_members(viewer, community),
        "needs_approval": community.join_policy == JoinPolicy.APPROVAL,
    }


@records_community_visit
@require_safe
@remember_page
def community_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The landing page: what the community is about and why a practitioner would join."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    context = _community_context(request, community)
    context.update(
        {
            "value_answers": community.value_answers(),
            "leadership": selectors.leadership_list(community=community),
            "stakeholders": selectors.stakeholder_list(community=community),
            "collections": collection_links_for(viewer=request.user, community_id=community.pk),
            "stage_history": selectors.stage_change_list(community=community)[:10],
            "stages": Stage.choices,
            "join_form": JoinRequestForm(),
            "membership_id": getattr(
                selectors.membership_get(person=request.user, community=community), "pk", None
            ),
        }
    )
    return render(request, "communities/detail.html", context)


@require_http_methods(["GET", "POST"])
def community_create(request: HttpRequest) -> HttpResponse:
    require(request.user, permissions.can_create_community(request.user))
    form = CommunityCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            # The creation form's fields include the code and the slug.
            community = services.community_create(
                actor=signed_in_person(request), **form.service_arguments()
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The community has been created."))
            return redirect("communities:detail", slug=community.slug)
    return render(request, "communities/form.html", {"form": form, "community": None})


@require_http_methods(["GET", "POST"])
def community_edit(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_manage_community(request.user, community))
    form = CommunityForm(request.POST or None, community=community)
    if request.method == "POST" and form.is_valid():
        try:
            services.community_update(
                actor=signed_in_person(request),
                community=community,
                stage_note=form.cleaned_data["stage_note"],
                **form.service_arguments(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect("communities:detail", slug=community.slug)
    return render(request, "communities/form.html", {"form": form, "community": community})


@require_safe
def community_history(request: HttpRequest, slug: str) -> HttpResponse:
    """The audit trail: what leaders changed, and the stage history."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_manage_community(request.user, community))
    page = paginate(request, selectors.audit_list(community=community))
    return render(
        request,
        "communities/history.html",
        {
            **_community_context(request, community),
            "page": page,
            "stage_history": selectors.stage_change_list(community=community),
        },
    )


@require_http_methods(["GET", "POST"])
def community_stakeholders(request: HttpRequest, slug: str) -> HttpResponse:
    """Sponsors and stakeholders: who the community negotiates its needs with."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_manage_community(request.user, community))
    form = StakeholderForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.stakeholder_add(
                actor=signed_in_person(request), community=community, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("communities:stakeholders", slug=slug)
    return render(
        request,
        "communities/stakeholders.html",
        {
            **_community_context(request, community),
            "form": form,
            "stakeholders": selectors.stakeholder_list(community=community),
        },
    )


@require_POST
def stakeholder_remove(request: HttpRequest, slug: str, stakeholder_id: int) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    stakeholder = selectors.access_stakeholder(community=community, stakeholder_id=stakeholder_id)
    services.stakeholder_remove(actor=signed_in_person(request), stakeholder=stakeholder)
    messages.success(request, _("Removed."))
    return redirect("communities:stakeholders", slug=slug)
