"""Activities: list, plan, read, change.

Each endpoint parses its input and calls one selector or service; those check permissions.
"""

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.responses import Status

from trellis.activities import permissions, selectors
from trellis.activities.models import Activity, ActivityStatus, ActivityType
from trellis.activities.schemas import (
    ActivityCreateIn,
    ActivityDetailOut,
    ActivityIn,
    ActivityOut,
)
from trellis.activities.services import planning
from trellis.communities.selectors import access_community, agenda_items_by_ids
from trellis.core.api_schemas import Pagination, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

if TYPE_CHECKING:
    from trellis.communities.models import Community

router = Router(tags=["activities"])


@router.get("/activities", response={200: list[ActivityOut], **error_responses(404, 422)})
@paginate(Pagination)
def activity_list(
    request: HttpRequest,
    community: str | None = None,
    type: str | None = None,
    status: ActivityStatus | None = None,
    country: str | None = None,
    language: str | None = None,
    from_: datetime | None = Query(None, alias="from"),  # noqa: B008
    to: datetime | None = None,
) -> QuerySet[Activity]:
    return selectors.activity_summary_list(
        viewer=request.user,
        community=access_community(viewer=request.user, slug=community) if community else None,
        activity_type=type,
        status=status,
        country=country,
        language=language,
        starts_from=from_,
        starts_before=to,
    )


def _communities(request: HttpRequest, slugs: list[str]) -> "list[Community]":
    communities = [access_community(viewer=request.user, slug=slug) for slug in slugs]
    return list(dict.fromkeys(communities))


def _arguments(request: HttpRequest, payload: ActivityIn) -> dict[str, Any]:
    """Service arguments from the fields sent, with codes and ids turned into objects."""
    fields = payload.model_dump(exclude_unset=True)
    fields.pop("parent_id", None)
    if "type" in fields:
        activity_type = ActivityType.objects.filter(slug=fields.pop("type")).first()
        if activity_type is None:
            raise ValidationError({"type": _("Unknown activity type.")})
        fields["activity_type"] = activity_type
    if "communities" in fields:
        fields["communities"] = _communities(request, fields["communities"])
    if "agenda_items" in fields:
        fields["agenda_items"] = agenda_items_by_ids(fields["agenda_items"])
    if "online_url" in fields:
        fields["online_url"] = str(fields["online_url"] or "")
    for name in ("country", "city", "venue"):
        if name in fields and fields[name] is None:
            fields[name] = ""
    return fields


def _detail(request: HttpRequest, activity: Activity) -> Activity:
    """The activity reloaded with everything its detail shape shows."""
    return selectors.access_activity(viewer=request.user, activity_id=activity.pk)


@router.post(
    "/activities", response={201: ActivityDetailOut, **error_responses(403, 404, 413, 422)}
)
def activity_create(request: HttpRequest, payload: ActivityCreateIn) -> Status[Activity]:
    actor = signed_in_person(request)
    parent = (
        selectors.access_activity(viewer=request.user, activity_id=payload.parent_id)
        if payload.parent_id
        else None
    )
    fields = _arguments(request, payload)
    activity = planning.activity_create(
        actor=actor, communities=fields.pop("communities", []), parent=parent, **fields
    )
    return Status(201, _detail(request, activity))


@router.get(
    "/activities/{activity_id}", response={200: ActivityDetailOut, **error_responses(404, 422)}
)
def activity_get(request: HttpRequest, activity_id: PathId) -> Activity:
    return selectors.access_activity(viewer=request.user, activity_id=activity_id)


@router.patch(
    "/activities/{activity_id}",
    response={200: ActivityDetailOut, **error_responses(403, 404, 413, 422)},
)
def activity_update(request: HttpRequest, activity_id: PathId, payload: ActivityIn) -> Activity:
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    actor = signed_in_person(request)
    # Refused before the input is looked at: its communities and agenda items are not
    # resolved (nor their existence revealed) for someone who may not change the activity.
    require(actor, permissions.can_manage_activity(actor, activity))
    fields = _arguments(request, payload)
    planning.activity_update(actor=actor, activity=Activity.objects.get(pk=activity.pk), **fields)
    return _detail(request, activity)
