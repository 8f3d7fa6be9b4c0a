"""Calendar endpoints: an activity as an iCalendar file."""

from django.http import HttpRequest, HttpResponse
from ninja import Router

from trellis.activities import calendars
from trellis.core.api_schemas import PathId, error_responses
from trellis.core.translated import translated

router = Router()

ICALENDAR_RESPONSE = {
    "description": "The activity and its sessions as an iCalendar (RFC 5545) document, in the "
    "language of the request.",
    "content": {"text/calendar": {"schema": {"type": "string"}}},
}


# `{int:...}` makes the route `activities/<int:activity_id>.ics`, which `5.ics` alone matches.
@router.get(
    "/activities/{int:activity_id}.ics",
    response={200: None, **error_responses(404, 422)},
    openapi_extra={"responses": {200: ICALENDAR_RESPONSE}},
    summary="Get an activity as an iCalendar file",
)
def activity_calendar_get(request: HttpRequest, activity_id: PathId) -> HttpResponse:
    activity, events = calendars.activity_calendar(viewer=request.user, activity_id=activity_id)
    return calendars.calendar_response(
        calendars.calendar_document(
            events, name=translated(activity.title), viewer=request.user, request=request
        ),
        filename=f"activity-{activity.pk}.ics",
    )
