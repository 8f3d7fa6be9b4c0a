"""Calendars of learning activities: iCalendar documents and feeds, and the month grid.

Times are shown, and written to iCalendar, in the time zone each activity is planned in: Trellis
has no per-person time zone, and a calendar program converts a TZID-stamped time to its own zone.
"""

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import get_format
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_countries import countries
from icalendar import Calendar, Event, vText

from trellis.activities import permissions, selectors
from trellis.activities.models import (
    Activity,
    ActivityStatus,
    CalendarFeed,
    Mode,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.communities.models import Community
from trellis.core.translated import translated

PRODID = "-//Trellis//Learning activities//EN"
# Feeds carry a year of history: enough for a calendar program, bounded for the server.
FEED_HISTORY = timedelta(days=365)
# RFC 5545 allows no control characters in text but the tab; a line break is written escaped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def ical_text(text: str) -> vText:
    """Any text as an iCalendar TEXT value: line breaks (of every kind) become escaped `\\n`,
    other control characters are dropped, so nothing people typed can break the document."""
    lines = str(text).splitlines()
    return vText(_CONTROL.sub("", "\n".join(lines)))


ICAL_STATUS = {
    ActivityStatus.DRAFT: "TENTATIVE",
    ActivityStatus.CANCELLED: "CANCELLED",
}


def site_url(path: str, *, request: HttpRequest | None = None) -> str:
    """An absolute address: on the host the request came to when there is one (the address a
    person copies must work where they are); SITE_URL only without a request (emails, tasks)."""
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.SITE_URL.rstrip("/") + path


def activity_uid(activity_id: int) -> str:
    """Stable across edits and exports, so calendar programs update instead of duplicating."""
    host = urlsplit(settings.SITE_URL).hostname or "trellis"
    return f"activity-{activity_id}@{host}"


def activity_local(activity: Activity) -> tuple[datetime, datetime]:
    """Start and end in the activity's own time zone."""
    zone = ZoneInfo(activity.timezone)
    return activity.starts_at.astimezone(zone), activity.ends_at.astimezone(zone)


def activity_place(activity: Activity) -> str:
    """Venue, city and country in the active language; empty for an online activity."""
    if activity.mode == Mode.ONLINE:
        return ""
    country = str(countries.name(activity.country)) if activity.country else ""
    return ", ".join(part for part in (activity.venue, activity.city, country) if part)


def activity_location(activity: Activity, *, online_link: bool) -> str:
    """LOCATION: the place, the online link, or both for a blended activity."""
    parts = [activity_place(activity)]
    if activity.mode != Mode.IN_PERSON:
        parts.append(activity.online_url if online_link else _("Online"))
    return " · ".join(part for part in parts if part)


def activity_event(
    activity: Activity,
    *,
    stamp: datetime,
    online_link: bool,
    request: HttpRequest | None = None,
) -> Event:
    """One VEVENT, in the active language. RFC 5545 allows one URL: it is the activity's page;
    the online link, for those who may see it, goes to LOCATION and DESCRIPTION."""
    page = site_url(reverse("activities:detail", args=[activity.pk]), request=request)
    start, end = activity_local(activity)
    event = Event()
    event.add("uid", activity_uid(activity.pk))
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", ical_text(translated(activity.title)))
    description = [translated(activity.description).strip()]
    if online_link and activity.online_url and activity.mode != Mode.IN_PERSON:
        description.append(_("Online: %(url)s") % {"url": activity.online_url})
    description.append(page)
    event.add("description", ical_text("\n\n".join(part for part in description if part)))
    location = activity_location(activity, online_link=online_link)
    if location:
        event.add("location", ical_text(location))
    event.add("url", page)
    event.add("status", ICAL_STATUS.get(ActivityStatus(activity.status), "CONFIRMED"))
    event.add("sequence", activity.sequence)
    event.add("created", activity.created_at.astimezone(UTC))
    event.add("last-modified", activity.updated_at.astimezone(UTC))
    event.add("categories", [ical_text(translated(activity.activity_type.name))])
    if activity.parent_id:
        event.add("related-to", activity_uid(activity.parent_id))
    return event


def online_link_ids(*, viewer: Any, activities: list[Activity]) -> set[int]:
    """The activities whose joining link the viewer may see.

    The rule of `permissions.can_see_online_link` (those who run the activity, and those
    registered yes and confirmed), answered for a whole feed in one query instead of one each.
    """
    if not permissions.is_signed_in(viewer):
        return set()
    confirmed = set(
        Registration.objects.filter(
            person=viewer,
            activity__in=[activity.pk for activity in activities],
            answer=RegistrationAnswer.YES,
            state=RegistrationState.CONFIRMED,
        ).values_list("activity_id", flat=True)
    )
    return {
        activity.pk
        for activity in activities
        if activity.pk in confirmed or permissions.can_manage_activity(viewer, activity)
    }


def calendar_document(
    activities: Iterable[Activity],
    *,
    name: str,
    viewer: Any,
    request: HttpRequest | None = None,
) -> bytes:
    """A VCALENDAR ready to publish: one VEVENT per activity and the VTIMEZONEs they use; the
    pages it links to are on the request's host (SITE_URL without a request)."""
    stamp = timezone.now().astimezone(UTC).replace(microsecond=0)
    document = Calendar()
    document.add("prodid", PRODID)
    document.add("version", "2.0")
    document.add("calscale", "GREGORIAN")
    document.add("method", "PUBLISH")
    # Not a property icalendar knows, so it would be written as given: typed as TEXT, it is
    # escaped like the others.
    document.add("x-wr-calname", ical_text(name))
    activities = list(activities)
    with_link = online_link_ids(viewer=viewer, activities=activities)
    for activity in activities:
        document.add_component(
            activity_event(
                activity, stamp=stamp, online_link=activity.pk in with_link, request=request
            )
        )
    if activities:
        # Transitions from a year before the first event to a year after the last, instead
        # of icalendar's default 1970–2038, keep the document small.
        first = min(activity.starts_at for activity in activities).date() - timedelta(days=366)
        last = max(activity.ends_at for activity in activities).date() + timedelta(days=366)
        document.add_missing_timezones(first_date=first, last_date=last)
    return document.to_ical()


def calendar_response(content: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def activity_calendar(*, viewer: Any, activity_id: int) -> tuple[Activity, list[Activity]]:
    """The activity (404 when the viewer may not see it) and, for its .ics, the activity
    followed by its sessions the viewer may see."""
    activity = selectors.access_activity(viewer=viewer, activity_id=activity_id)
    family = selectors.activity_list(viewer=viewer).filter(Q(pk=activity.pk) | Q(parent=activity))
    events = sorted(family, key=lambda item: (item.pk != activity.pk, item.starts_at, item.pk))
    return activity, events


def activity_country_list(
    *, viewer: Any, visible_communities: list[Community] | None = None
) -> list[tuple[str, str]]:
    """(code, name in the active language) of the countries of activities the viewer sees."""
    codes = (
        selectors.activity_list(viewer=viewer, visible_communities=visible_communities)
        .exclude(country="")
        .order_by()
        .values_list("country", flat=True)
        .distinct()
    )
    return sorted(((code, str(countries.name(code))) for code in codes), key=lambda c: c[1])


def community_calendar(*, viewer: Any, community: Community) -> QuerySet[Activity]:
    """A community's feed: its activities (sessions included) from a year ago onwards."""
    return selectors.activity_list(
        viewer=viewer, community=community, starts_from=timezone.now() - FEED_HISTORY
    )


def access_calendar_feed(*, token: str) -> CalendarFeed:
    """The active feed a secret address names; 404 when unknown or revoked."""
    feed = (
        CalendarFeed.objects.select_related("person")
        .filter(token=token, revoked_at__isnull=True, person__is_active=True)
        .first()
    )
    if feed is None:
        raise Http404
    return feed


def calendar_feed_active(*, person: Any) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(person=person, revoked_at__isnull=True).first()


def calendar_feed_addresses(
    feed: CalendarFeed, *, request: HttpRequest | None = None
) -> tuple[str, str]:
    """A feed's secret address, and the same as a webcal:// link that calendar programs open
    as a subscription."""
    url = site_url(reverse("activities:personal_ics", args=[feed.token]), request=request)
    return url, url.replace("https://", "webcal://").replace("http://", "webcal://")


def personal_calendar(*, person: Any) -> QuerySet[Activity]:
    """What a person said yes or maybe to (registration not cancelled), among the activities
    they may still see, from a year ago onwards."""
    registered = (
        Registration.objects.filter(
            person=person, answer__in=[RegistrationAnswer.YES, RegistrationAnswer.MAYBE]
        )
        .exclude(state=RegistrationState.CANCELLED)
        .values("activity")
    )
    return selectors.activity_list(viewer=person, starts_from=timezone.now() - FEED_HISTORY).filter(
        pk__in=registered
    )


def personal_calendar_document(feed: CalendarFeed, *, request: HttpRequest | None = None) -> bytes:
    """Calendar programs send no session and rarely a language: use the person's own."""
    person = feed.person
    with override(person.preferred_language or None):
        return calendar_document(
            personal_calendar(person=person),
            viewer=person,
            request=request,
            name=_("My activities — %(person)s") % {"person": person.full_name or person.email},
        )


@dataclass
class MonthDay:
    day: date
    in_month: bool
    is_today: bool
    activities: list[Any] = field(default_factory=list)


@dataclass
class Month:
    first: date
    previous: date
    next: date
    weekdays: list[date]
    weeks: list[list[MonthDay]]


def month_parse(value: str | None, *, today: date) -> date:
    """`2026-11` as the first of that month; anything else is the current month."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        if 1900 <= year <= 2200 and 1 <= month <= 12:
            return date(year, month, 1)
    except ValueError:
        pass
    return today.replace(day=1)


def month_window(first: date) -> tuple[datetime, datetime]:
    """UTC bounds wide enough for every activity starting in the month in its own zone
    (offsets reach ±14 hours)."""
    start = datetime(first.year, first.month, 1, tzinfo=UTC) - timedelta(days=1)
    days = calendar.monthrange(first.year, first.month)[1]
    return start, start + timedelta(days=days + 2)


def month_build(
    first: date,
    activities: Iterable[Activity],
    *,
    today: date,
    prepare: Callable[[Activity], Any] = lambda activity: activity,
) -> Month:
    """Weeks of the month, each day listing the activities that start on it in their zone
    (each as `prepare` makes it ready to show)."""
    by_day: dict[date, list[Any]] = {}
    for activity in activities:
        by_day.setdefault(activity_local(activity)[0].date(), []).append(prepare(activity))
    # Django counts weekdays from Sunday (0), Python's calendar from Monday (0).
    first_weekday = (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7
    weeks = [
        [
            MonthDay(
                day=day,
                in_month=day.month == first.month,
                is_today=day == today,
                activities=by_day.get(day, []) if day.month == first.month else [],
            )
            for day in week
        ]
        for week in calendar.Calendar(first_weekday).monthdatescalendar(first.year, first.month)
    ]
    previous = (first - timedelta(days=1)).replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Month(
        first=first,
        previous=previous,
        next=following,
        weekdays=[day.day for day in weeks[0]],
        weeks=weeks,
    )
