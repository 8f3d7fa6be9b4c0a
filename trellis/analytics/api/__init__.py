"""Participation analytics' endpoints, mounted under /api/v1/ by `trellis.api.urls`."""

from ninja import Router

from trellis.analytics.api import big_picture, levels, movement, network

router = Router(tags=["participation"])
router.add_router("", big_picture.router)
router.add_router("", levels.router)
router.add_router("", movement.router)
router.add_router("", network.router)
