"""API shapes of moderation: flags raised by readers, and what moderators do about them."""

from datetime import datetime
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

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


class PostModerationOut(Schema):
    kind: PostKind
    id: int
    hidden: bool = Field(description="Hidden posts are seen only by moderators.")
    flags_dismissed: int = Field(0, description="How many open flags this request dismissed.")
