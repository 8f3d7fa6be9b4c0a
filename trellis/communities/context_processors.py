"""The network's name and languages, available to every page."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from trellis.communities.selectors import network_get
from trellis.core.remembered import remembered


def network(request: HttpRequest) -> dict[str, Any]:
    # Read-only in templates: the same object serves every request until communities change.
    network = remembered(("network",), network_get, areas=("communities",))
    return {"network": network, "interface_languages": settings.LANGUAGES}
