"""API shapes of moderation: flags raised by readers, and what moderators do about them."""

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.conversations.models import FlagState
from trellis.conversations.schemas import PostAuthorOut
from trellis.core.api_schemas import InputSchema

# The kinds of post, as the pages' moderation addresses name them.
PostKind = Literal["question", "answer", "comment", "discussion", "reply"]


class FlagCreateIn(InputSchema):
    # The service keeps reasons under 500 characters and says so; the schema only bounds what
    # is read at all.
    reason: Annotated[str, StringConstraints(max_length=5000)] = Field(
        description="Why the moderators should look at the post (under 500 characters)."
    )


class FlagOut(Schema):
    id: int
    reason: str
    created_at: datetime


class QueuedFlagOut(FlagOut):
    flagged_by: PostAuthorOut | None
    state: FlagState


class FlaggedPostOut(Schema):
    kind: PostKind
    id: int
    title: str = Field(description="The post's title, or that of its question or discussion.")
    excerpt: str
    url: str = Field(description="The page showing the post.")
    hidden: bool
    flags: list[QueuedFlagOut] = Field(description="Latest first.")

    @staticmethod
    def resolve_id(obj: Any) -> int:
        return int(obj.post.pk)

    @staticmethod
    def resolve_hidden(obj: Any) -> bool:
        return bool(obj.post.hidden)


class FlagQueueFilters(Schema):
    community: Annotated[str, StringConstraints(max_length=60)] | None = Field(
        None, description="A community's slug; leave out for network-wide questions' flags."
    )
    state: Literal["open", "hidden"] = Field(
        "open", description="Open flags, or posts hidden after a flag."
    )


class PostVersionOut(Schema):
    title: str = Field(description="Empty for posts without a title.")
    body: str = Field(description="Markdown.")
    written_by: PostAuthorOut | None
    written_at: datetime
    replaced_by: PostAuthorOut | None = Field(description="Null for the current version.")
    replaced_at: datetime | None
    current: bool

    @staticmethod
    def resolve_current(obj: Any) -> bool:
        return bool(obj.is_current)


class PostModerationOut(Schema):
    kind: PostKind
    id: int
    hidden: bool = Field(description="Hidden posts are seen only by moderators.")
    flags_dismissed: int = Field(
        default=0, description="How many open flags this request dismissed."
    )
