"""The API: one NinjaAPI under /api/v1/, assembled from each app's router.

This module owns what is common to every endpoint: who is asking (`auth.py`) and how errors
are answered (`errors.py`). The endpoints themselves live in each app's `api.py`.
"""

from typing import Any

from django.apps import apps
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from trellis.accounts.api import router as accounts_router
from trellis.activities.api import router as activities_router
from trellis.analytics.api import router as analytics_router
from trellis.api.auth import AUTHENTICATION
from trellis.api.errors import error_handlers_install
from trellis.communities.api.agenda import router as agenda_router
from trellis.communities.api.community import router as communities_router
from trellis.communities.api.invitations import router as invitations_router
from trellis.communities.api.membership import router as membership_router
from trellis.communities.api.roles import router as roles_router
from trellis.conversations.api import router as conversations_router
from trellis.library.api import router as library_router
from trellis.notifications.api import router as notifications_router
from trellis.search.api import router as search_router
from trellis.value.api import router as value_router


class ReadableJSONRenderer(JSONRenderer):
    """Cyrillic and other scripts as themselves, not as \\u escapes."""

    json_dumps_params: dict[str, Any] = {"ensure_ascii": False}


api = NinjaAPI(
    title="Trellis API",
    version="1",
    description="Networks and communities of practice: the network, its communities, "
    "membership and people. Authenticate with a personal access token "
    "(`Authorization: Bearer trl_...`, made with `POST /tokens` or on the profile page) or "
    "the browser session. Every error answers "
    '`{"error": {"code", "message", "fields"}}`.',
    urls_namespace="api",
    auth=AUTHENTICATION,
    renderer=ReadableJSONRenderer(),
    # Ninja's interactive docs page loads Swagger UI from a CDN unless the "ninja" app is
    # installed (then it serves its own copy); nothing may come from another host.
    docs_url="/docs" if apps.is_installed("ninja") else None,
)
error_handlers_install(api)
api.add_router("", communities_router)
api.add_router("", membership_router)
api.add_router("", invitations_router)
api.add_router("", roles_router)
api.add_router("", agenda_router)
api.add_router("", accounts_router)
api.add_router("", activities_router)
api.add_router("", conversations_router)
api.add_router("", notifications_router)
api.add_router("", analytics_router)
api.add_router("", library_router)
api.add_router("", search_router)
api.add_router("", value_router)
