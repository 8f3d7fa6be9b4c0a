"""API shapes of role assignments, for a community or the whole network."""

from datetime import date
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.communities.schemas.membership import PersonRefOut
from trellis.core.api_schemas import InputSchema, ObjectId, Omittable


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


class RoleHistoryOut(RoleAssignmentOut):
    assigned_by: PersonRefOut | None


class CoverageHolderOut(Schema):
    assignment: int = Field(description="The assignment's id, for PATCH /roles/{id}.")
    person: PersonRefOut
    starts_on: date
    ends_on: date | None
    roles_here: int = Field(description="Leadership and convening roles held in the community.")
    roles_in_network: int = Field(description="Leadership and convening roles held in all.")
    holds_many: bool

    @staticmethod
    def resolve_assignment(obj: Any) -> int:
        return int(obj.assignment.pk)

    @staticmethod
    def resolve_starts_on(obj: Any) -> date:
        return obj.assignment.starts_on  # type: ignore[no-any-return]

    @staticmethod
    def resolve_ends_on(obj: Any) -> date | None:
        return obj.assignment.ends_on  # type: ignore[no-any-return]


class RoleCoverageOut(Schema):
    role: str = Field(description="The role's code.")
    name: str
    kind: str
    vacant: bool
    holders: list[CoverageHolderOut]

    @staticmethod
    def resolve_role(obj: Any) -> str:
        return str(obj.role.code)

    @staticmethod
    def resolve_name(obj: Any) -> str:
        return str(obj.role)

    @staticmethod
    def resolve_kind(obj: Any) -> str:
        return str(obj.role.kind)


class CommunityRolesOut(Schema):
    roles: list[RoleCoverageOut] = Field(
        description="Every leadership and convening role, filled or vacant."
    )
    vacant: int = Field(description="How many of these roles nobody holds now.")
    history: list[RoleHistoryOut] = Field(description="Past assignments, the latest ended first.")
    history_count: int


class CommunityRolesFilter(InputSchema):
    history_limit: int = Field(20, ge=0, le=100, description="How many past assignments.")
    history_offset: int = Field(0, ge=0, le=1_000_000)


class RolePeriodIn(InputSchema):
    starts_on: Omittable[date] = None
    ends_on: date | None = Field(
        None, description="The last day the role is held; null to make it open-ended again."
    )
