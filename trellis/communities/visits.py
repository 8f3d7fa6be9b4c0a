"""`@records_community_visit`: a community's pages note when a member looked at them."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse

from trellis.communities.services.visits import community_visit_record


def records_community_visit(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Decorate (outermost) a page of one community, taking its `slug`: a member's successful
    GET moves their last visit, after the page is made (remembered or not), so the page itself
    never depends on it."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if request.method == "GET" and response.status_code == 200 and "slug" in kwargs:
            community_visit_record(person=request.user, slug=kwargs["slug"])
        return response

    return wrapper
