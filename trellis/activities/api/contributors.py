"""Who runs an activity: naming and removing its hosts, speakers and facilitators.

As on the contributors page, a contributor is a member of the activity's communities (those the
asking person sees) or an invited outsider, recorded as a guest of a community they run. The
guest's email and organisation are kept for the conveners; the API answers with the name only.
"""

from typing import Annotated, Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router
from ninja.responses import Status
from pydantic import StringConstraints, model_validator

from trellis.activities import permissions, selectors
from trellis.activities.models import Activity, ActivityContributor, ContributorRole
from trellis.activities.schemas import ContributorOut
from trellis.activities.selectors import planning as planning_reads
from trellis.activities.services import planning
from trellis.core.api_schemas import ONE_LINE, InputSchema, ObjectId, PathId, error_responses
from trellis.core.permissions import require, signed_in_person

router = Router()

GuestText = Annotated[str, StringConstraints(max_length=200, strip_whitespace=True), ONE_LINE]


class ContributorGuestIn(InputSchema):
    full_name: Annotated[GuestText, StringConstraints(min_length=1)]
    organisation: GuestText = ""
    email: Annotated[str, StringConstraints(max_length=254, strip_whitespace=True), ONE_LINE] = (
        Field("", description="Kept for the conveners; never shown.")
    )


class ContributorIn(InputSchema):
    """A member (`person_id`) or an invited outsider (`guest`), not both."""

    role: ContributorRole
    person_id: ObjectId | None = Field(
        None, description="A member of one of the activity's communities."
    )
    guest: ContributorGuestIn | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "ContributorIn":
        if (self.person_id is None) == (self.guest is None):
            raise ValueError(_("Choose either a member or an invited outsider."))
        return self


def _managed_activity(request: HttpRequest, activity_id: int) -> tuple[Any, Activity]:
    """The activity, and its convener asking; refused before the input names anyone, so the
    members and contributors of an activity are not probed by those who may not run it."""
    activity = selectors.access_activity(viewer=request.user, activity_id=activity_id)
    actor = signed_in_person(request)
    require(actor, permissions.can_manage_activity(actor, activity))
    return actor, activity


@router.post(
    "/activities/{activity_id}/contributors",
    response={201: ContributorOut, **error_responses(403, 404, 422)},
)
def activity_contributor_add(
    request: HttpRequest, activity_id: PathId, payload: ContributorIn
) -> Status[ActivityContributor]:
    """Name a host, speaker or facilitator: a member, or an invited outsider."""
    actor, activity = _managed_activity(request, activity_id)
    if payload.guest is not None:
        contributor = planning.activity_guest_contributor_add(
            actor=actor,
            activity=activity,
            role=payload.role,
            full_name=payload.guest.full_name,
            organisation=payload.guest.organisation,
            email=payload.guest.email,
        )
    else:
        assert payload.person_id is not None  # ContributorIn names one or the other
        person = (
            planning_reads.activity_people_list(viewer=actor, activity=activity)
            .filter(pk=payload.person_id)
            .first()
        )
        if person is None:
            raise ValidationError(
                {"person_id": [_("Choose a member of the activity's communities.")]}
            )
        contributor = planning.activity_contributor_add(
            actor=actor, activity=activity, role=payload.role, person=person
        )
    return Status(201, contributor)


@router.delete(
    "/activities/{activity_id}/contributors/{contributor_id}",
    response={204: None, **error_responses(403, 404, 422)},
)
def activity_contributor_remove(
    request: HttpRequest, activity_id: PathId, contributor_id: PathId
) -> Status[None]:
    """Remove a host, speaker or facilitator (a guest record stays with its community)."""
    actor, activity = _managed_activity(request, activity_id)
    contributor = planning_reads.access_activity_contributor(
        activity=activity, contributor_id=contributor_id
    )
    planning.activity_contributor_remove(actor=actor, contributor=contributor)
    return Status(204, None)
