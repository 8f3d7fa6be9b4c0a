"""The asking person's secret calendar address: read, create (or replace), revoke.

The address is a credential (whoever has it reads the person's registrations without signing
in), so it is only ever shown to its owner. Everything here is about the person asking;
visitors get 401.
"""

from datetime import datetime
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Router, Schema
from ninja.responses import Status

from trellis.activities import calendars
from trellis.activities.models import CalendarFeed
from trellis.activities.services import feeds
from trellis.core.api_schemas import error_responses
from trellis.core.permissions import signed_in_person

router = Router()


class CalendarFeedOut(Schema):
    url: str = Field(description="The secret iCalendar address of your registrations.")
    webcal_url: str = Field(description="The same address for calendar programs (webcal://).")
    created_at: datetime


def _out(feed: CalendarFeed, request: HttpRequest) -> dict[str, Any]:
    url, webcal_url = calendars.calendar_feed_addresses(feed, request=request)
    return {"url": url, "webcal_url": webcal_url, "created_at": feed.created_at}


@router.get("/me/calendar-feed", response={200: CalendarFeedOut, **error_responses(401, 404)})
def calendar_feed_get(request: HttpRequest) -> dict[str, Any]:
    """Your active secret address; 404 when you have none."""
    feed = calendars.calendar_feed_active(person=signed_in_person(request))
    if feed is None:
        raise Http404
    return _out(feed, request)


@router.post("/me/calendar-feed", response={201: CalendarFeedOut, **error_responses(401, 403)})
def calendar_feed_create(request: HttpRequest) -> Status[dict[str, Any]]:
    """A new secret address; the previous one, if any, stops working at once."""
    feed = feeds.calendar_feed_create(person=signed_in_person(request))
    return Status(201, _out(feed, request))


@router.delete("/me/calendar-feed", response={204: None, **error_responses(401, 404)})
def calendar_feed_revoke(request: HttpRequest) -> Status[None]:
    """Revoke your secret address: it answers 404 from now on. 404 when you had none."""
    if not feeds.calendar_feed_revoke(person=signed_in_person(request)):
        raise Http404
    return Status(204, None)
