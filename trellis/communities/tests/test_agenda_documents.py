"""An agenda item lists the documents that came out of it and puts them on its timeline.

The library plugs in through `agenda_documents_register`; here a source stands in for it, so
the page's part is tested on its own (the library's source is tested in the library's tests).
"""

from datetime import UTC, datetime

import pytest

from trellis.communities import agenda_documents
from trellis.communities.agenda_documents import AgendaDocument, agenda_documents_register
from trellis.communities.tests.agenda import item_url, proposed_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents_source(monkeypatch):
    """A source that lists, for member viewers only, what `shown` holds per item id."""
    monkeypatch.setattr(agenda_documents, "_sources", {})
    shown: dict[int, list[AgendaDocument]] = {}
    asked: list[tuple[object, list[int]]] = []

    def source(*, viewer, item_ids):
        asked.append((viewer, list(item_ids)))
        if not viewer.is_authenticated:
            return {}
        return {item_id: shown[item_id] for item_id in item_ids if item_id in shown}

    agenda_documents_register(source)
    return shown, asked


def test_item_lists_its_documents_and_puts_them_on_the_timeline(client, world, documents_source):
    shown, asked = documents_source
    item = proposed_item(world)
    shown[item.pk] = [
        AgendaDocument(
            title="Бюджетное планирование: руководство",
            url="/library/documents/2/",
            kind="Guide",
            language="ru",
            when=datetime(2026, 3, 5, 9, tzinfo=UTC),
        ),
        AgendaDocument(
            title="Costing <checklist>",
            url="/library/documents/1/",
            kind="Tool or template",
            language="en",
            when=datetime(2026, 2, 1, 9, tzinfo=UTC),
        ),
    ]
    client.force_login(world.member)
    page = client.get(item_url(item)).content.decode()

    listed = page[page.index('id="documents-heading"') : page.index('id="timeline-heading"')]
    # Oldest first, the title escaped, each linked in its language.
    assert listed.index("Costing &lt;checklist&gt;") < listed.index("Бюджетное планирование")
    assert 'href="/library/documents/1/" lang="en"' in listed
    timeline = page[page.index('id="timeline-heading"') :]
    assert timeline.count("/library/documents/") == 2
    assert "Tool or template" in timeline
    assert asked[-1][1] == [item.pk]


def test_documents_come_only_from_what_the_source_lets_the_viewer_see(
    client, world, documents_source
):
    shown, _ = documents_source
    item = proposed_item(world)
    shown[item.pk] = [
        AgendaDocument(
            title="Members-only guide",
            url="/library/documents/3/",
            kind="Guide",
            language="en",
            when=datetime(2026, 3, 5, 9, tzinfo=UTC),
        )
    ]
    anonymous = client.get(item_url(item)).content.decode()
    assert "Members-only guide" not in anonymous
    assert "No document has come out of this item yet" in anonymous


def test_empty_state_in_russian(client, world, documents_source):
    item = proposed_item(world)
    client.force_login(world.member)
    page = client.get(item_url(item), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Документы по этому пункту" in page
