"""The search page: one box, filters, ranked hits with the words found highlighted."""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from trellis.core.forms import apply_validation_error
from trellis.search.filters import kind_counts, search_kind_choices, search_run
from trellis.search.forms import SearchForm
from trellis.search.scope import community_choices


def _kind_links(request: HttpRequest, result: Any) -> list[dict[str, Any]]:
    """Each kind with its count, as a link to the same search of that kind only."""
    chosen = request.GET.get("kind", "")
    links = []
    for kind in [None, *kind_counts(result)]:
        query = request.GET.copy()
        query.pop("page", None)
        query["kind"] = kind.kind if kind else ""
        links.append(
            {
                "label": kind.label if kind else _("Everything"),
                "count": kind.count if kind else sum(result.counts.values()),
                "href": "?" + query.urlencode(),
                "current": (kind.kind if kind else "") == chosen,
            }
        )
    return links


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    """Anyone may search; each finds only what they may see (the selectors decide)."""
    kinds = search_kind_choices()
    form = SearchForm(
        request.GET or None,
        kinds=kinds,
        communities=community_choices(viewer=request.user),
    )
    context: dict[str, Any] = {"form": form, "result": None, "kind_labels": dict(kinds)}
    if form.is_bound and form.is_valid() and form.cleaned_data["q"].strip():
        try:
            result = search_run(viewer=request.user, **form.search_arguments())
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            context["result"] = result
            context["kind_links"] = _kind_links(request, result)
            if result.total and result.page <= result.num_pages:
                context["page"] = Paginator(range(result.total), result.per_page).page(result.page)
    return render(request, "search/search.html", context)


urlpatterns = [path("search/", search_page, name="page")]
