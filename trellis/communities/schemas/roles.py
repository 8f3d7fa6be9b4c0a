"""API shapes of role assignments, for a community or the whole network."""

from datetime import date
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.communities.schemas.membership import PersonRefOut
from trellis.core.api_schemas import InputSchema, ObjectId


class RoleAssignmentOut(Schema):
    id: int
    role: str = Field(description="The role's code, e.g. convener or agenda_setter.")
    community: str | None = Field(description="The community's slug; null for the network.")
    person: PersonRefOut
    starts_on: date
    ends_on: date | None

    @staticmethod
    def resolve_role(obj: Any) -> str:
        return str(obj.role.code)

    @staticmethod
    def resolve_community(obj: Any) -> str | None:
        return None if obj.community is None else str(obj.community.slug)


class RoleAssignmentFilter(InputSchema):
    current: bool = Field(False, description="Only the assignments in force today.")


class RoleAssignIn(InputSchema):
    person: ObjectId = Field(description="The person's id.")
    role: Annotated[
        str, StringConstraints(strip_whitespace=True, max_length=40, pattern=r"^[-a-z0-9_]+$")
    ] = Field(description="The role's code, e.g. agenda_setter.")
    starts_on: date | None = Field(None, description="Today (the network's) when left out.")
    ends_on: date | None = None


class RoleEndIn(InputSchema):
    ends_on: date | None = Field(None, description="Today (the network's) when left out.")
