"""What the activities add to a person's home: their next activities, activities new in
their communities, and held activities whose attendance waits to be recorded."""

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trellis.activities import permissions
from trellis.activities.models import (
    Activity,
    ActivityStatus,
    Attendance,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.activities.selectors import activity_list, activity_visible_communities
from trellis.communities.home.parts import MAX_ITEMS, HomeItem, HomeParts, HomeViewer, NewCount
from trellis.core.translated import translated

Link = Activity.communities.through


def _next_activities(viewer: HomeViewer) -> list[HomeItem]:
    """Activities not yet over that the person said they would come to, or that their
    communities hold (not their sessions), soonest first."""
    person = viewer.person
    mine = Registration.objects.filter(
        activity=OuterRef("pk"),
        person=person,
        answer__in=[RegistrationAnswer.YES, RegistrationAnswer.MAYBE],
    ).exclude(state=RegistrationState.CANCELLED)
    going = mine.filter(answer=RegistrationAnswer.YES, state=RegistrationState.CONFIRMED)
    of_my_communities = Exists(
        Link.objects.filter(activity=OuterRef("pk"), community_id__in=viewer.community_ids)
    )
    activities = (
        activity_list(
            viewer=person,
            visible_communities=activity_visible_communities(viewer=person),
            starts_from=viewer.now,
        )
        .filter(status__in=[ActivityStatus.OPEN, ActivityStatus.CLOSED])
        .filter(Q(Exists(mine)) | Q(of_my_communities, parent__isnull=True))
        .annotate(going=Exists(going))
        .select_related(None)
        .only("title", "starts_at", "ends_at", "timezone", "mode", "online_url", "status")
    )[:MAX_ITEMS]
    items = []
    for activity in activities:
        shows_link = activity.going or permissions.can_manage_activity(person, activity)
        codes = [
            community.code
            for community in activity.communities.all()
            if permissions.can_view_community(person, community)
        ]
        items.append(
            HomeItem(
                title=translated(activity.title),
                url=reverse("activities:detail", args=[activity.pk]),
                kind=activity.get_mode_display(),
                detail=", ".join(codes),
                starts_at=activity.starts_at,
                online_url=activity.online_url if shows_link else "",
                registered=activity.going,
            )
        )
    return items


def _new_activities(viewer: HomeViewer) -> dict[int, list[NewCount]]:
    counts = (
        Link.objects.filter(viewer.new_since("activity__created_at"))
        .exclude(activity__status=ActivityStatus.DRAFT)
        .values_list("community_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {
        community_id: [
            NewCount(
                label=ngettext("%(count)d new activity", "%(count)d new activities", count)
                % {"count": count},
                url=reverse(
                    "activities:community_calendar",
                    args=[viewer.communities[community_id].slug],
                ),
                count=count,
            )
        ]
        for community_id, count in counts
    }


def _attendance_to_record(viewer: HomeViewer) -> list[HomeItem]:
    """Activities of the communities the person runs, marked held, with nobody recorded."""
    run_by_them = Exists(
        Link.objects.filter(viewer.managed("community_id"), activity=OuterRef("pk"))
    )
    activities = (
        Activity.objects.filter(run_by_them, status=ActivityStatus.HELD)
        .exclude(Exists(Attendance.objects.filter(activity=OuterRef("pk"))))
        .only("title", "starts_at")
        .order_by("-starts_at", "-id")[:MAX_ITEMS]
    )
    return [
        HomeItem(
            kind=_("Attendance to record"),
            title=translated(activity.title),
            url=reverse("activities:attendance", args=[activity.pk]),
            starts_at=activity.starts_at,
        )
        for activity in activities
    ]


def activities_home_source(viewer: HomeViewer) -> HomeParts:
    return HomeParts(
        next_activities=_next_activities(viewer),
        new_in=_new_activities(viewer),
        for_conveners=_attendance_to_record(viewer) if viewer.runs_communities else [],
    )
