"""API shapes of activity types and activities. Translated text is an object by language."""

from datetime import datetime
from typing import Annotated, Any

from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import AnyHttpUrl, StringConstraints, UrlConstraints, field_validator, model_validator

from trellis.activities.models import (
    ActivityFormat,
    ActivityStatus,
    Formality,
    Mode,
    Orientation,
)
from trellis.activities.permissions import can_see_online_link
from trellis.activities.selectors import (
    activity_agenda_item_list,
    activity_community_list,
    activity_session_list,
)
from trellis.core.api_schemas import (
    ONE_LINE,
    CountryCode,
    InputSchema,
    ObjectId,
    Omittable,
    SpokenLanguage,
    TimeZoneName,
    TranslatedLongText,
    TranslatedName,
    TranslatedTextOut,
)


class ActivityTypeOut(Schema):
    slug: str
    name: TranslatedTextOut
    description: TranslatedTextOut
    formats: list[ActivityFormat]
    orientations: list[Orientation]


class ContributorOut(Schema):
    id: int
    role: str
    person_id: int | None
    full_name: str

    @staticmethod
    def resolve_full_name(obj: Any) -> str:
        return str(obj.person.full_name if obj.person_id else obj.guest.full_name)


class ActivityOut(Schema):
    id: int
    type: str = Field(description="The activity type's code.")
    communities: list[str] = Field(
        description="Slugs of the activity's communities that the asking person may see."
    )
    parent_id: int | None
    title: TranslatedTextOut
    description: TranslatedTextOut
    formality: Formality
    mode: Mode
    country: str
    city: str
    venue: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    languages: list[str]
    interpretation: list[str]
    capacity: int | None
    registration_deadline: datetime | None
    status: ActivityStatus
    agenda_items: list[int] = Field(
        description="Learning agenda items it addresses, of those communities."
    )

    @staticmethod
    def resolve_type(obj: Any) -> str:
        return str(obj.activity_type.slug)

    @staticmethod
    def resolve_communities(obj: Any, context: dict[str, Any]) -> list[str]:
        viewer = context["request"].user
        return [
            community.slug for community in activity_community_list(viewer=viewer, activity=obj)
        ]

    @staticmethod
    def resolve_country(obj: Any) -> str:
        return str(getattr(obj.country, "code", "") or "")

    @staticmethod
    def resolve_agenda_items(obj: Any, context: dict[str, Any]) -> list[int]:
        viewer = context["request"].user
        return [item.pk for item in activity_agenda_item_list(viewer=viewer, activity=obj)]


class ActivityDetailOut(ActivityOut):
    online_url: str = Field(description="Shown to registrants and to those who run it.")
    summary: TranslatedTextOut = Field(description="What happened: {language: Markdown}.")
    outputs: TranslatedTextOut = Field(description="{language: Markdown}.")
    decisions: TranslatedTextOut = Field(description="{language: Markdown}.")
    follow_ups: TranslatedTextOut = Field(description="{language: Markdown}.")
    contributors: list[ContributorOut]
    sessions: list[int]

    @staticmethod
    def resolve_online_url(obj: Any, context: dict[str, Any]) -> str:
        viewer = context["request"].user
        return str(obj.online_url) if can_see_online_link(viewer, obj) else ""

    @staticmethod
    def resolve_contributors(obj: Any) -> list[Any]:
        return list(obj.contributors.all())

    @staticmethod
    def resolve_sessions(obj: Any, context: dict[str, Any]) -> list[int]:
        viewer = context["request"].user
        return [session.pk for session in activity_session_list(viewer=viewer, activity=obj)]


City = Annotated[str, StringConstraints(max_length=100, strip_whitespace=True), ONE_LINE]
Venue = Annotated[str, StringConstraints(max_length=200, strip_whitespace=True), ONE_LINE]
OnlineLink = Annotated[AnyHttpUrl, UrlConstraints(max_length=500)]
Languages = Annotated[list[SpokenLanguage], Field(max_length=20)]
CommunitySlug = Annotated[str, StringConstraints(max_length=40, pattern=r"^[-a-zA-Z0-9_]+$")]


class ActivityIn(InputSchema):
    """Fields of an activity; on PATCH only the fields sent are changed. Null is refused
    except where it empties a field (parent, country, city, venue, online link, capacity and
    registration deadline)."""

    type: Omittable[Annotated[str, StringConstraints(max_length=60)]] = None
    communities: Omittable[Annotated[list[CommunitySlug], Field(max_length=20)]] = None
    parent_id: ObjectId | None = None
    title: Omittable[TranslatedName] = None
    description: Omittable[TranslatedLongText] = None
    formality: Omittable[Formality] = None
    mode: Omittable[Mode] = None
    country: CountryCode | None = None
    city: City | None = None
    venue: Venue | None = None
    online_url: OnlineLink | None = None
    starts_at: Omittable[datetime] = None
    ends_at: Omittable[datetime] = None
    timezone: Omittable[TimeZoneName] = None
    languages: Omittable[Languages] = None
    interpretation: Omittable[Languages] = None
    capacity: Annotated[int, Field(ge=1, le=100_000)] | None = None
    registration_deadline: datetime | None = None
    status: Omittable[ActivityStatus] = None
    agenda_items: Omittable[Annotated[list[ObjectId], Field(max_length=50)]] = None

    @field_validator("starts_at", "ends_at", "registration_deadline")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError(_("Give the time with its offset, e.g. 2026-05-12T09:00:00+02:00."))
        return value


class ActivityCreateIn(ActivityIn):
    @model_validator(mode="after")
    def _required(self) -> "ActivityCreateIn":
        missing = [
            name
            for name in ("type", "title", "starts_at", "ends_at")
            if getattr(self, name) is None
        ]
        if self.parent_id is None and not self.communities:
            missing.append("communities")
        if missing:
            raise ValueError(
                _("These fields are required: %(fields)s") % {"fields": ", ".join(missing)}
            )
        return self
