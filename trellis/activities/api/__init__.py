"""The activities API: each module owns a router; this package joins them."""

from ninja import Router

from trellis.activities.api import attendance, calendar, planning, registration

router = Router(tags=["activities"])
router.add_router("", planning.router)
router.add_router("", registration.router)
router.add_router("", attendance.router)
router.add_router("", calendar.router)
