""" "Add to my calendar": links that open an activity in a calendar program's new-event form.

Google Calendar and Outlook take the times in UTC (the `Z` forms below), so the event lands at
the right moment whatever zone the activity is planned in and the person's calendar shows.
The .ics download (`activities:ics`) serves every other program.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, urlencode

from django.utils.text import Truncator
from django.utils.translation import gettext as _

from trellis.activities.calendars import activity_location
from trellis.activities.models import Activity, Mode
from trellis.core.translated import translated

GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK_COM = "https://outlook.live.com/calendar/0/deeplink/compose"
OFFICE_365 = "https://outlook.office.com/calendar/0/deeplink/compose"
# An address is kept well under the 2,000 characters browsers and these services accept.
DESCRIPTION_WORDS = 60


@dataclass(frozen=True)
class CalendarLink:
    label: str
    url: str


def _details(activity: Activity, *, page_url: str, online_link: bool) -> str:
    parts = [Truncator(translated(activity.description).strip()).words(DESCRIPTION_WORDS)]
    if online_link and activity.online_url and activity.mode != Mode.IN_PERSON:
        parts.append(_("Online: %(url)s") % {"url": activity.online_url})
    parts.append(page_url)
    return "\n\n".join(part for part in parts if part)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(microsecond=0)


def calendar_link_list(
    activity: Activity, *, page_url: str, online_link: bool
) -> list[CalendarLink]:
    """Links for Google Calendar, Outlook.com and Microsoft 365, in the active language; the
    joining link goes into the event only when `online_link` (the viewer may see it)."""
    title = translated(activity.title)
    details = _details(activity, page_url=page_url, online_link=online_link)
    location = activity_location(activity, online_link=online_link)
    start, end = _utc(activity.starts_at), _utc(activity.ends_at)
    google = {
        "action": "TEMPLATE",
        "text": title,
        "dates": f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}",
        "details": details,
        "location": location,
    }
    outlook = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": title,
        "startdt": f"{start:%Y-%m-%dT%H:%M:%SZ}",
        "enddt": f"{end:%Y-%m-%dT%H:%M:%SZ}",
        "body": details,
        "location": location,
    }

    def address(base: str, query: dict[str, str]) -> str:
        # %20, not "+": Outlook shows a "+" in the subject literally.
        return f"{base}?{urlencode(query, quote_via=quote)}"

    return [
        CalendarLink(label=_("Google Calendar"), url=address(GOOGLE, google)),
        CalendarLink(label=_("Outlook.com"), url=address(OUTLOOK_COM, outlook)),
        CalendarLink(label=_("Microsoft 365"), url=address(OFFICE_365, outlook)),
    ]
