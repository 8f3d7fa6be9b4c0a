"""Rows for the activity calendars: list and month pages, iCalendar files and feeds."""

from typing import Any

from trellis.activities.services.feeds import calendar_feed_create
from trellis.activities.tests.factories import ActivityFactory
from trellis.conftest import World
from trellis.tests.permission_rows import EVERYONE, Row, community_url

SIGNED_IN = "login ok ok ok ok ok"
# A private community's calendar: only those who see the community (members, its conveners and
# sponsors, network admins); outsiders cannot tell it exists.
PRIVATE = "404 404 ok ok ok ok"
API_PRIVATE = "404 404 ok ok ok ok"


def activity_ics(world: World, community: Any) -> str:
    return f"/activities/{ActivityFactory(communities=[community]).pk}.ics"


def member_feed(world: World, community: Any) -> str:
    return f"/calendar/{calendar_feed_create(person=world.member).token}.ics"


ROWS = [
    Row("activities:calendar", "GET", lambda w, c: "/activities/", EVERYONE),
    Row("activities:month", "GET", lambda w, c: "/activities/month/", EVERYONE),
    Row("activities:community_calendar", "GET", community_url("activities/"), EVERYONE, PRIVATE),
    Row("activities:community_month", "GET", community_url("activities/month/"), EVERYONE, PRIVATE),
    Row("activities:ics", "GET", activity_ics, EVERYONE, PRIVATE),
    Row(
        "activities:community_ics",
        "GET",
        lambda w, c: f"/communities/{c.slug}/activities.ics",
        EVERYONE,
        PRIVATE,
    ),
    # The secret address is the credential: it works for anyone who has it, signed in or not.
    Row("activities:personal_ics", "GET", member_feed, EVERYONE),
    Row("activities:feed", "GET", lambda w, c: "/calendar/feed/", SIGNED_IN),
    Row(
        "activities:feed",
        "POST",
        lambda w, c: "/calendar/feed/",
        SIGNED_IN,
        data={"action": "create"},
    ),
    Row(
        "api:activity_calendar_get",
        "GET",
        lambda w, c: f"/api/v1/activities/{ActivityFactory(communities=[c]).pk}.ics",
        EVERYONE,
        API_PRIVATE,
    ),
]
