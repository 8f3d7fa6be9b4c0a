"""Sharing, versions, translations, review and download counting, through the services."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from trellis.library.models import Document, DocumentKind, DocumentStatus
from trellis.library.services import (
    document_create,
    document_download_record,
    document_review,
    document_submit_for_review,
    document_translation_link,
    document_update,
    document_version_add,
)
from trellis.library.tests import samples
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def _share(world, **extra) -> Document:
    fields = {
        "actor": world.member,
        "title": "Budget planning guide",
        "kind": DocumentKind.GUIDE,
        "language": "en",
        "community": world.public,
        "file": samples.pdf(),
    }
    fields.update(extra)
    return document_create(**fields)


def test_sharing_an_upload_stores_a_first_version_and_credits_the_sharer(world) -> None:
    document = _share(world, author_members=[world.convener], author_names=["Outside Expert"])
    version = document.current_version
    assert version is not None and version.number == 1
    assert version.extension == ".pdf" and version.content_type == "application/pdf"
    assert version.original_name == "report.pdf"
    assert version.file.read() == samples.PDF_BYTES
    assert document.status == DocumentStatus.DRAFT
    assert [str(a) for a in document.authors.all()] == ["Convener Person", "Outside Expert"]
    assert Contribution.objects.filter(person=world.member, kind="document.shared").count() == 1


def test_a_document_is_a_file_or_a_link_never_both_nor_neither(world) -> None:
    with pytest.raises(ValidationError, match="not both"):
        _share(world, link="https://example.org/x")
    with pytest.raises(ValidationError, match="Upload a file or give a link"):
        _share(world, file=None)
    link = _share(world, file=None, link="https://example.org/guide")
    assert link.current_version is None and link.link == "https://example.org/guide"


def test_outsiders_cannot_share_in_a_private_community(world) -> None:
    with pytest.raises(PermissionDenied):
        _share(world, actor=world.outsider, community=world.private)


def test_a_new_version_becomes_current_and_the_earlier_stays(world) -> None:
    document = _share(world)
    second = document_version_add(
        actor=world.member,
        document=document,
        file=samples.upload("v2.docx", samples.docx_bytes()),
        note="Figures for 2025",
    )
    document.refresh_from_db()
    assert document.current_version == second and second.number == 2
    assert [v.number for v in document.versions.all()] == [2, 1]
    with pytest.raises(PermissionDenied):
        document_version_add(actor=world.outsider, document=document, file=samples.pdf())


def test_a_disguised_upload_is_refused_and_nothing_is_shared(world) -> None:
    with pytest.raises(ValidationError, match="not accepted"):
        _share(world, file=samples.upload("report.pdf", samples.ELF_BYTES))
    assert not Document.objects.exists()


def test_translations_join_and_refuse_two_of_one_language(world) -> None:
    english = _share(world)
    russian = _share(world, title="Руководство", language="ru")
    document_translation_link(actor=world.member, document=english, other=russian)
    russian.refresh_from_db()
    assert russian.translation_group == english.translation_group
    another = _share(world, title="Another English one")
    with pytest.raises(ValidationError, match="English"):
        document_translation_link(actor=world.member, document=another, other=russian)


def test_lifecycle_draft_review_publish_with_roles_and_credit(world) -> None:
    document = _share(world, author_members=[world.convener])
    with pytest.raises(PermissionDenied):
        document_submit_for_review(actor=world.outsider, document=document)
    document_submit_for_review(actor=world.member, document=document)
    with pytest.raises(PermissionDenied):
        document_review(actor=world.member, document=document, publish=True)
    with pytest.raises(ValidationError):
        document_review(actor=world.convener, document=document, publish=False)
    returned = document_review(
        actor=world.convener, document=document, publish=False, note="Add the 2025 figures"
    )
    assert returned.status == DocumentStatus.DRAFT and returned.review_note
    document_submit_for_review(actor=world.member, document=document)
    published = document_review(actor=world.admin, document=document, publish=True)
    assert published.status == DocumentStatus.PUBLISHED
    assert published.reviewer == world.admin and published.published_at is not None
    credited = set(
        Contribution.objects.filter(kind="document.published").values_list("person", flat=True)
    )
    assert credited == {world.member.pk, world.convener.pk}
    assert Contribution.objects.filter(kind="document.reviewed", person=world.admin).exists()


def test_update_changes_fields_and_a_leaders_change_is_audited(world) -> None:
    from trellis.communities.models import AuditEntry

    document = _share(world)
    document_update(actor=world.member, document=document, title="A better title")
    assert not AuditEntry.objects.filter(action="document.updated").exists()
    document_update(actor=world.convener, document=document, description="Shorter")
    entry = AuditEntry.objects.get(action="document.updated")
    assert entry.changes["fields"] == ["description"]
    with pytest.raises(PermissionDenied):
        document_update(actor=world.outsider, document=document, title="Mine now")


def test_downloads_count_a_contribution_each_time_and_visitors_on_the_counter(world) -> None:
    from django.contrib.auth.models import AnonymousUser

    document = _share(world)
    document.status = DocumentStatus.PUBLISHED
    document.save()
    document_download_record(viewer=world.outsider, document=document)
    document_download_record(viewer=world.outsider, document=document)
    document_download_record(viewer=AnonymousUser(), document=document)
    assert Contribution.objects.filter(kind="document.downloaded").count() == 2
    document.refresh_from_db()
    assert document.anonymous_downloads == 1
