"""API shapes of memberships: joining, members, requests, invitations, participants."""

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.communities.models import MembershipEventKind, MembershipState, ParticipationLevel
from trellis.core.api_schemas import ONE_LINE, CountryCode, InputSchema, TranslatedTextOut


class JoinIn(InputSchema):
    message: Annotated[str, StringConstraints(max_length=2000, strip_whitespace=True)] = ""


class PersonRefOut(Schema):
    id: int
    full_name: str


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
    id: int = Field(description="The membership's id, for the leaders' operations on it.")
    person: MemberPersonOut
    declared_level: ParticipationLevel
    joined_at: datetime | None


class MembershipOut(Schema):
    id: int
    community: str = Field(description="The community's slug.")
    state: MembershipState
    declared_level: ParticipationLevel
    joined_at: datetime | None

    @staticmethod
    def resolve_community(obj: Any) -> str:
        return str(obj.community.slug)


class MembershipDetailOut(MembershipOut):
    """A membership as its community's leaders see it: whose it is."""

    person: MemberPersonOut


class MembershipRequestOut(Schema):
    id: int = Field(description="The membership's id, to approve or decline it.")
    person: MemberPersonOut
    message: str = Field(description="What the person wrote to the conveners.")
    asked_at: datetime

    @staticmethod
    def resolve_message(obj: Any) -> str:
        return str(obj.request_message)

    @staticmethod
    def resolve_asked_at(obj: Any) -> datetime:
        return obj.updated_at  # type: ignore[no-any-return]


class MembershipDecisionIn(InputSchema):
    decision: Literal["approve", "decline"]


class MembershipLevelIn(InputSchema):
    declared_level: ParticipationLevel


class MembershipEventOut(Schema):
    kind: MembershipEventKind
    level: ParticipationLevel | Literal[""]
    actor: PersonRefOut | None
    occurred_at: datetime


Message = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]


class InvitationIn(InputSchema):
    email: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=254)]
    message: Message = ""


class InvitationOut(Schema):
    """An invitation as the conveners see it; its link is only in the email."""

    id: int
    email: str
    message: str
    invited_by: PersonRefOut | None
    created_at: datetime
    expires_at: datetime
    accepted_at: datetime | None
    accepted_by: PersonRefOut | None
    open: bool = Field(description="Whether the link can still be used.")

    @staticmethod
    def resolve_open(obj: Any) -> bool:
        return bool(obj.is_open)


class InvitationReceivedOut(Schema):
    """An invitation as whoever holds its link sees it."""

    community: str = Field(description="The community's slug.")
    community_name: TranslatedTextOut
    message: str
    expires_at: datetime
    open: bool = Field(description="Whether it can still be accepted.")

    @staticmethod
    def resolve_community(obj: Any) -> str:
        return str(obj.community.slug)

    @staticmethod
    def resolve_community_name(obj: Any) -> dict[str, str]:
        return dict(obj.community.name)

    @staticmethod
    def resolve_open(obj: Any) -> bool:
        return bool(obj.is_open)


OneLine200 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200), ONE_LINE]


class ParticipantIn(InputSchema):
    """Someone who took part without an account; matched to an account by email."""

    full_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), ONE_LINE
    ]
    organisation: OneLine200 = ""
    country: CountryCode = ""
    email: Annotated[str, StringConstraints(strip_whitespace=True, max_length=254)] = ""
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300), ONE_LINE] = ""


class ParticipantOut(Schema):
    id: int
    full_name: str
    organisation: str
    country: str
    note: str
    person: PersonRefOut | None = Field(description="The account it was matched to, if any.")

    @staticmethod
    def resolve_country(obj: Any) -> str:
        return str(getattr(obj.country, "code", "") or "")
