"""Registration endpoints: the asking person's own registration for an activity.

The activity is loaded first, so a private community's activity answers 404 to outsiders and
visitors alike, exactly as an address nobody uses; then a visitor is asked to sign in (401).
"""

from datetime import datetime
from typing import Any, Literal

from django.http import Http404, HttpRequest
from ninja import Field, Router, Schema

from trellis.activities import selectors
from trellis.activities.models import Activity, Registration
from trellis.activities.selectors import registration as registration_reads
from trellis.activities.services import registration as services
from trellis.core.api_schemas import InputSchema, PathId, error_responses
from trellis.core.permissions import signed_in_person

router = Router()


class RegistrationIn(InputSchema):
    answer: Literal["yes", "maybe", "no"] = Field(
        description="yes takes a place (or a place on the waiting list when the activity is "
        "full); maybe and no never take one."
    )


class RegistrationOut(Schema):
    activity: int
    answer: Literal["yes", "maybe", "no"]
    state: Literal["confirmed", "waitlisted", "cancelled"] = Field(
        description="confirmed: the answer stands (and a yes holds a place); waitlisted: a yes "
        "waiting for a place; cancelled: withdrawn."
    )
    waitlist_position: int | None = Field(
        description="1 for the next person to get a place; null when not on the waiting list."
    )
    waitlisted_at: datetime | None
    created_at: datetime
    updated_at: datetime


def _out(registration: Registration) -> dict[str, Any]:
    return {
        "activity": registration.activity_id,
        "answer": registration.answer,
        "state": registration.state,
        "waitlist_position": registration_reads.waitlist_position(registration),
        "waitlisted_at": registration.waitlisted_at,
        "created_at": registration.created_at,
        "updated_at": registration.updated_at,
    }


def _activity(request: HttpRequest, activity_id: int) -> Activity:
    return selectors.access_activity(viewer=request.user, activity_id=activity_id)


@router.get(
    "/activities/{activity_id}/registration",
    response={200: RegistrationOut, **error_responses(404, 422)},
)
def registration_get(request: HttpRequest, activity_id: PathId) -> dict[str, Any]:
    """Your registration for the activity; 404 when you have never answered."""
    activity = _activity(request, activity_id)
    registration = selectors.registration_get(person=signed_in_person(request), activity=activity)
    if registration is None:
        raise Http404
    return _out(registration)


@router.post(
    "/activities/{activity_id}/registration",
    response={200: RegistrationOut, **error_responses(403, 404, 409, 422)},
)
def registration_answer(
    request: HttpRequest, activity_id: PathId, payload: RegistrationIn
) -> dict[str, Any]:
    """Answer yes, maybe or no. 409 when registration is not open or its deadline passed."""
    activity = _activity(request, activity_id)
    registration = services.registration_answer(
        person=signed_in_person(request), activity=activity, answer=payload.answer
    )
    return _out(registration)


@router.delete(
    "/activities/{activity_id}/registration",
    response={200: RegistrationOut, **error_responses(403, 404, 409, 422)},
)
def registration_cancel(request: HttpRequest, activity_id: PathId) -> dict[str, Any]:
    """Cancel your registration; a place you held goes to the waiting list. 409 when you are
    not registered or the activity has started."""
    activity = _activity(request, activity_id)
    registration = services.registration_cancel(person=signed_in_person(request), activity=activity)
    return _out(registration)
