"""API shapes of memberships: joining, members, requests, invitations, participants."""

from datetime import datetime
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.communities.models import MembershipState, ParticipationLevel
from trellis.core.api_schemas import InputSchema


class JoinIn(InputSchema):
    message: Annotated[str, StringConstraints(max_length=2000, strip_whitespace=True)] = ""


class MemberPersonOut(Schema):
    id: int
    full_name: str
    full_name_latin: str
    country: str
    organisation: str

    @staticmethod
    def resolve_country(obj: Any) -> str:
        return str(getattr(obj.country, "code", "") or "")


class MemberOut(Schema):
    person: MemberPersonOut
    declared_level: ParticipationLevel
    joined_at: datetime | None


class MembershipOut(Schema):
    community: str = Field(description="The community's slug.")
    state: MembershipState
    declared_level: ParticipationLevel
    joined_at: datetime | None

    @staticmethod
    def resolve_community(obj: Any) -> str:
        return str(obj.community.slug)
