"""What the library API reads and answers."""

import datetime
import uuid
from typing import TYPE_CHECKING, Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.core.api_schemas import ONE_LINE, CountryCode, InputSchema, SpokenLanguage
from trellis.library.models import DocumentKind, DocumentStatus, ExtractionState

if TYPE_CHECKING:
    KindCode = str
    StatusCode = str
else:
    KindCode = Literal[tuple(DocumentKind.values)]
    StatusCode = Literal[tuple(DocumentStatus.values)]

Title = Annotated[
    str, StringConstraints(min_length=1, max_length=300, strip_whitespace=True), ONE_LINE
]
Description = Annotated[str, StringConstraints(max_length=20_000)]
AuthorName = Annotated[str, StringConstraints(max_length=200, strip_whitespace=True), ONE_LINE]
Slug = Annotated[str, StringConstraints(max_length=80)]
Link = Annotated[str, StringConstraints(max_length=500, strip_whitespace=True)]
OriginId = Annotated[int, Field(ge=1)]


class DocumentFilters(Schema):
    community: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, description="A community's slug."
    )
    kind: KindCode | None = None
    language: SpokenLanguage | None = None
    topic: Slug | None = Field(None, description="An expertise topic's slug.")
    country: CountryCode | None = None
    status: StatusCode | None = None


class DocumentCreateIn(InputSchema):
    """The form fields of `POST /documents` (multipart, with `file`, or a `link`)."""

    title: Title
    kind: KindCode
    language: SpokenLanguage
    community: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, description="A community's slug; leave out to share with the whole network."
    )
    description: Description = ""
    link: Link = Field("", description="For a document kept elsewhere, instead of a file.")
    note: Annotated[str, StringConstraints(max_length=300)] = ""
    topics: list[Slug] = Field(default_factory=list, max_length=50)
    countries: list[CountryCode] = Field(default_factory=list, max_length=50)
    author_names: list[AuthorName] = Field(default_factory=list, max_length=50)
    date: datetime.date | None = None
    activity: OriginId | None = Field(None, description="The id of the activity it came from.")
    agenda_item: OriginId | None = Field(
        None, description="The id of the learning-agenda item it came from."
    )


class DocumentUpdateIn(InputSchema):
    """Fields left out stay as they are."""

    title: Title | None = None
    kind: KindCode | None = None
    language: SpokenLanguage | None = None
    description: Description | None = None
    link: Link | None = None
    topics: list[Slug] | None = Field(None, max_length=50)
    countries: list[CountryCode] | None = Field(None, max_length=50)
    author_names: list[AuthorName] | None = Field(None, max_length=50)
    date: datetime.date | None = None
    activity: OriginId | None = Field(None, description="The id of the activity it came from.")
    agenda_item: OriginId | None = Field(
        None, description="The id of the learning-agenda item it came from."
    )


class DocumentReviewIn(InputSchema):
    publish: bool
    note: Annotated[str, StringConstraints(max_length=2000)] = ""


class TranslationLinkIn(InputSchema):
    document: int = Field(ge=1, description="The id of the document in another language.")


class DocumentVersionOut(Schema):
    number: int
    original_name: str
    extension: str
    content_type: str
    size: int
    sha256: str
    note: str
    uploaded_by: int | None = Field(None, alias="uploaded_by_id")
    uploaded_at: datetime.datetime
    extraction_state: Literal[tuple(ExtractionState.values)]  # type: ignore[valid-type]


class DocumentAuthorOut(Schema):
    person: int | None
    name: str

    @staticmethod
    def resolve_person(author: Any) -> int | None:
        return author.person_id

    @staticmethod
    def resolve_name(author: Any) -> str:
        return author.name or (author.person.full_name if author.person else "")


class DocumentOut(Schema):
    id: int
    title: str
    description: str
    kind: str
    language: str
    status: str
    community: str | None
    topics: list[str]
    countries: list[str]
    authors: list[DocumentAuthorOut]
    date: datetime.date | None
    activity: int | None = Field(None, alias="activity_id")
    agenda_item: int | None = Field(None, alias="agenda_item_id")
    link: str
    published_at: datetime.datetime | None
    created_at: datetime.datetime
    translation_group: uuid.UUID
    current_version: DocumentVersionOut | None
    extraction_state: Literal[tuple(ExtractionState.values)] = Field(  # type: ignore[valid-type]
        description="Whether the text of the current version was read for search: "
        "`none` for a link or a file without text."
    )
    download_url: str | None

    @staticmethod
    def resolve_community(document: Any) -> str | None:
        return document.community.slug if document.community else None

    @staticmethod
    def resolve_topics(document: Any) -> list[str]:
        return [topic.slug for topic in document.topics.all()]

    @staticmethod
    def resolve_countries(document: Any) -> list[str]:
        return [str(country.code) for country in document.countries]

    @staticmethod
    def resolve_authors(document: Any) -> list[Any]:
        return list(document.authors.all())

    @staticmethod
    def resolve_extraction_state(document: Any) -> str:
        version = document.current_version
        return str(version.extraction_state) if version is not None else ExtractionState.NONE.value

    @staticmethod
    def resolve_download_url(document: Any) -> str | None:
        if not document.link and document.current_version is None:
            return None
        return f"/api/v1/documents/{document.pk}/download"
