"""API shapes of the learning agenda."""

from datetime import date, datetime
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.communities.models import AgendaPriority, AgendaStatus
from trellis.communities.selectors import agenda_status_history
from trellis.core.api_schemas import (
    ONE_LINE,
    InputSchema,
    NetworkLanguage,
    ObjectId,
    Omittable,
    TranslatedNote,
    TranslatedTextOut,
)

AgendaTitle = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300), ONE_LINE
]
AgendaDescription = Annotated[str, StringConstraints(strip_whitespace=True, max_length=10000)]


class AgendaPersonOut(Schema):
    id: int
    full_name: str


class AgendaActivityOut(Schema):
    """An activity that addressed the item, and what it produced."""

    id: int
    title: TranslatedTextOut
    starts_at: datetime
    status: str = Field(description="The activity's status code, e.g. held.")
    summary: TranslatedTextOut = Field(description="{language: Markdown}.")
    outputs: TranslatedTextOut = Field(description="{language: Markdown}.")


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
    note: TranslatedTextOut


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
    status_note: TranslatedNote = Field(default_factory=dict)
    owner: ObjectId | None = Field(None, description="A person's id; null removes the owner.")
    target_start: date | None = None
    target_end: date | None = None


class AgendaVoteOut(Schema):
    item: int
    vote_count: int
    voted: bool
