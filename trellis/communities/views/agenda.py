"""The learning agenda of a community: the list, one item with its timeline, proposing,
editing, prioritising and voting (an htmx toggle with a plain POST fallback).
"""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trellis.communities import permissions, selectors, services
from trellis.communities.agenda_documents import agenda_documents_for
from trellis.communities.agenda_translations import agenda_versions_attach
from trellis.communities.forms import (
    AgendaItemForm,
    AgendaItemPrioritiseForm,
    AgendaItemProposeForm,
)
from trellis.communities.models import AgendaItem, AgendaStatus, Community
from trellis.communities.views.community import _community_context
from trellis.core.forms import apply_validation_error
from trellis.core.pagination import paginate
from trellis.core.permissions import require, signed_in_person

# Without a status filter, the agenda shows this many items of each status.
AGENDA_GROUP_SHOWN = 10
# Each item lists its latest few activities; its own page has them all.
AGENDA_ACTIVITIES_SHOWN = 3


def _agenda_context(request: HttpRequest, community: Community) -> dict[str, Any]:
    viewer = request.user
    return {
        **_community_context(request, community),
        "can_propose": permissions.can_propose_agenda_item(viewer, community),
        "can_vote": permissions.can_vote_on_agenda(viewer, community),
        "can_prioritise": permissions.can_prioritise_agenda(viewer, community),
    }


def _propose_form(request: HttpRequest, data: Any = None) -> AgendaItemProposeForm:
    language = (get_language() or "en").split("-")[0]
    return AgendaItemProposeForm(data, initial={"language": language})


@require_GET
def agenda(request: HttpRequest, slug: str) -> HttpResponse:
    """Every item, grouped by status; within a group by priority, then by votes."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_view_agenda(request.user, community))
    status = request.GET.get("status", "")
    if status not in AgendaStatus.values:
        status = ""
    context = _agenda_context(request, community)
    groups: list[tuple[str, str, list[AgendaItem], int]] = []
    if status:
        # One status: every item of it, a page at a time.
        page = paginate(
            request,
            selectors.agenda_item_list(
                viewer=request.user, community=community, status=status, prefetch_activities=False
            ),
        )
        items = selectors.agenda_latest_activities_attach(
            list(page.object_list),
            viewer=request.user,
            community=community,
            latest=AGENDA_ACTIVITIES_SHOWN,
        )
        if items:
            groups = [(status, str(AgendaStatus(status).label), items, page.paginator.count)]
    else:
        # Every status: the first items of each, with a link to the rest.
        page = None
        groups = selectors.agenda_item_groups(
            viewer=request.user,
            community=community,
            per_group=AGENDA_GROUP_SHOWN,
            latest_activities=AGENDA_ACTIVITIES_SHOWN,
        )
    original = bool(request.GET.get("original"))
    shown = [item for _status, _label, items, _total in groups for item in items]
    versions = agenda_versions_attach(
        viewer=request.user, community=community, items=shown, original=original
    )
    context.update(
        {
            "groups": groups,
            "original": original,
            "translated_any": any(version.translated for version in versions),
            "page": page,
            "statuses": AgendaStatus.choices,
            "status": status,
            "vote_next": request.get_full_path(),
            "form": _propose_form(request) if context["can_propose"] else None,
        }
    )
    return render(request, "communities/agenda.html", context)


@require_http_methods(["GET", "POST"])
def agenda_propose(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    require(request.user, permissions.can_propose_agenda_item(request.user, community))
    form = _propose_form(request, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            item = services.agenda_item_propose(
                person=signed_in_person(request), community=community, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your proposal is on the learning agenda."))
            return redirect("communities:agenda_item", slug=slug, item_id=item.pk)
    return render(
        request,
        "communities/agenda_form.html",
        {**_agenda_context(request, community), "form": form, "item": None},
    )


def _prioritise_form(
    item: AgendaItem, community: Community, data: Any = None
) -> AgendaItemPrioritiseForm:
    return AgendaItemPrioritiseForm(
        data,
        owners=selectors.agenda_owner_choices(community=community, item=item),
        initial={
            "priority": item.priority,
            "status": item.status,
            "owner": item.owner_id,
            "target_start": item.target_start,
            "target_end": item.target_end,
        },
    )


def _item_page(
    request: HttpRequest,
    community: Community,
    item: AgendaItem,
    prioritise_form: AgendaItemPrioritiseForm | None = None,
) -> HttpResponse:
    context = _agenda_context(request, community)
    if prioritise_form is None and context["can_prioritise"]:
        prioritise_form = _prioritise_form(item, community)
    original = bool(request.GET.get("original"))
    agenda_versions_attach(
        viewer=request.user, community=community, items=[item], original=original
    )
    documents = agenda_documents_for(viewer=request.user, item_ids=[item.pk]).get(item.pk, [])
    context.update(
        {
            "item": item,
            "original": original,
            "documents": documents,
            "timeline": selectors.agenda_item_timeline(item=item, documents=documents),
            "can_edit": permissions.can_edit_agenda_text(request.user, item),
            "prioritise_form": prioritise_form,
            "vote_next": reverse("communities:agenda_item", args=[community.slug, item.pk]),
        }
    )
    return render(request, "communities/agenda_item.html", context)


@require_GET
def agenda_item(request: HttpRequest, slug: str, item_id: int) -> HttpResponse:
    """One item: what it asks, who leads it, its status history and activities on a timeline."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    item = selectors.access_agenda_item(viewer=request.user, community=community, item_id=item_id)
    return _item_page(request, community, item)


@require_http_methods(["GET", "POST"])
def agenda_item_edit(request: HttpRequest, slug: str, item_id: int) -> HttpResponse:
    """The proposer rewords the item while it is still proposed."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    item = selectors.access_agenda_item(viewer=request.user, community=community, item_id=item_id)
    require(request.user, permissions.can_edit_agenda_text(request.user, item))
    form = AgendaItemForm(
        request.POST if request.method == "POST" else None,
        initial={"title": item.title, "description": item.description, "language": item.language},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.agenda_item_update(
                actor=signed_in_person(request), item=item, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect("communities:agenda_item", slug=slug, item_id=item.pk)
    return render(
        request,
        "communities/agenda_form.html",
        {**_agenda_context(request, community), "form": form, "item": item},
    )


@require_http_methods(["GET", "POST"])
def agenda_item_prioritise(request: HttpRequest, slug: str, item_id: int) -> HttpResponse:
    """Agenda setters and conveners set priority, status (with a note), owner, target period."""
    community = selectors.access_community(viewer=request.user, slug=slug)
    item = selectors.access_agenda_item(viewer=request.user, community=community, item_id=item_id)
    require(request.user, permissions.can_prioritise_agenda(request.user, community))
    if request.method == "GET":
        return _item_page(request, community, item)
    form = _prioritise_form(item, community, request.POST)
    if form.is_valid():
        changes = dict(form.cleaned_data)
        status_note = changes.pop("status_note")
        try:
            services.agenda_item_update(
                actor=signed_in_person(request), item=item, status_note=status_note, **changes
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The agenda item has been updated."))
            return redirect("communities:agenda_item", slug=slug, item_id=item.pk)
    return _item_page(request, community, item, prioritise_form=form)


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@require_POST
def agenda_vote(request: HttpRequest, slug: str, item_id: int) -> HttpResponse:
    """Vote for an item, or withdraw the vote when the form says `withdraw`.

    With htmx only the item's vote fragment is answered; without, the person goes back to the
    page they voted from.
    """
    community = selectors.access_community(viewer=request.user, slug=slug)
    item = selectors.access_agenda_item(viewer=request.user, community=community, item_id=item_id)
    person = signed_in_person(request)
    withdraw = bool(request.POST.get("withdraw"))
    if withdraw:
        services.agenda_vote_withdraw(person=person, item=item)
    else:
        services.agenda_vote_cast(person=person, item=item)
    item_url = reverse("communities:agenda_item", args=[slug, item.pk])
    next_url = _safe_next(request, item_url)
    if request.headers.get("HX-Request"):
        item = selectors.access_agenda_item(
            viewer=request.user, community=community, item_id=item_id
        )
        return render(
            request,
            "communities/agenda.html#vote",
            {**_agenda_context(request, community), "item": item, "vote_next": next_url},
        )
    messages.success(
        request, _("Your vote has been withdrawn.") if withdraw else _("Thank you for your vote.")
    )
    return redirect(next_url)
