"""A document's lifecycle: draft → in review → published, or back to its authors with a note."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from trellis.accounts.models import User
from trellis.communities.services import audit_record
from trellis.core.errors import TrellisError
from trellis.core.permissions import require
from trellis.library.models import Document, DocumentStatus
from trellis.library.permissions import (
    EDIT_DOCUMENT_REASON,
    REVIEW_DOCUMENT_REASON,
    can_edit_document,
    can_review_document,
)
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record
from trellis.search.indexing import search_index_later

NOTE_REQUIRED = gettext_lazy("Say what should change before the document is published.")


def _locked(document: Document) -> Document:
    return Document.objects.select_for_update().get(pk=document.pk)


def document_submit_for_review(*, actor: "User", document: Document) -> Document:
    """Ask the community's conveners and keepers to review a draft."""
    require(actor, can_edit_document(actor, document), reason=EDIT_DOCUMENT_REASON)
    with transaction.atomic():
        current = _locked(document)
        if current.status != DocumentStatus.DRAFT:
            raise TrellisError(_("Only a draft can be sent for review."), code="document_not_draft")
        current.status = DocumentStatus.IN_REVIEW
        current.save(update_fields=["status", "updated_at"])
    document.status = current.status
    return document


def _credit(document: Document, reviewer: "User") -> None:
    """Everyone who made a published document counts it: its sharer and member authors once
    each, its reviewer for the review."""
    contributors = {
        author.person_id for author in document.authors.all() if author.person_id is not None
    }
    if document.created_by_id is not None:
        contributors.add(document.created_by_id)
    for person in User.objects.filter(pk__in=contributors, is_active=True).order_by("pk"):
        contribution_record(
            person=person,
            kind=ContributionKind.DOCUMENT_PUBLISHED,
            community=document.community,
            target=document,
        )
    contribution_record(
        person=reviewer,
        kind=ContributionKind.DOCUMENT_REVIEWED,
        community=document.community,
        target=document,
    )


def document_review(
    *, actor: "User", document: Document, publish: bool, note: str = ""
) -> Document:
    """Publish a document in review, or send it back to its authors as a draft with a note."""
    require(actor, can_review_document(actor, document), reason=REVIEW_DOCUMENT_REASON)
    note = note.strip()
    if not publish and not note:
        raise ValidationError({"note": str(NOTE_REQUIRED)})
    with transaction.atomic():
        current = _locked(document)
        if current.status != DocumentStatus.IN_REVIEW:
            raise TrellisError(
                _("This document is not waiting for review."), code="document_not_in_review"
            )
        current.reviewer = actor
        current.review_note = note
        if publish:
            current.status = DocumentStatus.PUBLISHED
            current.published_at = timezone.now()
        else:
            current.status = DocumentStatus.DRAFT
        current.save(
            update_fields=["status", "reviewer", "review_note", "published_at", "updated_at"]
        )
        if publish:
            _credit(current, actor)
        audit_record(
            actor=actor,
            community=current.community,
            action="document.published" if publish else "document.returned",
            subject=current.title,
            document=current.pk,
        )
        search_index_later(kind="document", ids=[current.pk])
    return current
