"""Reads for planning an activity: the communities a person may plan for, the people who may
be named to run it, and who runs it."""

from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from trellis.activities import permissions
from trellis.activities.models import Activity, ActivityContributor
from trellis.activities.selectors import activity_community_list
from trellis.communities.models import Community, MembershipState
from trellis.communities.selectors import community_visible_list

if TYPE_CHECKING:
    from trellis.accounts.models import User


def activity_plannable_community_list(*, viewer: Any) -> QuerySet[Community]:
    """Communities for which the viewer may plan activities, by code."""
    visible = community_visible_list(viewer=viewer)
    managed = [c.pk for c in visible if permissions.can_manage_activities(viewer, c)]
    return Community.objects.filter(pk__in=managed).order_by("code")


def activity_editable_community_list(*, viewer: Any, activity: Activity) -> QuerySet[Community]:
    """What the edit form offers: the communities the viewer plans for, and those of the
    activity they see. Communities hidden from them are neither offered nor dropped."""
    shown = activity_community_list(viewer=viewer, activity=activity)
    communities = activity_plannable_community_list(viewer=viewer) | Community.objects.filter(
        pk__in=[community.pk for community in shown]
    )
    return communities.distinct()


def activity_shown_community_list(*, viewer: Any, activity: Activity) -> QuerySet[Community]:
    """The activity's communities the viewer sees, as a queryset (for a form's choices)."""
    shown = activity_community_list(viewer=viewer, activity=activity)
    return Community.objects.filter(pk__in=[community.pk for community in shown])


def activity_people_list(*, viewer: Any, activity: Activity) -> "QuerySet[User]":
    """Members of the activity's communities that the viewer sees, by name: a private
    community's members are not listed to a convener of another community of a boundary
    activity."""
    return (
        get_user_model()
        .objects.filter(
            memberships__community__in=activity_community_list(viewer=viewer, activity=activity),
            memberships__state=MembershipState.ACTIVE,
        )
        .distinct()
        .order_by("full_name")
    )


def activity_contributors_by_role(*, activity: Activity) -> dict[str, list[ActivityContributor]]:
    """Who runs the activity, grouped under each role's name (from the selectors' prefetch)."""
    contributors: dict[str, list[ActivityContributor]] = {}
    for contributor in activity.contributors.all():
        contributors.setdefault(contributor.get_role_display(), []).append(contributor)
    return contributors


def access_activity_contributor(*, activity: Activity, contributor_id: int) -> ActivityContributor:
    """One of the activity's hosts, speakers or facilitators; 404 for any other id."""
    return get_object_or_404(ActivityContributor, pk=contributor_id, activity=activity)
