"""API shapes of hot-topic discussions and peer assists."""

from datetime import date, datetime
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.activities.models import Mode
from trellis.conversations.models import BODY_MAX_LENGTH, PeerAssistStatus
from trellis.conversations.schemas import PostAuthorOut
from trellis.core.api_schemas import (
    MAX_LANGUAGES,
    NOT_BLANK,
    ONE_LINE,
    InputSchema,
    NetworkLanguage,
    ObjectId,
    Omittable,
    SpokenLanguage,
    TimeZoneName,
)
from trellis.core.pagination import DEFAULT_PAGE_SIZE

Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300), ONE_LINE
]
Body = Annotated[str, StringConstraints(max_length=BODY_MAX_LENGTH), NOT_BLANK]
OptionalBody = Annotated[str, StringConstraints(max_length=BODY_MAX_LENGTH)]
CommunitySlug = Annotated[str, StringConstraints(max_length=60)]

# Hot-topic discussions


class QuotedReplyOut(Schema):
    id: int
    author: PostAuthorOut | None
    body: str = Field(description="Markdown; empty when the quoted reply was hidden.")


class ReplyOut(Schema):
    id: int
    author: PostAuthorOut | None
    body: str = Field(description="Markdown.")
    language: str
    quoted: QuotedReplyOut | None = Field(description="The reply this one quotes, if any.")
    hidden: bool = Field(description="Hidden by a convener; only conveners see such replies.")
    created_at: datetime
    edited_at: datetime | None

    @staticmethod
    def resolve_quoted(obj: Any, context: dict[str, Any]) -> dict[str, Any] | None:
        quoted = obj.quoted
        if quoted is None:
            return None
        shown = not quoted.hidden or getattr(obj, "viewer_moderates", False)
        return {"id": quoted.pk, "author": quoted.author, "body": quoted.body if shown else ""}


class DiscussionOut(Schema):
    id: int
    community: str = Field(description="The community's slug.")
    title: str
    body: str = Field(description="Markdown.")
    language: str
    author: PostAuthorOut | None
    pinned: bool = Field(description="Shown above the others.")
    locked: bool = Field(description="A convener stopped replies for now.")
    closed: bool = Field(description="The discussion reached its end; no new replies.")
    hidden: bool
    reply_count: int
    created_at: datetime
    last_activity_at: datetime
    edited_at: datetime | None

    @staticmethod
    def resolve_community(obj: Any) -> str:
        return str(obj.community.slug)


class DiscussionDetailOut(DiscussionOut):
    replies: list[ReplyOut] = Field(
        description=f"The first {DEFAULT_PAGE_SIZE} replies the viewer may see, oldest first "
        "(`reply_count` counts them all); every one, page by page, from "
        "GET /discussions/{discussion_id}/replies."
    )

    @staticmethod
    def resolve_replies(obj: Any) -> list[Any]:
        return list(getattr(obj, "replies_shown", []))


class DiscussionCreateIn(InputSchema):
    community: CommunitySlug = Field(description="The community's slug.")
    title: Title
    body: Body
    language: NetworkLanguage | None = Field(
        None, description="Defaults to the request's language."
    )


class ReplyCreateIn(InputSchema):
    body: Body
    quoted: ObjectId | None = Field(None, description="The id of a reply to quote.")
    language: NetworkLanguage | None = Field(
        None, description="Defaults to the request's language."
    )


class DiscussionUpdateIn(InputSchema):
    """Only the fields sent are changed. The author (until the discussion is locked) and
    conveners edit the text, the earlier version being kept; conveners also pin, lock and
    close it, and undo each."""

    title: Omittable[Title] = None
    body: Omittable[Body] = None
    pinned: Omittable[bool] = Field(None, description="Shown above the others.")
    locked: Omittable[bool] = Field(None, description="No new replies for now.")
    closed: Omittable[bool] = Field(None, description="The discussion reached its end.")


class DiscussionFilters(Schema):
    community: CommunitySlug | None = Field(None, description="A community's slug.")


# Peer assists


class PeerAssistOfferOut(Schema):
    id: int
    person: PostAuthorOut
    message: str
    chosen: bool
    created_at: datetime


class PeerAssistOut(Schema):
    id: int
    community: str = Field(description="The community's slug.")
    title: str
    problem: str = Field(description="Markdown.")
    context: str = Field(description="Markdown.")
    languages: list[str] = Field(description="ISO 639-1 codes.")
    preferred_start: date | None
    preferred_end: date | None
    status: PeerAssistStatus = Field(
        description="requested → matched → scheduled → held → closed, only forward."
    )
    requester: PostAuthorOut | None
    offers: list[PeerAssistOfferOut]
    activity_id: int | None = Field(description="The session, an activity of peer assistance.")
    outcome: str = Field(description="Markdown; what came out of the session.")
    created_at: datetime

    @staticmethod
    def resolve_community(obj: Any) -> str:
        return str(obj.community.slug)

    @staticmethod
    def resolve_offers(obj: Any) -> list[Any]:
        return list(obj.offers.all())


class PeerAssistCreateIn(InputSchema):
    community: CommunitySlug = Field(description="The community's slug.")
    title: Title
    problem: Body
    context: OptionalBody = ""
    languages: list[SpokenLanguage] = Field(default_factory=list, max_length=MAX_LANGUAGES)
    preferred_start: date | None = None
    preferred_end: date | None = None


class PeerAssistOfferIn(InputSchema):
    message: Annotated[str, StringConstraints(max_length=4000)] = Field(
        "", description="What one can bring: one's experience with this problem."
    )


class SessionIn(InputSchema):
    starts_at: datetime
    ends_at: datetime
    timezone: TimeZoneName = "Europe/Ljubljana"
    mode: Mode = Mode.ONLINE
    online_url: Annotated[str, StringConstraints(max_length=500)] = ""


class PeerAssistUpdateIn(InputSchema):
    """One or more steps: choose peers, move the status one step forward, record the outcome."""

    chosen_offers: Omittable[Annotated[list[ObjectId], Field(max_length=50)]] = Field(
        None, description="Ids of the offers to choose (the others are unchosen)."
    )
    status: Omittable[PeerAssistStatus] = None
    session: Omittable[SessionIn] = Field(
        None, description="Needed to move to scheduled: the session is planned as an activity."
    )
    outcome: Omittable[Body] = Field(None, description="Needed to move to held.")


class PeerAssistFilters(Schema):
    community: CommunitySlug | None = Field(None, description="A community's slug.")
    status: PeerAssistStatus | None = None
