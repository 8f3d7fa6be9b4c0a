"""API shapes of translations of posts and of the requests that ask for them."""

from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.conversations.schemas import PostAuthorOut
from trellis.core.api_schemas import InputSchema, NetworkLanguage

# What may be translated: the kinds of post, and the items of a community's learning agenda.
TranslatableKind = Literal["question", "answer", "comment", "discussion", "reply", "agenda_item"]

# The service keeps texts within the posts' limits and says so; these only bound what is read.
_Body = Annotated[str, StringConstraints(max_length=40_000)]
_Title = Annotated[str, StringConstraints(max_length=1_000)]


class TranslationOut(Schema):
    language: str
    title: str = Field(description="Empty for posts without a title.")
    body: str = Field(description="Markdown, shown through the same sanitising as posts.")
    translator: PostAuthorOut | None
    created_at: datetime
    edited_at: datetime | None


class TranslationCreateIn(InputSchema):
    language: NetworkLanguage = Field(description="Not the post's own language.")
    title: _Title | None = Field(
        None, description="Needed for questions, discussions and agenda items."
    )
    body: _Body = Field(description="For an agenda item, its description; may be empty then.")


class TranslationEditIn(InputSchema):
    title: _Title | None = Field(
        None, description="Needed for questions, discussions and agenda items."
    )
    body: _Body


class TranslationRequestIn(InputSchema):
    language: NetworkLanguage = Field(description="The language the post is wanted in.")


class TranslationRequestOut(Schema):
    id: int
    kind: TranslatableKind
    post_id: int
    language: str
    requested_by: PostAuthorOut | None
    created_at: datetime
    fulfilled_at: datetime | None
    title: str = Field("", description="The post's title, or that of its question or discussion.")
    url: str = Field("", description="The page showing the post.")

    @staticmethod
    def resolve_id(obj: Any) -> int:
        return int(obj.request.pk)

    @staticmethod
    def resolve_post_id(obj: Any) -> int:
        return int(obj.request.target_id)

    @staticmethod
    def resolve_language(obj: Any) -> str:
        return str(obj.request.language)

    @staticmethod
    def resolve_requested_by(obj: Any) -> Any:
        return obj.request.requested_by

    @staticmethod
    def resolve_created_at(obj: Any) -> datetime:
        return obj.request.created_at  # type: ignore[no-any-return]

    @staticmethod
    def resolve_fulfilled_at(obj: Any) -> datetime | None:
        return obj.request.fulfilled_at  # type: ignore[no-any-return]


class TranslationQueueFilters(Schema):
    language: NetworkLanguage | None = Field(None, description="Only requests into this language.")


class TranslationQueueFollowOut(Schema):
    language: str
    following: bool
