"""The network's name and languages, available to every page."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from trellis.communities.selectors import network_get


def network(request: HttpRequest) -> dict[str, Any]:
    return {"network": network_get(), "interface_languages": settings.LANGUAGES}
