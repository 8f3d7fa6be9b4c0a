"""Participation analytics' endpoints, mounted under /api/v1/ by `trellis.api.urls`."""

from ninja import Router

from trellis.analytics.api import movement

router = Router(tags=["participation"])
router.add_router("", movement.router)
