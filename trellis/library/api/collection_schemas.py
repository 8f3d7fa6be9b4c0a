"""What the collections API reads and answers."""

import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import StringConstraints

from trellis.core.api_schemas import ONE_LINE, InputSchema, ObjectId, Omittable
from trellis.library.models import CollectionKind

if TYPE_CHECKING:
    CollectionKindCode = str
else:
    CollectionKindCode = Literal[tuple(CollectionKind.values)]

CollectionTitle = Annotated[
    str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True), ONE_LINE
]
CollectionDescription = Annotated[str, StringConstraints(max_length=20_000)]
ItemNote = Annotated[str, StringConstraints(max_length=300, strip_whitespace=True), ONE_LINE]
CommunitySlug = Annotated[str, StringConstraints(max_length=40)]

# A collection holds at most this many documents in one reorder.
MAX_ITEMS = 1000


class CollectionFilters(Schema):
    community: CommunitySlug | None = Field(None, description="A community's slug.")
    kind: CollectionKindCode | None = None


class CollectionCreateIn(InputSchema):
    title: CollectionTitle
    kind: CollectionKindCode = CollectionKind.OTHER
    description: CollectionDescription = ""
    community: CommunitySlug | None = Field(
        None, description="A community's slug; leave out for a network-wide collection."
    )
    activity: ObjectId | None = Field(
        None, description='The activity\'s id; required for "activity_materials".'
    )


class CollectionUpdateIn(InputSchema):
    """Fields left out stay as they are; `activity: null` takes the activity away. The
    community stays: make a new collection to move one."""

    title: Omittable[CollectionTitle] = None
    kind: Omittable[CollectionKindCode] = None
    description: Omittable[CollectionDescription] = None
    activity: ObjectId | None = None


class CollectionItemIn(InputSchema):
    document: ObjectId = Field(description="The id of a document you can see.")
    note: ItemNote = ""


class CollectionOrderIn(InputSchema):
    documents: list[ObjectId] = Field(
        max_length=MAX_ITEMS,
        description="Every document of the collection that you can see, once each, in the new "
        "order; those you cannot see keep their places.",
    )


class CollectionOut(Schema):
    id: int
    title: str
    description: str
    kind: str
    community: str | None
    activity: int | None = Field(None, alias="activity_id")
    created_by: int | None = Field(None, alias="created_by_id")
    document_count: int = Field(description="The documents in it that you can see.")
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @staticmethod
    def resolve_community(collection: Any) -> str | None:
        return collection.community.slug if collection.community else None


class CollectionItemOut(Schema):
    document: int
    title: str
    kind: str
    language: str
    note: str
    download_url: str | None

    @staticmethod
    def resolve_document(item: Any) -> int:
        return int(item.document_id)

    @staticmethod
    def resolve_title(item: Any) -> str:
        return str(item.document.title)

    @staticmethod
    def resolve_kind(item: Any) -> str:
        return str(item.document.kind)

    @staticmethod
    def resolve_language(item: Any) -> str:
        return str(item.document.language)

    @staticmethod
    def resolve_download_url(item: Any) -> str | None:
        document = item.document
        if not document.link and document.current_version_id is None:
            return None
        return f"/api/v1/documents/{document.pk}/download"


class CollectionDetailOut(CollectionOut):
    items: list[CollectionItemOut] = Field(
        description="Its documents that you can see, in order, each with its note."
    )

    @staticmethod
    def resolve_items(collection: Any) -> list[Any]:
        return list(collection.visible_items)
