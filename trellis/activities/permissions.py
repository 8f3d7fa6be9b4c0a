"""Who may see, plan, register for and record learning activities.

An activity belongs to one or more communities; it is visible where one of them is visible,
and run by the conveners of any of them (and network admins). Drafts are seen only by those
who run the activity.
"""

from collections.abc import Iterable
from typing import Any

from django.db.models import Exists, ExpressionWrapper, F, IntegerField, OuterRef, Q
from django.db.models.lookups import In
from django.utils.translation import gettext_lazy as _

from trellis.activities.models import Activity, ActivityStatus
from trellis.communities.models import Community
from trellis.communities.permissions import (
    can_manage_community,
    can_view_community,
    can_view_members,
    is_network_admin,
    is_signed_in,
    roles_in,
)


def _communities(activity: Activity) -> list[Community]:
    # Uses the prefetch cache when the selector prefetched communities.
    return list(activity.communities.all())


__all__ = [
    "MANAGE_ACTIVITIES_REASON",
    "RECORD_ATTENDANCE_REASON",
    "REGISTER_REASON",
    "VIEW_ACTIVITY_REASON",
    "activity_visible_filter",
    "can_add_activity_type",
    "can_keep_calendar_feed",
    "can_manage_activities",
    "can_manage_activity",
    "can_record_attendance",
    "can_register",
    "can_report_outcomes",
    "can_see_online_link",
    "can_view_activity",
    "can_view_community",
    "can_view_participants",
    "community_run_by",
    "is_network_admin",
    "is_signed_in",
]


def can_manage_activities(person: Any, community: Community) -> bool:
    """Plan activities for a community: its conveners and the network admins."""
    return can_manage_community(person, community)


def can_manage_activity(person: Any, activity: Activity) -> bool:
    if is_network_admin(person):
        return True
    return any(can_manage_community(person, community) for community in _communities(activity))


def community_run_by(person: Any, activity: Activity) -> Community | None:
    """The first of the activity's communities that the person runs: where the guests they
    record for it (walk-ins, invited speakers) are kept. None when they run none."""
    for community in _communities(activity):
        if can_manage_activities(person, community):
            return community
    return None


# Why a predicate says no, in the words a refused person reads (`require(..., reason=...)`).
VIEW_ACTIVITY_REASON = _(
    "This activity is for those who can see its communities; a draft only for those who plan it."
)
MANAGE_ACTIVITIES_REASON = _("Only the community's conveners can plan its activities.")
REGISTER_REASON = _("Only signed-in people who can see an open activity can register for it.")
RECORD_ATTENDANCE_REASON = _("Only those who run this activity can record its attendance.")


def can_view_activity(person: Any, activity: Activity) -> bool:
    if activity.status == ActivityStatus.DRAFT:
        return can_manage_activity(person, activity)
    return any(can_view_community(person, community) for community in _communities(activity))


def activity_visible_filter(person: Any, *, visible_communities: Iterable[Community]) -> Q:
    """The rule of `can_view_activity` as a filter on activities, given the communities the
    person may see (`community_visible_list`): activities of at least one of them, drafts only
    of those whose activities the person runs.

    Each condition is an `EXISTS` on the activity-community table, never a join, so the rows
    stay one per activity and a page of them can be read by the start index with no DISTINCT.
    """
    if is_network_admin(person):
        # Every community is visible and run by them: any activity that has a community.
        return Q(Exists(Activity.communities.through.objects.filter(activity=OuterRef("pk"))))
    visible = list(visible_communities)
    managed = [community.pk for community in visible if can_manage_activities(person, community)]
    seen = Q(_linked_to([community.pk for community in visible]))
    if not managed:
        return seen & ~Q(status=ActivityStatus.DRAFT)
    return seen & (~Q(status=ActivityStatus.DRAFT) | Q(_linked_to(managed)))


def _linked_to(community_ids: list[int]) -> Exists:
    """The activity has a link to one of these communities.

    The link's community is compared as `community_id + 0`: otherwise SQLite seeks the
    (activity, community) index once per id of the list for every activity, four times the
    cost of one seek by activity whose one or two links are then checked against the list
    (6 ms against 1.4 ms to count 2,500 past activities)."""
    linked = ExpressionWrapper(F("community_id") + 0, output_field=IntegerField())
    return Exists(
        Activity.communities.through.objects.filter(
            In(linked, community_ids), activity=OuterRef("pk")
        )
    )


def can_register(person: Any, activity: Activity) -> bool:
    """Signed-in people who see an open activity may register; public ones welcome newcomers."""
    return (
        is_signed_in(person)
        and activity.status == ActivityStatus.OPEN
        and can_view_activity(person, activity)
    )


def can_record_attendance(person: Any, activity: Activity) -> bool:
    return can_manage_activity(person, activity)


def can_report_outcomes(person: Any, activity: Activity) -> bool:
    """Conveners and the community's social reporters record what an activity produced."""
    if can_manage_activity(person, activity):
        return True
    return any(
        "social_reporter" in roles_in(person, community) for community in _communities(activity)
    )


def can_see_online_link(person: Any, activity: Activity) -> bool:
    """The joining link is for those who said yes, and for those who run the activity."""
    if can_manage_activity(person, activity):
        return True
    return (
        is_signed_in(person)
        and activity.registrations.filter(person=person, answer="yes", state="confirmed").exists()
    )


def can_view_participants(person: Any, activity: Activity) -> bool:
    """Who took part, by name: the rule of the member lists (`can_view_members`) of any of the
    activity's communities, and those who run it. Others see how many took part."""
    if can_manage_activity(person, activity):
        return True
    return any(can_view_members(person, community) for community in _communities(activity))


def can_add_activity_type(person: Any) -> bool:
    return is_network_admin(person)


def can_keep_calendar_feed(person: Any) -> bool:
    """A secret calendar address is for a signed-in, active person."""
    return is_signed_in(person)
