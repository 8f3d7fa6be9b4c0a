"""Participation analytics' endpoints, mounted under /api/v1/ by `trellis.api.urls`."""

from ninja import Router

from trellis.analytics.api.levels import router as levels_router

router = Router(tags=["participation"])
router.add_router("", levels_router)
