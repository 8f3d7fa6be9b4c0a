"""Rows for the library: its pages and downloads.

A published document is seen where its community is; a private community's documents (and
their files) are a 404 for visitors and outsiders, as if they did not exist. The sponsor holds
a role in the private community, so sees its published documents as it sees the community.
"""

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from trellis.conftest import World
from trellis.library.models import Document, DocumentKind, DocumentStatus
from trellis.library.services import document_create, document_version_add
from trellis.tests.permission_rows import EVERYONE, Row

SEEN_PRIVATE = "404 404 ok ok ok ok"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def a_document(world: World, community: Any, *, status: str = DocumentStatus.PUBLISHED) -> Any:
    """A document the member shared, with two versions, at a status."""
    document = document_create(
        actor=world.member,
        title="Budget planning guide",
        kind=DocumentKind.GUIDE,
        language="en",
        community=community,
        file=SimpleUploadedFile("guide.pdf", PDF),
    )
    document_version_add(
        actor=world.member, document=document, file=SimpleUploadedFile("v2.pdf", PDF)
    )
    Document.objects.filter(pk=document.pk).update(status=status)
    return document


def document_url(suffix: str, **options: Any) -> Any:
    return lambda world, community: (
        f"/library/documents/{a_document(world, community, **options).pk}/{suffix}"
    )


SHARERS = "login invalid ok ok invalid ok"
EDITORS = "login 403 ok ok 403 ok"
EDITORS_PRIVATE = "login 404 ok ok 403 ok"
WORKERS = "login 404 ok ok 404 ok"
REVIEWERS = "login 404 403 ok 404 ok"


def a_link_to_share(world: World, community: Any) -> dict[str, Any]:
    return {
        "title": "Programme budgeting",
        "kind": DocumentKind.CASE_STUDY,
        "language": "en",
        "community": community.pk,
        "link": "https://example.org/case",
    }


def documents_of(world: World, community: Any) -> int:
    return Document.objects.filter(community=community).count()


def versions_of(world: World, community: Any) -> list[int]:
    return list(
        Document.objects.filter(community=community).values_list(
            "current_version__number", flat=True
        )
    )


def a_new_file(world: World, community: Any) -> dict[str, Any]:
    return {"file": SimpleUploadedFile("v3.pdf", PDF), "note": "Figures for 2025"}


def a_russian_version(world: World, community: Any) -> dict[str, Any]:
    other = document_create(
        actor=world.member,
        title="Руководство",
        kind=DocumentKind.GUIDE,
        language="ru",
        community=community,
        link="https://example.org/ru",
    )
    return {"other": other.pk}


def translation_groups(world: World, community: Any) -> int:
    groups = Document.objects.filter(community=community).values("translation_group")
    return groups.distinct().count()


def statuses(world: World, community: Any) -> list[str]:
    return list(Document.objects.filter(community=community).values_list("status", flat=True))


ROWS = [
    Row("library:document_list", "GET", lambda world, community: "/library/", EVERYONE),
    Row("library:document_detail", "GET", document_url(""), EVERYONE, SEEN_PRIVATE),
    Row(
        "library:document_share",
        "GET",
        lambda world, community: "/library/share/",
        "login ok ok ok ok ok",
    ),
    Row(
        "library:document_share",
        "POST",
        lambda world, community: "/library/share/",
        SHARERS,
        SHARERS,
        data=a_link_to_share,
        effect=documents_of,
    ),
    Row(
        "library:document_version_new",
        "GET",
        document_url("versions/new/"),
        EDITORS,
        EDITORS_PRIVATE,
    ),
    Row(
        "library:document_version_new",
        "POST",
        document_url("versions/new/"),
        EDITORS,
        EDITORS_PRIVATE,
        data=a_new_file,
        effect=versions_of,
    ),
    Row(
        "library:document_translation_link",
        "GET",
        document_url("translations/link/"),
        EDITORS,
        EDITORS_PRIVATE,
    ),
    Row(
        "library:document_translation_link",
        "POST",
        document_url("translations/link/"),
        EDITORS,
        EDITORS_PRIVATE,
        data=a_russian_version,
        effect=translation_groups,
    ),
    Row(
        "library:document_submit",
        "POST",
        document_url("submit/", status=DocumentStatus.DRAFT),
        WORKERS,
        WORKERS,
        effect=statuses,
    ),
    Row(
        "library:document_review",
        "GET",
        document_url("review/", status=DocumentStatus.IN_REVIEW),
        REVIEWERS,
        REVIEWERS,
    ),
    Row(
        "library:document_review",
        "POST",
        document_url("review/", status=DocumentStatus.IN_REVIEW),
        REVIEWERS,
        REVIEWERS,
        data={"decision": "publish"},
        effect=statuses,
    ),
    Row(
        "library:document_download",
        "GET",
        document_url("download/"),
        EVERYONE,
        SEEN_PRIVATE,
    ),
    Row(
        "library:document_version_download",
        "GET",
        document_url("versions/1/download/"),
        EVERYONE,
        SEEN_PRIVATE,
    ),
]
