"""What came out of an activity: the social reporter's record and its materials.

Those who run the activity and its communities' social reporters write it, as on the outcomes
page; everyone who sees the activity reads the record in `GET /activities/{activity_id}`.
"""

from datetime import datetime
from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.responses import Status
from pydantic import AnyHttpUrl, StringConstraints, UrlConstraints

from trellis.activities import selectors
from trellis.activities.models import Activity, ActivityMaterial
from trellis.activities.services import planning
from trellis.core.api_schemas import (
    ONE_LINE,
    InputSchema,
    PathId,
    TranslatedMarkdown,
    TranslatedTextOut,
    error_responses,
)
from trellis.core.permissions import signed_in_person

router = Router()


class OutcomesIn(InputSchema):
    """The whole record; a field left out is recorded empty. Each text is {language: text}
    (for example {"en": "...", "ru": "..."}), in one language or more. Markdown is allowed."""

    summary: TranslatedMarkdown = Field(
        default_factory=dict, description="What happened, in a few paragraphs."
    )
    outputs: TranslatedMarkdown = Field(default_factory=dict)
    decisions: TranslatedMarkdown = Field(default_factory=dict)
    follow_ups: TranslatedMarkdown = Field(default_factory=dict)


class OutcomesOut(Schema):
    activity: int
    summary: TranslatedTextOut
    outputs: TranslatedTextOut
    decisions: TranslatedTextOut
    follow_ups: TranslatedTextOut

    @staticmethod
    def resolve_activity(obj: Activity) -> int:
        return obj.pk


class MaterialIn(InputSchema):
    title: Annotated[
        str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True), ONE_LINE
    ]
    url: Annotated[AnyHttpUrl, UrlConstraints(max_length=500)]


class MaterialOut(Schema):
    id: int
    activity: int = Field(alias="activity_id")
    title: str
    url: str
    created_at: datetime


def _activity(request: HttpRequest, activity_id: int) -> Activity:
    """The activity first: a private community's activity is 404 to visitors and outsiders
    alike, before a visitor is asked to sign in."""
    return selectors.access_activity(viewer=request.user, activity_id=activity_id)


@router.put(
    "/activities/{activity_id}/outcomes",
    response={200: OutcomesOut, **error_responses(403, 404, 413, 422)},
)
def activity_outcomes_record(
    request: HttpRequest, activity_id: PathId, payload: OutcomesIn
) -> Activity:
    """Record what came out of the activity: summary, outputs, decisions and follow-ups."""
    activity = _activity(request, activity_id)
    actor = signed_in_person(request)
    return planning.activity_outcomes_record(actor=actor, activity=activity, **payload.dict())


@router.post(
    "/activities/{activity_id}/materials",
    response={201: MaterialOut, **error_responses(403, 404, 422)},
)
def activity_material_add(
    request: HttpRequest, activity_id: PathId, payload: MaterialIn
) -> Status[ActivityMaterial]:
    """Add a material of the activity: a link, with its title."""
    activity = _activity(request, activity_id)
    actor = signed_in_person(request)
    material = planning.activity_material_add(
        actor=actor, activity=activity, title=payload.title, url=str(payload.url)
    )
    return Status(201, material)
