"""Participation analytics' endpoints, mounted under /api/v1/ by `trellis.api.urls`."""

from ninja import Router

from trellis.analytics.api import big_picture

router = Router(tags=["participation"])

from trellis.analytics.api.network import router as network_router  # noqa: E402

router.add_router("", network_router)
router.add_router("", big_picture.router)
from trellis.analytics.api.levels import router as levels_router

router = Router(tags=["participation"])
router.add_router("", levels_router)
