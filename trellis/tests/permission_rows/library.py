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


ROWS = [
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
