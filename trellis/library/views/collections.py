"""Collections' pages: the list, a collection's page, making, changing and deleting one."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from trellis.core.forms import apply_validation_error
from trellis.core.pagination import paginate
from trellis.core.permissions import require, signed_in_person
from trellis.library.collection_forms import CollectionForm
from trellis.library.models import Collection, CollectionKind
from trellis.library.permissions import (
    MAKE_COLLECTION_REASON,
    can_change_collection,
    can_make_collection,
)
from trellis.library.selectors.collections import (
    access_collection,
    collection_items,
    collection_list,
)
from trellis.library.services.collections import (
    collection_create,
    collection_delete,
    collection_update,
)
from trellis.library.views.documents import library_communities


def collection_url(collection: Collection) -> str:
    return reverse("library:collection_detail", args=[collection.pk])


def _number(value: str | None) -> int:
    """A positive id from the address, or 0 for anything else."""
    return int(value) if value and value.isdigit() and len(value) < 12 else 0


def _makeable_communities(actor: Any) -> Any:
    """The communities where the person may make a collection (of any kind but essentials)."""
    communities = library_communities(actor)
    return communities.filter(
        pk__in=[c.pk for c in communities if can_make_collection(actor, c, CollectionKind.OTHER)]
    )


@require_GET
def collection_list_page(request: HttpRequest) -> HttpResponse:
    viewer = request.user
    communities = library_communities(viewer)
    community = communities.filter(pk=_number(request.GET.get("community"))).first()
    kinds = dict(CollectionKind.choices)
    kind = request.GET.get("kind") if request.GET.get("kind") in kinds else None
    collections = collection_list(viewer=viewer, community=community, kind=kind)
    return render(
        request,
        "library/collections/list.html",
        {
            "page": paginate(request, collections),
            "communities": communities,
            "kinds": CollectionKind.choices,
            "chosen": {"community": community.pk if community else None, "kind": kind},
            "filtered": bool(community or kind),
            "can_make": can_make_collection(viewer, None, CollectionKind.OTHER),
        },
    )


@require_GET
def collection_detail(request: HttpRequest, collection_id: int) -> HttpResponse:
    viewer = request.user
    collection = access_collection(viewer=viewer, collection_id=collection_id)
    return render(
        request,
        "library/collections/detail.html",
        {
            "collection": collection,
            "items": collection_items(viewer=viewer, collection=collection),
            "can_change": can_change_collection(viewer, collection),
        },
    )


def _submitted(request: HttpRequest) -> Any:
    return request.POST if request.method == "POST" else None


@require_http_methods(["GET", "POST"])
def collection_create_page(request: HttpRequest) -> HttpResponse:
    actor = signed_in_person(request)
    require(
        actor, can_make_collection(actor, None, CollectionKind.OTHER), reason=MAKE_COLLECTION_REASON
    )
    communities = _makeable_communities(actor)
    initial: dict[str, Any] = {}
    if chosen := communities.filter(pk=_number(request.GET.get("community"))).first():
        initial["community"] = chosen.pk
    if request.GET.get("kind") in dict(CollectionKind.choices):
        initial["kind"] = request.GET["kind"]
    form = CollectionForm(
        _submitted(request), actor=actor, communities=communities, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            collection = collection_create(actor=actor, **form.service_arguments())
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The collection is made: now add its documents."))
            return redirect(reverse("library:collection_item_add", args=[collection.pk]))
    return render(request, "library/collections/form.html", {"form": form, "collection": None})


@require_http_methods(["GET", "POST"])
def collection_edit(request: HttpRequest, collection_id: int) -> HttpResponse:
    actor = signed_in_person(request)
    collection = access_collection(viewer=actor, collection_id=collection_id)
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    fixed = library_communities(actor).filter(pk=collection.community_id)
    form = CollectionForm(
        _submitted(request),
        actor=actor,
        communities=fixed,
        editing=True,
        fixed_community=collection.community,
        initial={
            "title": collection.title,
            "description": collection.description,
            "kind": collection.kind,
            "community": collection.community_id,
            "activity": collection.activity_id,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            collection_update(actor=actor, collection=collection, **form.service_arguments())
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The collection is changed."))
            return redirect(collection_url(collection))
    return render(
        request, "library/collections/form.html", {"form": form, "collection": collection}
    )


@require_http_methods(["GET", "POST"])
def collection_delete_page(request: HttpRequest, collection_id: int) -> HttpResponse:
    """A confirmation page; deleting takes its button."""
    actor = signed_in_person(request)
    collection = access_collection(viewer=actor, collection_id=collection_id)
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    if request.method == "POST":
        collection_delete(actor=actor, collection=collection)
        messages.success(
            request, _("The collection “%(title)s” is deleted.") % {"title": collection.title}
        )
        return redirect("library:collection_list")
    return render(request, "library/collections/delete.html", {"collection": collection})


urlpatterns: list[URLPattern] = [
    path("collections/", collection_list_page, name="collection_list"),
    path("collections/new/", collection_create_page, name="collection_create"),
    path("collections/<int:collection_id>/", collection_detail, name="collection_detail"),
    path("collections/<int:collection_id>/edit/", collection_edit, name="collection_edit"),
    path(
        "collections/<int:collection_id>/delete/",
        collection_delete_page,
        name="collection_delete",
    ),
]
