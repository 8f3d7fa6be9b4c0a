"""Calendar pages: list and month views (network-wide and per community), iCalendar files and
feeds, and the page where a person manages their secret feed address."""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from trellis.activities import calendars, selectors
from trellis.activities.models import Activity, ActivityStatus, Mode
from trellis.activities.search_source import KIND as ACTIVITY_KIND
from trellis.activities.services import feeds
from trellis.communities.selectors import access_community, community_visible_list
from trellis.communities.views.community import _community_context
from trellis.communities.visits import records_community_visit
from trellis.core.languages import LANGUAGE_CHOICES, LANGUAGE_NAMES
from trellis.core.pagination import paginate
from trellis.core.permissions import signed_in_person
from trellis.core.remembered_pages import remember_page
from trellis.core.translated import translated
from trellis.search.ranking import ranked_by_search, search_query
from trellis.search.selectors import search_object_ids

if TYPE_CHECKING:
    from trellis.communities.models import Community

PER_PAGE = 20


class FilterSelect(forms.Select):
    """A select whose options are written in its own template: Django's includes one template
    per option, and the filters' eighty options were a sixth of the calendar page's time."""

    template_name = "activities/calendar/_filter_select.html"


class CalendarFilterForm(forms.Form):
    """The filters of both views; a value that is not a choice is ignored, not an error."""

    type = forms.ChoiceField(label=gettext_lazy("Type"), required=False, widget=FilterSelect)
    mode = forms.ChoiceField(
        label=gettext_lazy("Mode"),
        required=False,
        choices=[("", gettext_lazy("Any mode")), *Mode.choices],
        widget=FilterSelect,
    )
    country = forms.ChoiceField(label=gettext_lazy("Country"), required=False, widget=FilterSelect)
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        choices=[("", gettext_lazy("Any language")), *LANGUAGE_CHOICES],
        widget=FilterSelect,
    )

    def __init__(
        self, data: QueryDict, *, viewer: Any, visible_communities: "list[Community]"
    ) -> None:
        super().__init__(data, auto_id="calendar-%s", label_suffix="")
        cast(forms.ChoiceField, self.fields["type"]).choices = [
            ("", _("Any type")),
            *selectors.activity_type_choice_list(),
        ]
        cast(forms.ChoiceField, self.fields["country"]).choices = [
            ("", _("Any country")),
            *calendars.activity_country_list(
                viewer=viewer, visible_communities=visible_communities
            ),
        ]

    def filters(self) -> dict[str, str]:
        """The valid, non-empty filters, by the names the selector takes."""
        self.is_valid()
        names = {
            "type": "activity_type",
            "mode": "mode",
            "country": "country",
            "language": "language",
        }
        cleaned = getattr(self, "cleaned_data", {})
        return {names[key]: value for key, value in cleaned.items() if value}

    def query(self) -> str:
        """The filters as a query string, for links that must keep them."""
        self.is_valid()
        kept = QueryDict(mutable=True)
        for key, value in getattr(self, "cleaned_data", {}).items():
            if value:
                kept[key] = value
        return kept.urlencode()


@dataclass
class CalendarEntry:
    """An activity as the calendar list shows it: times in its own zone, every text ready to
    print, so the template formats nothing per row (a date filter costs as much as a query
    here: twenty rows of six each were a third of the page)."""

    activity: Activity
    title: str
    url: str
    start: datetime
    end: datetime
    # ISO 8601 for <time datetime>, the date in the active language's DATE_FORMAT, HH:MM.
    start_iso: str
    end_iso: str
    start_date: str
    end_date: str
    start_time: str
    end_time: str
    same_day: bool
    status_label: str
    mode_label: str
    type_name: str
    place: str
    languages: str
    community_names: str
    is_cancelled: bool
    # The start in the viewer's own zone, when they chose one and it differs.
    viewer_start: datetime | None = None


@dataclass
class MonthEntry:
    """An activity as a day of the month grid shows it: its start in its own zone."""

    activity: Activity
    title: str
    url: str
    start_iso: str
    start_time: str
    status_label: str
    is_cancelled: bool


def month_entry_build(activity: Activity) -> MonthEntry:
    start = calendars.activity_local(activity)[0]
    return MonthEntry(
        activity=activity,
        title=translated(activity.title),
        url=reverse("activities:detail", args=[activity.pk]),
        start_iso=start.isoformat(),
        start_time=f"{start:%H:%M}",
        status_label=str(ActivityStatus(activity.status).label),
        is_cancelled=activity.status == ActivityStatus.CANCELLED,
    )


def viewer_zone(request: HttpRequest) -> ZoneInfo | None:
    name = getattr(request.user, "time_zone", "")
    return ZoneInfo(name) if name else None


def entry_build(activity: Activity, *, viewer: Any, zone: ZoneInfo | None) -> CalendarEntry:
    start, end = calendars.activity_local(activity)
    viewer_start = activity.starts_at.astimezone(zone) if zone else None
    if viewer_start is not None and viewer_start.utcoffset() == start.utcoffset():
        viewer_start = None
    communities = selectors.activity_community_list(viewer=viewer, activity=activity)
    return CalendarEntry(
        activity=activity,
        title=translated(activity.title),
        url=reverse("activities:detail", args=[activity.pk]),
        start=start,
        end=end,
        start_iso=start.isoformat(),
        end_iso=end.isoformat(),
        start_date=date_format(start, "DATE_FORMAT"),
        end_date=date_format(end, "DATE_FORMAT"),
        start_time=time_format(start, "TIME_FORMAT"),
        end_time=time_format(end, "TIME_FORMAT"),
        same_day=start.date() == end.date(),
        status_label=str(ActivityStatus(activity.status).label),
        mode_label=str(Mode(activity.mode).label),
        type_name=translated(activity.activity_type.name),
        place=calendars.activity_place(activity),
        languages=", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in activity.languages),
        community_names=", ".join(translated(community.name) for community in communities),
        is_cancelled=activity.status == ActivityStatus.CANCELLED,
        viewer_start=viewer_start,
    )


def _page_context(request: HttpRequest, slug: str | None) -> dict[str, Any]:
    """What list and month views share: the community (if any), filters and view links, and
    the communities whose activities the viewer sees (loaded once for every read)."""
    community = access_community(viewer=request.user, slug=slug) if slug else None
    visible = selectors.activity_visible_communities(viewer=request.user)
    form = CalendarFilterForm(request.GET, viewer=request.user, visible_communities=visible)
    q = search_query(request.GET.get("q"))
    query = "&".join(part for part in (form.query(), urlencode({"q": q}) if q else "") if part)
    context: dict[str, Any] = {
        "community": community,
        "form": form,
        "q": q,
        "search_communities": [community.pk] if community is not None else None,
        "query": query,
        "visible_communities": visible,
    }
    if community is not None:
        context.update(_community_context(request, community))
        context["list_url"] = reverse("activities:community_calendar", args=[community.slug])
        context["month_url"] = reverse("activities:community_month", args=[community.slug])
        context["ics_url"] = reverse("activities:community_ics", args=[community.slug])
    else:
        context["list_url"] = reverse("activities:calendar")
        context["month_url"] = reverse("activities:month")
    return context


@records_community_visit
@require_safe
def calendar_list(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    """Upcoming activities, soonest first; with `past=1`, those that ended, latest first;
    with `q`, those the search engine finds, best match first.

    A search is not remembered: the index follows writes a moment later, so a remembered
    result could miss what was just written."""
    if search_query(request.GET.get("q")):
        return _calendar_list_page(request, slug)
    return _calendar_list_remembered(request, slug)


def _calendar_list_page(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    context = _page_context(request, slug)
    now = timezone.now()
    past = request.GET.get("past") == "1"
    activities = selectors.activity_calendar_list(
        viewer=request.user,
        visible_communities=context["visible_communities"],
        community=context["community"],
        top_level_only=True,
        starts_from=None if past else now,
        ended_before=now if past else None,
        **context["form"].filters(),
    )
    if q := context["q"]:
        activities = ranked_by_search(
            activities,
            viewer=request.user,
            q=q,
            kind=ACTIVITY_KIND,
            community_ids=context["search_communities"],
        )
    page = paginate(request, activities, per_page=PER_PAGE)
    zone = viewer_zone(request)
    context.update(
        {
            "page": page,
            "entries": [entry_build(activity, viewer=request.user, zone=zone) for activity in page],
            "past": past,
        }
    )
    return render(request, "activities/calendar/list.html", context)


_calendar_list_remembered = remember_page(_calendar_list_page)


@require_safe
def calendar_month(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    """A month as a table of the activities starting each day (with `q`: those found)."""
    if search_query(request.GET.get("q")):
        return _calendar_month_page(request, slug)
    return _calendar_month_remembered(request, slug)


def _calendar_month_page(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    context = _page_context(request, slug)
    today = timezone.localdate()
    first = calendars.month_parse(request.GET.get("month"), today=today)
    window_start, window_end = calendars.month_window(first)
    activities = selectors.activity_month_list(
        viewer=request.user,
        visible_communities=context["visible_communities"],
        community=context["community"],
        top_level_only=True,
        starts_from=window_start,
        starts_before=window_end,
        **context["form"].filters(),
    )
    if q := context["q"]:
        found = search_object_ids(
            viewer=request.user,
            q=q,
            kind=ACTIVITY_KIND,
            community_ids=context["search_communities"],
        )
        activities = activities.filter(pk__in=found)
    month = calendars.month_build(first, activities, today=today, prepare=month_entry_build)
    context.update(
        {
            "month": month,
            "month_has_activities": any(day.activities for week in month.weeks for day in week),
        }
    )
    return render(request, "activities/calendar/month.html", context)


_calendar_month_remembered = remember_page(_calendar_month_page)


@require_safe
def activity_ics(request: HttpRequest, activity_id: int) -> HttpResponse:
    """One activity and its sessions, in the viewer's language."""
    activity, events = calendars.activity_calendar(viewer=request.user, activity_id=activity_id)
    return calendars.calendar_response(
        calendars.calendar_document(
            events, name=translated(activity.title), viewer=request.user, request=request
        ),
        filename=f"activity-{activity.pk}.ics",
    )


@require_safe
def community_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """A community's feed: public for a public community, for its members when private."""
    community = access_community(viewer=request.user, slug=slug)
    return calendars.calendar_response(
        calendars.calendar_document(
            calendars.community_calendar(viewer=request.user, community=community),
            name=translated(community.name),
            viewer=request.user,
            request=request,
        ),
        filename=f"{community.slug}.ics",
    )


@require_safe
def personal_ics(request: HttpRequest, token: str) -> HttpResponse:
    """A person's registrations. No login: the secret address is the credential."""
    feed = calendars.access_calendar_feed(token=token)
    response = calendars.calendar_response(
        calendars.personal_calendar_document(feed, request=request), filename="my-activities.ics"
    )
    response["Cache-Control"] = "private, no-cache"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET", "POST"])
def feed_manage(request: HttpRequest) -> HttpResponse:
    """Create, replace or revoke one's secret feed address; see the community feeds."""
    person = signed_in_person(request)
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            feeds.calendar_feed_revoke(person=person)
            messages.success(request, _("Your calendar address no longer works."))
        else:
            feeds.calendar_feed_create(person=person)
            messages.success(request, _("Your new calendar address is ready."))
        return redirect("activities:feed")
    feed = calendars.calendar_feed_active(person=person)
    feed_url, webcal_url = (
        calendars.calendar_feed_addresses(feed, request=request) if feed else ("", "")
    )
    community_feeds = [
        {
            "community": community,
            "url": calendars.site_url(
                reverse("activities:community_ics", args=[community.slug]), request=request
            ),
            "is_private": community.is_private,
        }
        for community in community_visible_list(viewer=person).order_by("code")
    ]
    return render(
        request,
        "activities/calendar/feed.html",
        {
            "feed": feed,
            "feed_url": feed_url,
            "webcal_url": webcal_url,
            "community_feeds": community_feeds,
        },
    )


urlpatterns = [
    path("activities/", calendar_list, name="calendar"),
    path("activities/month/", calendar_month, name="month"),
    path("activities/<int:activity_id>.ics", activity_ics, name="ics"),
    path("communities/<slug:slug>/activities/", calendar_list, name="community_calendar"),
    path("communities/<slug:slug>/activities/month/", calendar_month, name="community_month"),
    path("communities/<slug:slug>/activities.ics", community_ics, name="community_ics"),
    path("calendar/feed/", feed_manage, name="feed"),
    path("calendar/<str:token>.ics", personal_ics, name="personal_ics"),
]
