"""Activities as the search finds them: titles, descriptions and what came out of them in every
language they are written in, their type and place, found where `can_view_activity` shows them.

A draft is for those who plan it, so it is never indexed; an activity of at least one public
community is public; one of private communities only is for their members.
"""

import datetime
import zoneinfo
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from trellis.activities.models import Activity, ActivityStatus
from trellis.activities.selectors import activity_list
from trellis.communities.models import Community
from trellis.core.search_text import country_code, country_names, every_language, search_lines
from trellis.core.translated import translated_clean
from trellis.search.indexing import search_index_later
from trellis.search.sources import (
    Audience,
    SearchDoc,
    search_docs_in_batches,
    visible_ids_among,
)

KIND = "activity"


def activity_audience(
    *, status: str, communities: Iterable[Community]
) -> tuple[Audience, tuple[int, ...]] | None:
    """Who finds an activity, by the rule of `can_view_activity`: None for a draft, or for an
    activity of no community (which nobody but an administrator sees)."""
    communities = list(communities)
    if status == ActivityStatus.DRAFT or not communities:
        return None
    ids = tuple(sorted(community.pk for community in communities))
    if any(not community.is_private for community in communities):
        return Audience.PUBLIC, ids
    return Audience.MEMBERS, ids


def _start_date(activity: Activity) -> datetime.date:
    """The day it starts where it is held, the day its participants know it by."""
    zone: datetime.tzinfo
    try:
        zone = zoneinfo.ZoneInfo(activity.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = datetime.UTC
    return activity.starts_at.astimezone(zone).date()


def _document(activity: Activity) -> SearchDoc | None:
    audience = activity_audience(status=activity.status, communities=activity.communities.all())
    if audience is None:
        return None
    titles = translated_clean(activity.title)
    languages = activity.languages or []
    return SearchDoc(
        kind=KIND,
        object_id=activity.pk,
        title=" / ".join(dict.fromkeys(titles.values())),
        body=search_lines(
            every_language(activity.description),
            every_language(activity.activity_type.name),
            every_language(activity.summary),
            every_language(activity.outputs),
            every_language(activity.decisions),
            every_language(activity.follow_ups),
            activity.city,
            activity.venue,
            country_names(country_code(activity.country)),
            *(every_language(community.name) for community in activity.communities.all()),
        ),
        url=reverse("activities:detail", args=[activity.pk]),
        audience=audience[0],
        community_ids=audience[1],
        language=languages[0] if len(languages) == 1 else "",
        country=country_code(activity.country),
        date=_start_date(activity),
        extra={"titles": titles, "status": activity.status},
    )


class ActivitySource:
    kind = KIND
    label = _("Activities")

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        activities = Activity.objects.select_related("activity_type").prefetch_related(
            Prefetch(
                "communities",
                queryset=Community.objects.only("pk", "name", "visibility"),
            )
        )
        yield from search_docs_in_batches(
            activities, ids=ids, build=lambda batch: map(_document, batch)
        )

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        return visible_ids_among(activity_list(viewer=viewer).prefetch_related(None), ids=ids)


activity_source = ActivitySource()


def community_activities_reindex_later(community_id: int) -> None:
    """Reindex a community's activities, after its visibility or name changed."""
    ids = list(
        Activity.communities.through.objects.filter(community_id=community_id).values_list(
            "activity_id", flat=True
        )
    )
    if ids:
        search_index_later(kind=KIND, ids=ids)
