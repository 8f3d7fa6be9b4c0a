"""Reads about learning activities, on behalf of the person asking."""

from datetime import datetime
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import Http404

from trellis.activities import permissions
from trellis.activities.models import (
    Activity,
    ActivityContributor,
    ActivityType,
    Registration,
)
from trellis.communities.models import AgendaItem, Community
from trellis.communities.selectors import communities_visible_to, community_visible_list
from trellis.core.translated import translated


def activity_type_list(
    *, orientation: str | None = None, activity_format: str | None = None
) -> list[ActivityType]:
    """The catalogue, optionally only the types serving an orientation or held in a format.

    Filtered in Python: the catalogue is a few dozen rows, and JSON list lookups differ between
    SQLite and PostgreSQL.
    """
    types = list(ActivityType.objects.all())
    if orientation:
        types = [kind for kind in types if orientation in kind.orientations]
    if activity_format:
        types = [kind for kind in types if activity_format in kind.formats]
    return types


def activity_type_choice_list() -> list[tuple[str, str]]:
    """(slug, name in the active language) of every type, in catalogue order: a filter's
    choices, without the descriptions and codes the catalogue page shows."""
    return [
        (slug, translated(name)) for slug, name in ActivityType.objects.values_list("slug", "name")
    ]


def activity_visible_communities(*, viewer: Any) -> list[Community]:
    """The communities whose activities the viewer may see (`community_visible_list`), ids
    only: a page that reads activities more than once (its list and its country filter)
    loads them once and passes them to each read."""
    return list(community_visible_list(viewer=viewer).only("pk").order_by())


def activity_list(
    *,
    viewer: Any,
    visible_communities: list[Community] | None = None,
    community: Community | None = None,
    activity_type: str | None = None,
    status: str | None = None,
    mode: str | None = None,
    country: str | None = None,
    language: str | None = None,
    starts_from: datetime | None = None,
    starts_before: datetime | None = None,
    ended_before: datetime | None = None,
    top_level_only: bool = False,
) -> QuerySet[Activity]:
    """Activities of communities the viewer may see (drafts only for those who run them),
    with everything a list or calendar shows loaded in a fixed number of queries.
    `visible_communities`, when given, is `activity_visible_communities` for the viewer.

    By start, soonest first; those that ended before `ended_before` latest first (an archive).
    `starts_from` keeps the activities that have not ended by then."""
    # The communities the viewer sees (a few dozen rows at most): the filter takes their ids
    # as literals, and the draft rule asks the permission predicate about them.
    visible = (
        activity_visible_communities(viewer=viewer)
        if visible_communities is None
        else visible_communities
    )
    if community is not None and community.pk not in {shown.pk for shown in visible}:
        return Activity.objects.none()
    activities = Activity.objects.filter(
        permissions.activity_visible_filter(viewer, visible_communities=visible)
    )
    if community is not None:
        activities = activities.filter(
            Exists(
                Activity.communities.through.objects.filter(
                    activity=OuterRef("pk"), community=community
                )
            )
        )
    if activity_type:
        activities = activities.filter(activity_type__slug=activity_type)
    if status:
        activities = activities.filter(status=status)
    if mode:
        activities = activities.filter(mode=mode)
    if country:
        activities = activities.filter(country=country.upper())
    if language:
        activities = activities.filter(languages__icontains=f'"{language}"')
    if starts_from is not None:
        activities = activities.filter(ends_at__gte=starts_from)
    if starts_before is not None:
        activities = activities.filter(starts_at__lt=starts_before)
    if ended_before is not None:
        activities = activities.filter(ends_at__lt=ended_before)
    if top_level_only:
        activities = activities.filter(parent__isnull=True)
    return (
        activities.select_related("activity_type")
        .prefetch_related(
            Prefetch(
                "communities",
                queryset=Community.objects.only("pk", "code", "slug", "name", "visibility"),
            )
        )
        .order_by(*(("-starts_at", "-id") if ended_before is not None else ("starts_at", "id")))
    )


# What the calendar list shows of each activity (and its type's name), and what the month grid
# shows: not the long texts (description, report) that only the detail page and the API carry.
CALENDAR_LIST_FIELDS = (
    "title",
    "status",
    "starts_at",
    "ends_at",
    "timezone",
    "mode",
    "venue",
    "city",
    "country",
    "languages",
    "activity_type__name",
)
CALENDAR_MONTH_FIELDS = ("title", "status", "starts_at", "ends_at", "timezone")


def activity_calendar_list(**filters: Any) -> QuerySet[Activity]:
    """`activity_list` with the columns the calendar list shows."""
    return activity_list(**filters).only(*CALENDAR_LIST_FIELDS)


def activity_month_list(**filters: Any) -> QuerySet[Activity]:
    """`activity_list` with the columns the month grid shows, and neither types nor
    communities, which it does not show."""
    return (
        activity_list(**filters)
        .select_related(None)
        .prefetch_related(None)
        .only(*CALENDAR_MONTH_FIELDS)
    )


# What the API's list shape (`ActivityOut`) carries: not the report's texts nor the online link,
# which only the detail shape does.
API_LIST_FIELDS = (
    "parent_id",
    "title",
    "description",
    "formality",
    "mode",
    "country",
    "city",
    "venue",
    "starts_at",
    "ends_at",
    "timezone",
    "languages",
    "interpretation",
    "capacity",
    "registration_deadline",
    "status",
    "activity_type__slug",
)


def activity_summary_list(**filters: Any) -> QuerySet[Activity]:
    """`activity_list` with the columns and the learning agenda items (ids and communities)
    of the API's list shape."""
    return (
        activity_list(**filters)
        .only(*API_LIST_FIELDS)
        .prefetch_related(
            Prefetch("agenda_items", queryset=AgendaItem.objects.only("pk", "community_id"))
        )
    )


def access_activity(*, viewer: Any, activity_id: int) -> Activity:
    """The activity, or 404 when it does not exist or the viewer may not know it exists."""
    activity = (
        Activity.objects.select_related("activity_type", "parent", "reported_by")
        .prefetch_related(
            "communities",
            "agenda_items__community",
            "materials",
            Prefetch(
                "contributors",
                queryset=ActivityContributor.objects.select_related("person", "guest"),
            ),
            Prefetch("sessions", queryset=Activity.objects.order_by("starts_at", "id")),
        )
        .filter(pk=activity_id)
        .first()
    )
    if activity is None or not permissions.can_view_activity(viewer, activity):
        raise Http404
    return activity


def activity_community_list(*, viewer: Any, activity: Activity) -> list[Community]:
    """The activity's communities that the viewer may see, by code: what every page, API
    answer and message shows of them. A boundary activity of a public and a private community
    shows a visitor the public one only. Uses the communities the selectors prefetch."""
    return communities_visible_to(viewer=viewer, communities=activity.communities.all())


def activity_agenda_item_list(*, viewer: Any, activity: Activity) -> list[AgendaItem]:
    """The learning agenda items the activity addresses, of those communities only."""
    shown = {
        community.pk for community in activity_community_list(viewer=viewer, activity=activity)
    }
    return [item for item in activity.agenda_items.all() if item.community_id in shown]


def activity_session_list(*, viewer: Any, activity: Activity) -> list[Activity]:
    """The activity's sessions the viewer may see (drafts only for those who run them); their
    communities are loaded with them, so the check costs no query per session."""
    return [
        session
        for session in activity.sessions.prefetch_related("communities")
        if permissions.can_view_activity(viewer, session)
    ]


def registration_get(*, person: Any, activity: Activity) -> Registration | None:
    if not permissions.is_signed_in(person):
        return None
    return Registration.objects.filter(person=person, activity=activity).first()
