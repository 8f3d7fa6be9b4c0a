"""Linking the translations of one knowledge product."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.communities.services import audit_record
from trellis.core.languages import LANGUAGE_NAMES
from trellis.core.permissions import require
from trellis.library.models import Document
from trellis.library.permissions import LINK_TRANSLATION_REASON, can_link_translation
from trellis.search.indexing import search_index_later

if TYPE_CHECKING:
    from trellis.accounts.models import User


def document_translation_link(*, actor: "User", document: Document, other: Document) -> Document:
    """Make `other` (with its own translations) a translation of `document`: both groups
    become one, which may hold one document per language."""
    require(actor, can_link_translation(actor, document, other), reason=LINK_TRANSLATION_REASON)
    if other.pk == document.pk:
        raise ValidationError(_("A document cannot be its own translation."), code="same_document")
    with transaction.atomic():
        groups = {document.translation_group, other.translation_group}
        members = list(
            Document.objects.select_for_update().filter(translation_group__in=groups).order_by("pk")
        )
        if document.translation_group == other.translation_group:
            return document
        mine = {d.language for d in members if d.translation_group == document.translation_group}
        theirs = {d.language for d in members if d.translation_group == other.translation_group}
        clash = sorted(mine & theirs)
        if clash:
            names = ", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in clash)
            raise ValidationError(
                _(
                    "These documents cannot be linked: both already have a version in "
                    "%(languages)s. A knowledge product has one version per language."
                )
                % {"languages": names},
                code="translation_language_taken",
            )
        moved = [d.pk for d in members if d.translation_group == other.translation_group]
        Document.objects.filter(pk__in=moved).update(translation_group=document.translation_group)
        other.translation_group = document.translation_group
        audit_record(
            actor=actor,
            community=document.community,
            action="document.translation_linked",
            subject=document.title,
            document=document.pk,
            language=other.language,
        )
        search_index_later(kind="document", ids=[d.pk for d in members])
    return document
