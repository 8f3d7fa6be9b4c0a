"""An agenda item's page lists the library's documents that came out of it, as the viewer may
see them (issue 12, point 9)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.communities.tests.agenda import item_url, proposed_item
from trellis.library.agenda_documents import agenda_documents_source
from trellis.library.models import Document, DocumentStatus

pytestmark = pytest.mark.django_db


def _document(world, item, title, status, community=None):
    return Document.objects.create(
        title=title,
        kind="guide",
        language="en",
        community=community or item.community,
        agenda_item=item,
        status=status,
        created_by=world.member,
    )


def test_published_documents_reach_every_reader_drafts_only_those_who_work_on_them(world):
    item = proposed_item(world)
    published = _document(world, item, "Costing guide", DocumentStatus.PUBLISHED)
    draft = _document(world, item, "Half-written notes", DocumentStatus.DRAFT)
    anonymous = agenda_documents_source(viewer=AnonymousUser(), item_ids=[item.pk])
    assert [d.title for d in anonymous[item.pk]] == ["Costing guide"]
    assert anonymous[item.pk][0].url == f"/library/documents/{published.pk}/"
    sharer = agenda_documents_source(viewer=world.member, item_ids=[item.pk])
    assert [d.title for d in sharer[item.pk]] == ["Costing guide", "Half-written notes"]
    assert draft.pk


def test_the_item_page_shows_them_with_their_kind(client, world):
    item = proposed_item(world)
    _document(world, item, "Costing guide", DocumentStatus.PUBLISHED)
    page = client.get(item_url(item)).content.decode()
    listed = page[page.index('id="documents-heading"') : page.index('id="timeline-heading"')]
    assert "Costing guide" in listed and "Guide" in listed
    russian = client.get(item_url(item), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Руководство" in russian


def test_a_private_community_s_documents_stay_with_its_members(client, world):
    item = proposed_item(world, community=world.private)
    _document(world, item, "Steering notes", DocumentStatus.PUBLISHED)
    assert agenda_documents_source(viewer=world.outsider, item_ids=[item.pk]) == {}
    member = agenda_documents_source(viewer=world.member, item_ids=[item.pk])
    assert [d.title for d in member[item.pk]] == ["Steering notes"]
