"""Loading what an API address names, refusing as for an address nobody uses."""

import re

from django.http import Http404, HttpRequest

from trellis.communities import selectors
from trellis.communities.models import Community

SLUG = re.compile(r"[-a-zA-Z0-9_]{1,40}")


def community_from_path(request: HttpRequest, slug: str) -> Community:
    """The community the address names, if the asking person may know it exists.

    Endpoints load it before asking who is signed in, so a visitor also gets 404 (not 401)
    for a private community, exactly as for an address nobody uses.
    """
    if not SLUG.fullmatch(slug):
        raise Http404
    return selectors.access_community(viewer=request.user, slug=slug)
