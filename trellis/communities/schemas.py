"""API shapes of the network, communities and memberships.

Translated text is an object by language code; choices are their codes.
"""

from datetime import date, datetime
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.communities import permissions
from trellis.communities.models import (
    AgendaPriority,
    AgendaStatus,
    Community,
    DomainType,
    JoinPolicy,
    MembershipState,
    ParticipationLevel,
    Stage,
    StakeholderKind,
    ValueQuestion,
    Visibility,
)
from trellis.communities.selectors import (
    agenda_status_history,
    member_list,
    role_assignment_list,
)
from trellis.core.api_schemas import (
    ONE_LINE,
    InputSchema,
    NetworkLanguage,
    ObjectId,
    Omittable,
    TranslatedLongText,
    TranslatedName,
    TranslatedTextOut,
)


class NetworkOut(Schema):
    name: TranslatedTextOut
    description: TranslatedTextOut
    working_languages: list[str]


class CommunityOut(Schema):
    slug: str
    code: str
    name: TranslatedTextOut
    description: TranslatedTextOut
    domain_statement: TranslatedTextOut
    domain_type: DomainType
    stage: Stage
    visibility: Visibility
    join_policy: JoinPolicy
    value_proposition: dict[str, TranslatedTextOut] = Field(
        description="Answers to a potential member's questions, by question code and language."
    )
    member_count: int
    membership: MembershipState | None = Field(
        description="The asking person's membership state, or null."
    )

    @staticmethod
    def resolve_member_count(obj: Community) -> int:
        count = getattr(obj, "member_count", None)
        return member_list(community=obj).count() if count is None else count

    @staticmethod
    def resolve_membership(obj: Community, context: dict[str, Any]) -> str | None:
        return permissions.membership_state(context["request"].user, obj)


class StakeholderOut(Schema):
    kind: StakeholderKind
    name: str
    interest: TranslatedTextOut


class StageChangeOut(Schema):
    stage: Stage
    changed_at: datetime
    note: str


class RoleHolderOut(Schema):
    role: str = Field(description="The role's code, e.g. convener or agenda_setter.")
    person_id: int
    full_name: str
    starts_on: date
    ends_on: date | None

    @staticmethod
    def resolve_role(obj: Any) -> str:
        return str(obj.role.code)

    @staticmethod
    def resolve_full_name(obj: Any) -> str:
        return str(obj.person.full_name)


class CommunityDetailOut(CommunityOut):
    """One community with its sponsors, stage history and current role holders."""

    stakeholders: list[StakeholderOut]
    stage_history: list[StageChangeOut]
    roles: list[RoleHolderOut]

    @staticmethod
    def resolve_stakeholders(obj: Community) -> list[Any]:
        return list(obj.stakeholders.all())

    @staticmethod
    def resolve_stage_history(obj: Community) -> list[Any]:
        return list(obj.stage_changes.all())

    @staticmethod
    def resolve_roles(obj: Community) -> list[Any]:
        return list(role_assignment_list(community=obj))


Code = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=12), ONE_LINE
]
Slug = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=40, pattern=r"^[-a-zA-Z0-9_]+$")
]
# Answers by question code, each {language code: text}.
ValueProposition = Annotated[
    dict[ValueQuestion, TranslatedLongText], Field(max_length=len(ValueQuestion))
]


class CommunityCreateIn(InputSchema):
    code: Code
    slug: Slug
    name: TranslatedName
    description: TranslatedLongText = Field(default_factory=dict)
    domain_statement: TranslatedLongText = Field(default_factory=dict)
    domain_type: Omittable[DomainType] = None
    stage: Omittable[Stage] = None
    visibility: Omittable[Visibility] = None
    join_policy: Omittable[JoinPolicy] = None
    value_proposition: ValueProposition = Field(default_factory=dict)


class CommunityUpdateIn(InputSchema):
    """Only the fields sent are changed; none of them may be null."""

    name: Omittable[TranslatedName] = None
    description: Omittable[TranslatedLongText] = None
    domain_statement: Omittable[TranslatedLongText] = None
    domain_type: Omittable[DomainType] = None
    stage: Omittable[Stage] = None
    stage_note: Annotated[str, StringConstraints(max_length=2000)] = ""
    visibility: Omittable[Visibility] = None
    join_policy: Omittable[JoinPolicy] = None
    value_proposition: Omittable[ValueProposition] = None


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


# The learning agenda.

AgendaTitle = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300), ONE_LINE
]
AgendaDescription = Annotated[str, StringConstraints(strip_whitespace=True, max_length=10000)]
AgendaNote = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]


class AgendaPersonOut(Schema):
    id: int
    full_name: str


class AgendaActivityOut(Schema):
    """An activity that addressed the item, and what it produced."""

    id: int
    title: TranslatedTextOut
    starts_at: datetime
    status: str = Field(description="The activity's status code, e.g. held.")
    summary: str = Field(description="Markdown.")
    outputs: str = Field(description="Markdown.")


class AgendaItemOut(Schema):
    id: int
    community: str = Field(description="The community's slug.")
    title: str = Field(description="The question or issue.")
    description: str = Field(description="Markdown.")
    language: str = Field(description="The language the item is written in.")
    proposer: AgendaPersonOut | None
    owner: AgendaPersonOut | None = Field(description="The agenda setter in charge.")
    priority: AgendaPriority | None = Field(description="1 high, 2 medium, 3 low; null until set.")
    status: AgendaStatus
    target_start: date | None
    target_end: date | None
    vote_count: int
    voted: bool = Field(description="Whether the asking person has voted for the item.")
    activities: list[AgendaActivityOut]
    created_at: datetime

    @staticmethod
    def resolve_community(obj: Any) -> str:
        return str(obj.community.slug)

    @staticmethod
    def resolve_voted(obj: Any) -> bool:
        return bool(getattr(obj, "viewer_voted", False))

    @staticmethod
    def resolve_activities(obj: Any) -> list[Any]:
        return list(obj.activities.all())


class AgendaStatusChangeOut(Schema):
    status: AgendaStatus
    changed_at: datetime
    changed_by: AgendaPersonOut | None
    note: str


class AgendaItemDetailOut(AgendaItemOut):
    """One item with its whole status history."""

    status_history: list[AgendaStatusChangeOut]

    @staticmethod
    def resolve_status_history(obj: Any) -> list[Any]:
        return list(agenda_status_history(item=obj))


class AgendaItemProposeIn(InputSchema):
    title: AgendaTitle
    description: AgendaDescription = ""
    language: NetworkLanguage = Field(description="A language code of the network, e.g. en or ru.")
    target_start: date | None = None
    target_end: date | None = None


class AgendaItemUpdateIn(InputSchema):
    """Only the fields sent are changed. The proposer may change the text while the item is
    proposed; agenda setters and conveners may change everything."""

    title: Omittable[AgendaTitle] = None
    description: Omittable[AgendaDescription] = None
    language: Omittable[NetworkLanguage] = None
    priority: AgendaPriority | None = Field(None, description="null removes the priority.")
    status: Omittable[AgendaStatus] = None
    status_note: AgendaNote = ""
    owner: ObjectId | None = Field(None, description="A person's id; null removes the owner.")
    target_start: date | None = None
    target_end: date | None = None


class AgendaVoteOut(Schema):
    item: int
    vote_count: int
    voted: bool
