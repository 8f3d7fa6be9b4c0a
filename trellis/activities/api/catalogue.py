"""The catalogue of activity types: reading it, and adding a type to it (network admins)."""

from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Router
from ninja.responses import Status
from pydantic import StringConstraints

from trellis.activities import selectors
from trellis.activities.models import ActivityFormat, ActivityType, Orientation
from trellis.activities.schemas import ActivityTypeOut
from trellis.activities.services.planning import activity_type_create
from trellis.core.api_schemas import (
    MAX_LANGUAGES,
    ONE_LINE,
    InputSchema,
    NetworkLanguage,
    TranslatedLongText,
    error_responses,
)
from trellis.core.permissions import signed_in_person

router = Router()

TypeName = Annotated[
    dict[
        NetworkLanguage,
        Annotated[str, StringConstraints(max_length=120, strip_whitespace=True), ONE_LINE],
    ],
    Field(min_length=1, max_length=MAX_LANGUAGES),
]


class ActivityTypeIn(InputSchema):
    slug: Annotated[
        str, StringConstraints(min_length=1, max_length=60, pattern=r"^[-a-zA-Z0-9_]+$")
    ]
    name: TypeName
    description: TranslatedLongText = Field(default_factory=dict)
    formats: Annotated[list[ActivityFormat], Field(max_length=len(ActivityFormat))] = Field(
        default_factory=list
    )
    orientations: Annotated[list[Orientation], Field(max_length=len(Orientation))] = Field(
        default_factory=list
    )


@router.get("/activity-types", response={200: list[ActivityTypeOut], **error_responses(422)})
def activity_type_list(
    request: HttpRequest, orientation: str | None = None, format: str | None = None
) -> list[ActivityType]:
    return selectors.activity_type_list(orientation=orientation, activity_format=format)


@router.post("/activity-types", response={201: ActivityTypeOut, **error_responses(403, 413, 422)})
def activity_type_add(request: HttpRequest, payload: ActivityTypeIn) -> Status[ActivityType]:
    """Add a type to the catalogue (network admins); 422 when its code is taken."""
    activity_type = activity_type_create(
        actor=signed_in_person(request),
        slug=payload.slug,
        name=payload.name,
        description=payload.description,
        formats=list(dict.fromkeys(payload.formats)),
        orientations=list(dict.fromkeys(payload.orientations)),
    )
    return Status(201, activity_type)
