"""Rows for the library API: the same services and permissions as the library's pages.

Order of roles: visitor outsider member convener sponsor admin. A private community's
documents are a 404 for those who may not see them; a draft or a document in review is a 404
for everyone but those who work on it. The sponsor sees the private community but may not
share or change documents in it.
"""

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from trellis.conftest import World
from trellis.library.models import Document, DocumentKind, DocumentStatus
from trellis.library.services import document_create
from trellis.tests.permission_rows import EVERYONE, Row
from trellis.tests.permission_rows.library import PDF, SEEN_PRIVATE, a_document

EDITORS = "401 403 ok ok 403 ok"
EDITORS_PRIVATE = "404 404 ok ok 403 ok"
WORKERS = "404 404 ok ok 404 ok"
REVIEWERS = "404 404 403 ok 404 ok"


def api_document(suffix: str = "", **options: Any) -> Any:
    return lambda world, community: (
        f"/api/v1/documents/{a_document(world, community, **options).pk}{suffix}"
    )


def a_russian_document(world: World, community: Any) -> dict[str, int]:
    other = document_create(
        actor=world.member,
        title="Руководство по планированию",
        kind=DocumentKind.GUIDE,
        language="ru",
        community=community,
        link="https://example.org/ru",
    )
    Document.objects.filter(pk=other.pk).update(status=DocumentStatus.PUBLISHED)
    return {"document": other.pk}


def document_count(world: World, community: Any) -> int:
    return Document.objects.count()


def a_new_file(world: World, community: Any) -> dict[str, Any]:
    return {"file": SimpleUploadedFile("v3.pdf", PDF), "note": "Shorter"}


def a_link_to_share(world: World, community: Any) -> dict[str, Any]:
    return {
        "title": "Treasury guide",
        "kind": "guide",
        "language": "en",
        "community": community.slug,
        "link": "https://example.org/treasury",
    }


ROWS = [
    Row(
        "api:document_list_read",
        "GET",
        lambda world, community: f"/api/v1/documents?community={community.slug}",
        EVERYONE,
        SEEN_PRIVATE,
    ),
    Row("api:document_read", "GET", api_document(), EVERYONE, SEEN_PRIVATE),
    Row("api:document_download_api", "GET", api_document("/download"), EVERYONE, SEEN_PRIVATE),
    Row("api:document_version_list", "GET", api_document("/versions"), EVERYONE, SEEN_PRIVATE),
    Row(
        "api:document_share",
        "POST",
        lambda world, community: "/api/v1/documents",
        EDITORS,
        "401 404 ok ok 403 ok",
        data=a_link_to_share,
        effect=document_count,
    ),
    Row(
        "api:document_change",
        "PATCH",
        api_document(),
        EDITORS,
        EDITORS_PRIVATE,
        data={"title": "Budget planning guide, revised"},
        json=True,
        effect=lambda world, community: sorted(Document.objects.values_list("title", flat=True)),
    ),
    Row(
        "api:document_version_upload",
        "POST",
        api_document("/versions"),
        EDITORS,
        EDITORS_PRIVATE,
        data=a_new_file,
    ),
    Row(
        "api:document_translation_add",
        "POST",
        api_document("/translations"),
        EDITORS,
        EDITORS_PRIVATE,
        data=a_russian_document,
        json=True,
    ),
    Row(
        "api:document_submit",
        "POST",
        api_document("/submit", status=DocumentStatus.DRAFT),
        WORKERS,
        WORKERS,
    ),
    Row(
        "api:document_review_api",
        "POST",
        api_document("/review", status=DocumentStatus.IN_REVIEW),
        REVIEWERS,
        REVIEWERS,
        data={"publish": True},
        json=True,
    ),
]
