"""API shapes of conversations. Each feature keeps its own, clearly named, classes."""

from datetime import datetime
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.conversations.models import BODY_MAX_LENGTH
from trellis.core.api_schemas import (
    NOT_BLANK,
    ONE_LINE,
    CountryCode,
    InputSchema,
    NetworkLanguage,
    ObjectId,
    Omittable,
)

# Questions and answers (the help desk)

QuestionTitle = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300), ONE_LINE
]
PostBody = Annotated[str, StringConstraints(max_length=BODY_MAX_LENGTH), NOT_BLANK]
TopicSlug = Annotated[str, StringConstraints(max_length=80)]


class PostAuthorOut(Schema):
    id: int
    full_name: str
    country: str = Field(description="ISO 3166-1 alpha-2 code, or empty.")

    @staticmethod
    def resolve_country(obj: Any) -> str:
        return str(getattr(obj.country, "code", "") or "")


class QuestionCommentOut(Schema):
    id: int
    author: PostAuthorOut | None
    body: str = Field(description="Markdown.")
    language: str
    hidden: bool = Field(description="Hidden by a moderator; only moderators see such posts.")
    created_at: datetime


class QuestionOut(Schema):
    id: int
    community: str | None = Field(description="The community's slug; null for the network.")
    title: str
    body: str = Field(description="Markdown.")
    language: str
    topics: list[str] = Field(description="Codes of the expertise topics.")
    country_context: str = Field(description="ISO 3166-1 alpha-2 code, or empty.")
    author: PostAuthorOut | None
    accepted_answer_id: int | None
    answer_count: int
    locked: bool
    hidden: bool
    created_at: datetime
    first_answered_at: datetime | None
    last_activity_at: datetime
    edited_at: datetime | None

    @staticmethod
    def resolve_community(obj: Any) -> str | None:
        return obj.community.slug if obj.community_id else None

    @staticmethod
    def resolve_topics(obj: Any) -> list[str]:
        return [topic.slug for topic in obj.topics.all()]

    @staticmethod
    def resolve_country_context(obj: Any) -> str:
        return str(getattr(obj.country_context, "code", "") or "")

    @staticmethod
    def resolve_answer_count(obj: Any) -> int:
        count = getattr(obj, "answer_count", None)
        if count is None:
            count = obj.answers.filter(hidden=False).count()
        return int(count)


class QuestionDetailOut(QuestionOut):
    comments: list[QuestionCommentOut]

    @staticmethod
    def resolve_comments(obj: Any) -> list[Any]:
        return list(getattr(obj, "visible_comments", []))


class AnswerOut(Schema):
    id: int
    question_id: int
    author: PostAuthorOut | None
    coauthors: list[PostAuthorOut] = Field(description="Co-authors of a joint response.")
    body: str = Field(description="Markdown.")
    language: str
    accepted: bool
    helpful_count: int
    helpful: bool = Field(description="Whether the asking person marked it helpful.")
    hidden: bool
    created_at: datetime
    edited_at: datetime | None
    comments: list[QuestionCommentOut]

    @staticmethod
    def resolve_coauthors(obj: Any) -> list[Any]:
        return list(obj.coauthors.all())

    @staticmethod
    def resolve_accepted(obj: Any) -> bool:
        return bool(getattr(obj, "is_accepted", False))

    @staticmethod
    def resolve_helpful(obj: Any) -> bool:
        return bool(getattr(obj, "viewer_marked", False))

    @staticmethod
    def resolve_comments(obj: Any) -> list[Any]:
        return list(obj.comments.all())


class QuestionCreateIn(InputSchema):
    community: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, description="A community's slug; leave out to ask the whole network."
    )
    title: QuestionTitle
    body: PostBody = Field(description="Markdown.")
    language: NetworkLanguage = Field(description="A language code of the network, e.g. en or ru.")
    topics: Annotated[list[TopicSlug], Field(max_length=20)] = Field(
        default_factory=list, description="Codes of expertise topics."
    )
    country_context: CountryCode = Field("", description="ISO 3166-1 alpha-2 code, or empty.")


class QuestionUpdateIn(InputSchema):
    """Only the fields sent are changed. Authors edit the text (the earlier version is kept);
    moderators may also lock or hide the question. Null empties the country context and is
    refused elsewhere."""

    title: Omittable[QuestionTitle] = None
    body: Omittable[PostBody] = None
    language: Omittable[NetworkLanguage] = None
    topics: Omittable[Annotated[list[TopicSlug], Field(max_length=20)]] = None
    country_context: CountryCode | None = None
    locked: Omittable[bool] = None
    hidden: Omittable[bool] = None


class AnswerCreateIn(InputSchema):
    body: PostBody = Field(description="Markdown.")
    language: NetworkLanguage = Field(description="A language code of the network, e.g. en or ru.")


class HelpfulOut(Schema):
    answer: int
    helpful_count: int
    helpful: bool = Field(description="Whether the asking person marked it helpful.")


class ExpertSuggestionOut(Schema):
    person: PostAuthorOut
    reasons: list[str] = Field(
        description="Why the person is suggested, in the request's language."
    )
    expertise: list[str] = Field(description="Codes of matching topics the person declares.")
    accepted_answers: int = Field(description="Accepted answers on the question's topics.")
    other_country: bool = Field(
        description="From another country than the asker's and the question's country context."
    )
    invited: bool

    @staticmethod
    def resolve_expertise(obj: Any) -> list[str]:
        return [topic.slug for topic in obj.expertise]

    @staticmethod
    def resolve_accepted_answers(obj: Any) -> int:
        return int(obj.accepted_total)


class AnswerUpdateIn(InputSchema):
    """The author, a co-author or a moderator rewords the answer; the earlier text is kept."""

    body: Omittable[PostBody] = None


class CommentCreateIn(InputSchema):
    body: PostBody = Field(description="Markdown.")
    language: NetworkLanguage = Field(description="A language code of the network, e.g. en or ru.")


class CoauthorInviteIn(InputSchema):
    person: ObjectId = Field(description="The id of a person who may answer the question.")


class ExpertInviteIn(InputSchema):
    person: ObjectId = Field(description="The id of the person to invite, e.g. a suggested one.")


class ExpertInvitationOut(Schema):
    question_id: int
    person: PostAuthorOut
    invited_by: PostAuthorOut | None
    created_at: datetime


class AnswerFiguresOut(Schema):
    """How well the help desk answers, over the questions asked in the period (hidden ones
    aside): the figures the unanswered queue's page shows."""

    community: str | None = Field(description="The community's slug; null for every question.")
    since: datetime
    until: datetime
    asked: int
    answered: int
    answered_quickly: int = Field(description="Answered within 72 hours of being asked.")
    share_answered: float | None = Field(description="From 0 to 1; null when none was asked.")
    share_answered_quickly: float | None = Field(
        description="The share answered within 72 hours; null when none was asked."
    )
    median_hours: float | None = Field(
        description="The median time to a first answer, in hours; null when none was answered."
    )
