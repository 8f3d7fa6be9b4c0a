"""Where a person may share a document, and what it may say it came from: the same choices for
the share page and the API, so that both refuse the same ids."""

from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.activities.models import Activity
from trellis.communities.models import AgendaItem, Community, Visibility
from trellis.communities.permissions import is_network_admin, visible_community_ids
from trellis.library.permissions import can_share_document

# Older activities are rarely what a document comes from, and listing them all made the share
# form carry thousands of choices for a network admin.
ORIGIN_ACTIVITY_YEARS = 3


def document_share_community_list(*, viewer: Any) -> QuerySet[Community]:
    """The communities the viewer may share a document in, by code."""
    if is_network_admin(viewer):
        seen = Community.objects.order_by("code")
    else:
        seen = Community.objects.filter(
            Q(visibility=Visibility.PUBLIC) | Q(pk__in=visible_community_ids(viewer))
        ).order_by("code")
    return seen.filter(pk__in=[c.pk for c in seen if can_share_document(viewer, c)])


def document_origin_activity_list(*, communities: QuerySet[Community]) -> QuerySet[Activity]:
    """Activities a document of these communities may come from: not drafts, of the last
    three years, newest first."""
    return (
        Activity.objects.filter(
            communities__in=communities,
            starts_at__gte=timezone.now() - timedelta(days=ORIGIN_ACTIVITY_YEARS * 365),
        )
        .exclude(status="draft")
        .distinct()
        .order_by("-starts_at")
    )


def document_origin_agenda_item_list(*, communities: QuerySet[Community]) -> QuerySet[AgendaItem]:
    """Learning-agenda items a document of these communities may come from."""
    return (
        AgendaItem.objects.filter(community__in=communities)
        .select_related("community")
        .order_by("community__code", "-created_at")
    )


def access_document_origin(
    *, viewer: Any, activity_id: int | None, agenda_item_id: int | None
) -> tuple[Activity | None, AgendaItem | None]:
    """The activity and agenda item named by id, or a ValidationError naming each id that is
    unknown or not one the viewer may share from (the two are not told apart). The service
    then checks that they belong to the document's community."""
    communities = document_share_community_list(viewer=viewer)
    errors: dict[str, str] = {}
    activity = agenda_item = None
    if activity_id is not None:
        activity = (
            document_origin_activity_list(communities=communities).filter(pk=activity_id).first()
        )
        if activity is None:
            errors["activity"] = _("There is no activity with this number that you can choose.")
    if agenda_item_id is not None:
        agenda_item = (
            document_origin_agenda_item_list(communities=communities)
            .filter(pk=agenda_item_id)
            .first()
        )
        if agenda_item is None:
            errors["agenda_item"] = _(
                "There is no learning-agenda item with this number that you can choose."
            )
    if errors:
        raise ValidationError(errors)
    return activity, agenda_item
