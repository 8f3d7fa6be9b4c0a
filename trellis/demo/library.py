"""The demo's library, read from `data/documents.yaml`: documents and collections."""

from dataclasses import dataclass

from trellis.demo.content import content_load


@dataclass(frozen=True)
class VersionSpec:
    note: str
    days_ago: int


@dataclass(frozen=True)
class DocumentSpec:
    key: str
    community: str | None
    kind: str
    language: str
    title: str
    description: str
    by: str
    days_ago: int
    status: str
    topics: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    file: str = ""
    link: str = ""
    paragraphs: tuple[str, ...] = ()
    versions: tuple[VersionSpec, ...] = ()
    translation_of: str = ""
    agenda: str = ""
    activity: str = ""


@dataclass(frozen=True)
class CollectionSpec:
    key: str
    community: str | None
    kind: str
    title: str
    description: str
    by: str
    documents: tuple[str, ...]


def documents_load() -> tuple[DocumentSpec, ...]:
    return content_load("documents", tuple[DocumentSpec, ...], key="documents")


def collections_load() -> tuple[CollectionSpec, ...]:
    return content_load("documents", tuple[CollectionSpec, ...], key="collections")
