"""Planning an activity and its page: create, edit, sessions, who runs it, what came out."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from trellis.activities import permissions, selectors
from trellis.activities.calendar_links import calendar_link_list
from trellis.activities.forms import ActivityForm, ContributorForm, MaterialForm, OutcomesForm
from trellis.activities.models import ActivityStatus
from trellis.activities.selectors import held
from trellis.activities.selectors import planning as planning_reads
from trellis.activities.services import planning
from trellis.communities.collection_links import collection_links_for
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person
from trellis.core.remembered_pages import remember_page


@require_safe
@remember_page
def activity_detail(request: HttpRequest, activity_id: int) -> HttpResponse:
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    communities = selectors.activity_community_list(viewer=request.user, activity=activity)
    show_online_link = permissions.can_see_online_link(request.user, activity)
    # Once it has taken place, the page is its record: outcomes, materials, who took part.
    is_over = held.activity_is_over(activity, now=timezone.now())
    return render(
        request,
        "activities/detail.html",
        {
            "activity": activity,
            "is_over": is_over,
            "participants": (
                held.activity_participant_list(viewer=request.user, activity=activity)
                if is_over
                else None
            ),
            "calendar_links": (
                []
                if is_over or activity.status == ActivityStatus.CANCELLED
                else calendar_link_list(
                    activity,
                    page_url=request.build_absolute_uri(
                        reverse("activities:detail", args=[activity.pk])
                    ),
                    online_link=show_online_link,
                )
            ),
            "communities": communities,
            # Only what the viewer sees: "across communities" with one name shown would tell a
            # visitor that a community hidden from them takes part.
            "is_boundary": len(communities) > 1,
            "agenda_items": selectors.activity_agenda_item_list(
                viewer=request.user, activity=activity
            ),
            "sessions": selectors.activity_session_list(viewer=request.user, activity=activity),
            "material_collections": collection_links_for(
                viewer=request.user, activity_id=activity.pk
            ),
            "contributors": planning_reads.activity_contributors_by_role(activity=activity),
            "registration": selectors.registration_get(person=request.user, activity=activity),
            "can_register": permissions.can_register(request.user, activity),
            "can_manage": permissions.can_manage_activity(request.user, activity),
            "can_report": permissions.can_report_outcomes(request.user, activity),
            "show_online_link": show_online_link,
        },
    )


@require_http_methods(["GET", "POST"])
def activity_create(request: HttpRequest) -> HttpResponse:
    person = signed_in_person(request)
    communities = planning_reads.activity_plannable_community_list(viewer=request.user)
    require(person, communities.exists())
    initial: dict[str, Any] = {}
    slug = request.GET.get("community", "")
    preselected = next((community for community in communities if community.slug == slug), None)
    if preselected is not None:
        initial["communities"] = [preselected]
    form = ActivityForm(request.POST or None, communities=communities, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            activity = planning.activity_create(
                actor=person,
                communities=list(form.cleaned_data["communities"]),
                agenda_items=form.cleaned_data["agenda_items"],
                **form.service_arguments(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The activity has been planned."))
            return redirect("activities:detail", activity_id=activity.pk)
    return render(request, "activities/form.html", {"form": form, "activity": None})


@require_http_methods(["GET", "POST"])
def activity_edit(request: HttpRequest, activity_id: int) -> HttpResponse:
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    require(request.user, permissions.can_manage_activity(request.user, activity))
    # The form offers what the editor sees; communities hidden from them, and their agenda
    # items, are neither shown nor dropped (the service keeps them).
    form = ActivityForm(
        request.POST or None,
        activity=activity,
        communities=planning_reads.activity_editable_community_list(
            viewer=request.user, activity=activity
        ),
        session_of=activity.parent,
        initial={
            "communities": selectors.activity_community_list(
                viewer=request.user, activity=activity
            ),
            "agenda_items": selectors.activity_agenda_item_list(
                viewer=request.user, activity=activity
            ),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            planning.activity_update(
                actor=signed_in_person(request),
                activity=activity,
                communities=(
                    list(form.cleaned_data["communities"]) if activity.parent is None else None
                ),
                agenda_items=form.cleaned_data["agenda_items"],
                **form.service_arguments(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect("activities:detail", activity_id=activity.pk)
    return render(request, "activities/form.html", {"form": form, "activity": activity})


@require_http_methods(["GET", "POST"])
def session_create(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Add a session (a parallel workshop of a plenary, a day of a study visit)."""
    parent = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    require(request.user, permissions.can_manage_activity(request.user, parent))
    form = ActivityForm(
        request.POST or None,
        communities=planning_reads.activity_shown_community_list(
            viewer=request.user, activity=parent
        ),
        session_of=parent,
        initial={
            "activity_type": parent.activity_type,
            "mode": parent.mode,
            "country": parent.country,
            "city": parent.city,
            "languages": parent.languages,
            "status": parent.status,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            session = planning.activity_create(
                actor=signed_in_person(request),
                communities=[],
                parent=parent,
                agenda_items=form.cleaned_data["agenda_items"],
                **form.service_arguments(),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The session has been added."))
            return redirect("activities:detail", activity_id=session.pk)
    return render(
        request, "activities/form.html", {"form": form, "activity": None, "parent": parent}
    )


@require_http_methods(["GET", "POST"])
def contributors(request: HttpRequest, activity_id: int) -> HttpResponse:
    """Hosts, speakers and facilitators: members or invited outsiders."""
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    require(request.user, permissions.can_manage_activity(request.user, activity))
    form = ContributorForm(
        request.POST or None,
        people=planning_reads.activity_people_list(viewer=request.user, activity=activity),
    )
    if request.method == "POST" and form.is_valid():
        actor = signed_in_person(request)
        data = form.cleaned_data
        try:
            if data["guest_name"]:
                planning.activity_guest_contributor_add(
                    actor=actor,
                    activity=activity,
                    role=data["role"],
                    full_name=data["guest_name"],
                    organisation=data["guest_organisation"],
                    email=data["guest_email"],
                )
            else:
                planning.activity_contributor_add(
                    actor=actor, activity=activity, role=data["role"], person=data["person"]
                )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("activities:contributors", activity_id=activity.pk)
    return render(
        request,
        "activities/contributors.html",
        {"activity": activity, "form": form, "contributors": activity.contributors.all()},
    )


@require_POST
def contributor_remove(request: HttpRequest, activity_id: int, contributor_id: int) -> HttpResponse:
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    contributor = planning_reads.access_activity_contributor(
        activity=activity, contributor_id=contributor_id
    )
    planning.activity_contributor_remove(actor=signed_in_person(request), contributor=contributor)
    messages.success(request, _("Removed."))
    return redirect("activities:contributors", activity_id=activity.pk)


@require_http_methods(["GET", "POST"])
def outcomes(request: HttpRequest, activity_id: int) -> HttpResponse:
    """The social reporter's record: summary, outputs, decisions, follow-ups, materials."""
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    require(request.user, permissions.can_report_outcomes(request.user, activity))
    form = OutcomesForm(activity=activity, prefix="outcomes")
    material_form = MaterialForm(prefix="material")
    if request.method == "POST" and "material-url" in request.POST:
        material_form = MaterialForm(request.POST, prefix="material")
        if material_form.is_valid():
            try:
                planning.activity_material_add(
                    actor=signed_in_person(request), activity=activity, **material_form.cleaned_data
                )
            except ValidationError as error:
                apply_validation_error(material_form, error)
            else:
                messages.success(request, _("The material has been added."))
                return redirect("activities:outcomes", activity_id=activity.pk)
    elif request.method == "POST":
        form = OutcomesForm(request.POST, activity=activity, prefix="outcomes")
        if form.is_valid():
            try:
                planning.activity_outcomes_record(
                    actor=signed_in_person(request),
                    activity=activity,
                    **form.cleaned_data,
                )
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("What came out of the activity has been recorded."))
                return redirect("activities:detail", activity_id=activity.pk)
    return render(
        request,
        "activities/outcomes.html",
        {"activity": activity, "form": form, "material_form": material_form},
    )


urlpatterns: list[URLPattern] = [
    path("activities/new/", activity_create, name="create"),
    path("activities/<int:activity_id>/", activity_detail, name="detail"),
    path("activities/<int:activity_id>/edit/", activity_edit, name="edit"),
    path("activities/<int:activity_id>/sessions/new/", session_create, name="session_create"),
    path("activities/<int:activity_id>/people/", contributors, name="contributors"),
    path(
        "activities/<int:activity_id>/people/<int:contributor_id>/remove/",
        contributor_remove,
        name="contributor_remove",
    ),
    path("activities/<int:activity_id>/outcomes/", outcomes, name="outcomes"),
]
