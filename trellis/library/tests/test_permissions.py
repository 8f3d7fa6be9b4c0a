"""Who sees, shares, edits and reviews documents, by role and by status."""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Role
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.library.models import DocumentAuthor, DocumentStatus
from trellis.library.permissions import (
    can_edit_document,
    can_link_translation,
    can_review_document,
    can_share_document,
    can_view_document,
)
from trellis.library.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db
ROLES = ["visitor", "outsider", "member", "convener", "sponsor", "admin"]


def _who(world, predicate, *args) -> set[str]:
    return {role for role in ROLES if predicate(world.person(role), *args)}


def test_published_documents_are_seen_where_their_community_is(world) -> None:
    public = DocumentFactory(community=world.public)
    private = DocumentFactory(community=world.private)
    network = DocumentFactory(community=None)
    assert _who(world, can_view_document, public) == set(ROLES)
    assert _who(world, can_view_document, network) == set(ROLES)
    # The sponsor holds a role in the private community, so sees it as the community page does.
    assert _who(world, can_view_document, private) == {"member", "convener", "sponsor", "admin"}


def test_a_draft_is_seen_only_by_those_who_work_on_it(world) -> None:
    sharer = world.member
    draft = DocumentFactory(community=world.public, status=DocumentStatus.DRAFT, created_by=sharer)
    assert _who(world, can_view_document, draft) == {"member", "convener", "admin"}
    author = UserFactory()
    MembershipFactory(community=world.public, person=author)
    DocumentAuthor.objects.create(document=draft, person=author)
    keeper = UserFactory()
    MembershipFactory(community=world.public, person=keeper)
    RoleAssignmentFactory(
        community=world.public, person=keeper, role=Role.objects.get(code="community_keeper")
    )
    assert can_view_document(author, draft)
    assert can_view_document(keeper, draft)
    assert can_review_document(keeper, draft)
    assert not can_edit_document(keeper, draft)


def test_sharing_is_for_members_and_network_wide_for_anyone_signed_in(world) -> None:
    assert _who(world, can_share_document, world.private) == {"member", "convener", "admin"}
    assert _who(world, can_share_document, None) == set(ROLES) - {"visitor"}


def test_edit_and_review_by_role_and_nobody_reviews_their_own(world) -> None:
    document = DocumentFactory(
        community=world.public, status=DocumentStatus.IN_REVIEW, created_by=world.member
    )
    assert _who(world, can_edit_document, document) == {"member", "convener", "admin"}
    assert _who(world, can_review_document, document) == {"convener", "admin"}
    own = DocumentFactory(
        community=world.public, status=DocumentStatus.IN_REVIEW, created_by=world.convener
    )
    assert not can_review_document(world.convener, own)
    network = DocumentFactory(community=None, status=DocumentStatus.IN_REVIEW)
    assert _who(world, can_review_document, network) == {"admin"}


def test_translations_are_linked_by_who_may_edit_both(world) -> None:
    mine = DocumentFactory(community=world.public, created_by=world.member)
    theirs = DocumentFactory(community=world.public, created_by=world.outsider, language="ru")
    assert not can_link_translation(world.member, mine, theirs)
    assert can_link_translation(world.convener, mine, theirs)
