"""The activities API: each module owns a router; this package joins them."""

from ninja import Router

from trellis.activities.api import (
    attendance,
    calendar,
    catalogue,
    contributors,
    feed,
    outcomes,
    planning,
    registration,
)

router = Router(tags=["activities"])
# The calendar router comes first: its `/activities/<int:id>.ics` must be tried before
# planning's `/activities/{id}`, whose untyped segment would also match "5.ics".
router.add_router("", calendar.router)
router.add_router("", catalogue.router)
router.add_router("", planning.router)
router.add_router("", registration.router)
router.add_router("", attendance.router)
router.add_router("", contributors.router)
router.add_router("", outcomes.router)
router.add_router("", feed.router)
