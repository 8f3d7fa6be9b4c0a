"""Participation analytics' endpoints, mounted under /api/v1/ by `trellis.api.urls`."""

from ninja import Router

router = Router(tags=["participation"])

from trellis.analytics.api.network import router as network_router  # noqa: E402

router.add_router("", network_router)
