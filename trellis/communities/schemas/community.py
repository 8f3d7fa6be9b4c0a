"""API shapes of the network and its communities: sponsors, stage history, role holders."""

from datetime import date, datetime
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.communities import permissions
from trellis.communities.models import (
    Community,
    DomainType,
    JoinPolicy,
    MembershipState,
    Stage,
    StakeholderKind,
    ValueQuestion,
    Visibility,
)
from trellis.communities.schemas.membership import PersonRefOut
from trellis.communities.selectors import (
    member_list,
    role_assignment_list,
)
from trellis.core.api_schemas import (
    ONE_LINE,
    InputSchema,
    Omittable,
    TranslatedLongText,
    TranslatedName,
    TranslatedNote,
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
    id: int
    kind: StakeholderKind
    name: str
    interest: TranslatedTextOut


class StageChangeOut(Schema):
    stage: Stage
    changed_at: datetime
    note: TranslatedTextOut = Field(description="Why the stage changed, {language: text}.")


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
    stage_note: TranslatedNote = Field(
        default_factory=dict,
        description="Why the stage changed, {language: text}; kept when `stage` changes.",
    )
    visibility: Omittable[Visibility] = None
    join_policy: Omittable[JoinPolicy] = None
    value_proposition: Omittable[ValueProposition] = None


class StakeholderIn(InputSchema):
    kind: StakeholderKind
    name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), ONE_LINE
    ]
    interest: TranslatedLongText = Field(default_factory=dict)


class AuditEntryOut(Schema):
    """One change a leader made: what, who, when, and the values before and after."""

    action: str = Field(description="A stable code such as community.updated or role.assigned.")
    description: str = Field(
        description="What happened, in the request's language, changed fields named by their "
        "labels."
    )
    subject: str | dict[str, str] = Field(
        description="What the entry concerns: a name, an address or a title "
        "(a title may be {language: text})."
    )
    actor: PersonRefOut | None
    occurred_at: datetime
    changes: dict[str, Any]
