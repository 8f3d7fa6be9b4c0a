"""Who may see, share, edit, review and translate the library's documents.

A published document is seen where its community is (a public community's and a network-wide
one's by anyone, a private community's by its members and leaders). A draft or a document in
review is seen only by those who work on it: its sharer, its authors who are members, its
reviewer, the community's conveners and keepers, and network admins.
Services, selectors, views and templates ask these predicates; none decides on its own.
"""

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from trellis.communities.models import Community, Role
from trellis.communities.permissions import (
    can_manage_community,
    can_view_community,
    is_member,
    is_network_admin,
    is_signed_in,
    roles_in,
    visible_community_ids,
)

if TYPE_CHECKING:
    from trellis.library.models import Document

__all__ = [
    "EDIT_DOCUMENT_REASON",
    "LINK_TRANSLATION_REASON",
    "REVIEW_DOCUMENT_REASON",
    "SHARE_DOCUMENT_REASON",
    "can_edit_document",
    "can_link_translation",
    "can_review_document",
    "can_share_document",
    "can_view_document",
    "document_keeper_community_ids",
    "is_document_keeper",
]

KEEPER = "community_keeper"

SHARE_DOCUMENT_REASON = _(
    "Only members of the community, and those who run it, can share documents in it."
)
EDIT_DOCUMENT_REASON = _(
    "Only the person who shared a document, its authors who are members, the community's "
    "conveners and network administrators can change it."
)
REVIEW_DOCUMENT_REASON = _(
    "Only the community's conveners and keepers, and network administrators, can review a "
    "document, and never one they shared themselves."
)
LINK_TRANSLATION_REASON = _("You can link translations only between documents you can change.")


def is_document_keeper(person: Any, community: Community | None) -> bool:
    """Conveners and keepers look after a community's documents; network admins after all."""
    if is_network_admin(person):
        return True
    if community is None:
        return False
    return can_manage_community(person, community) or KEEPER in roles_in(person, community)


def _is_member_author(person: Any, document: "Document") -> bool:
    """Whether the person is one of the document's authors and still a member where it lives.

    Uses the prefetched authors when the caller loaded them, so a list asks no query per row."""
    if not is_signed_in(person):
        return False
    if document.community is not None and not is_member(person, document.community):
        return False
    return any(author.person_id == person.pk for author in document.authors.all())


def _works_on(person: Any, document: "Document") -> bool:
    if not is_signed_in(person):
        return False
    return (
        document.created_by_id == person.pk
        or document.reviewer_id == person.pk
        or is_document_keeper(person, document.community)
        or _is_member_author(person, document)
    )


def can_view_document(person: Any, document: "Document") -> bool:
    """Published: where its community is visible. Draft or in review: those who work on it."""
    from trellis.library.models import DocumentStatus

    if document.status == DocumentStatus.PUBLISHED:
        return document.community is None or can_view_community(person, document.community)
    return _works_on(person, document)


def can_share_document(person: Any, community: Community | None) -> bool:
    """Members share in their community (and its leaders); any signed-in member network-wide."""
    if not is_signed_in(person):
        return False
    if community is None:
        return True
    return is_member(person, community) or is_document_keeper(person, community)


def can_edit_document(person: Any, document: "Document") -> bool:
    """The sharer (while they may still share there), member authors, conveners, admins."""
    if not is_signed_in(person):
        return False
    if is_network_admin(person):
        return True
    if document.community is not None and can_manage_community(person, document.community):
        return True
    if document.created_by_id == person.pk and can_share_document(person, document.community):
        return True
    return _is_member_author(person, document)


def can_review_document(person: Any, document: "Document") -> bool:
    """Conveners, keepers and network admins review, but nobody reviews what they shared."""
    if not is_signed_in(person) or document.created_by_id == person.pk:
        return False
    return is_document_keeper(person, document.community)


def can_link_translation(person: Any, document: "Document", other: "Document") -> bool:
    return can_edit_document(person, document) and can_edit_document(person, other)


def document_keeper_community_ids(person: Any) -> list[int]:
    """The communities whose documents the person looks after (as convener or keeper)."""
    if not is_signed_in(person):
        return []
    ids = visible_community_ids(person)
    return [pk for pk in ids if {Role.CONVENER, KEEPER} & roles_in(person, Community(pk=pk))]


MAKE_COLLECTION_REASON = _(
    "Members make their community's collections; only its conveners and keepers make its "
    "essentials."
)


def can_make_collection(person: Any, community: Community | None, kind: str) -> bool:
    """Members make their community's collections, conveners and keepers its essentials;
    anyone signed in makes a network-wide one (never "essentials", which need a community)."""
    from trellis.library.models import CollectionKind

    if not is_signed_in(person):
        return False
    if kind == CollectionKind.ESSENTIALS:
        return community is not None and is_document_keeper(person, community)
    if community is None:
        return True
    return is_member(person, community) or is_document_keeper(person, community)


def can_change_collection(person: Any, collection: Any) -> bool:
    """Who may make such a collection may change it; a network-wide one only its maker and
    network admins."""
    if not is_signed_in(person):
        return False
    if collection.community is None:
        return collection.created_by_id == person.pk or is_network_admin(person)
    return can_make_collection(person, collection.community, collection.kind)
