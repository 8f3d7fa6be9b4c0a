"""A collection's documents: adding one (found by a search), removing one, moving one."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import URLPattern, path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person
from trellis.library.collection_forms import CollectionItemForm
from trellis.library.models import Collection, CollectionItem
from trellis.library.permissions import MAKE_COLLECTION_REASON, can_change_collection
from trellis.library.selectors import access_document, document_list
from trellis.library.selectors.collections import access_collection, collection_items
from trellis.library.services.collections import (
    collection_item_add,
    collection_item_remove,
    collection_items_reorder,
)
from trellis.library.views.collections import collection_url
from trellis.search.ranking import ranked_by_search, search_query

# How many documents the add page offers at once.
CANDIDATES = 20


def _changeable(request: HttpRequest, collection_id: int) -> tuple[Any, Collection]:
    actor = signed_in_person(request)
    collection = access_collection(viewer=actor, collection_id=collection_id)
    require(actor, can_change_collection(actor, collection), reason=MAKE_COLLECTION_REASON)
    return actor, collection


def _item(actor: Any, collection: Collection, document_id: int) -> CollectionItem:
    """The item of a document the actor sees in the collection; 404 for any other."""
    for item in collection_items(viewer=actor, collection=collection):
        if item.document_id == document_id:
            return item
    raise Http404


@require_http_methods(["GET", "POST"])
def collection_item_add_page(request: HttpRequest, collection_id: int) -> HttpResponse:
    actor, collection = _changeable(request, collection_id)
    form = CollectionItemForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            document = access_document(viewer=actor, document_id=form.cleaned_data["document"])
        except Http404:
            form.add_error("document", _("There is no document with this number that you can see."))
        else:
            try:
                collection_item_add(
                    actor=actor,
                    collection=collection,
                    document=document,
                    note=form.cleaned_data["note"],
                )
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(
                    request,
                    _("“%(title)s” is added to the collection.") % {"title": document.title},
                )
                return redirect(request.get_full_path())
    q = search_query(request.GET.get("q"))
    candidates = document_list(viewer=actor).exclude(collections=collection)
    if q:
        candidates = ranked_by_search(candidates, viewer=actor, q=q, kind="document")
    return render(
        request,
        "library/collections/add.html",
        {
            "collection": collection,
            "form": form,
            "q": q,
            "candidates": list(candidates[:CANDIDATES]),
            "items": collection_items(viewer=actor, collection=collection),
        },
    )


@require_http_methods(["GET", "POST"])
def collection_item_remove_page(
    request: HttpRequest, collection_id: int, document_id: int
) -> HttpResponse:
    """A confirmation page; removing takes its button."""
    actor, collection = _changeable(request, collection_id)
    item = _item(actor, collection, document_id)
    if request.method == "POST":
        try:
            collection_item_remove(actor=actor, collection=collection, document=item.document)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("“%(title)s” is removed from the collection.") % {"title": item.document.title},
            )
        return redirect(collection_url(collection))
    return render(
        request, "library/collections/remove.html", {"collection": collection, "item": item}
    )


@require_POST
def collection_item_move_page(
    request: HttpRequest, collection_id: int, document_id: int
) -> HttpResponse:
    """One step up or down among the documents the actor sees (`direction`: up or down)."""
    actor, collection = _changeable(request, collection_id)
    order = [item.document_id for item in collection_items(viewer=actor, collection=collection)]
    if document_id not in order:
        raise Http404
    step = {"up": -1, "down": 1}.get(request.POST.get("direction", ""))
    if step is None:
        messages.error(request, _("Choose whether to move the document up or down."))
        return redirect(collection_url(collection))
    index = order.index(document_id)
    other = index + step
    if 0 <= other < len(order):
        order[index], order[other] = order[other], order[index]
        try:
            collection_items_reorder(actor=actor, collection=collection, document_ids=order)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(collection_url(collection))
    return redirect(f"{collection_url(collection)}#item-{document_id}")


urlpatterns: list[URLPattern] = [
    path(
        "collections/<int:collection_id>/add/",
        collection_item_add_page,
        name="collection_item_add",
    ),
    path(
        "collections/<int:collection_id>/items/<int:document_id>/remove/",
        collection_item_remove_page,
        name="collection_item_remove",
    ),
    path(
        "collections/<int:collection_id>/items/<int:document_id>/move/",
        collection_item_move_page,
        name="collection_item_move",
    ),
]
