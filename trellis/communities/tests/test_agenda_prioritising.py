"""Agenda setters and conveners prioritise: priority, status with its history, owner, period."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from trellis.communities import services
from trellis.communities.models import AgendaStatus, AuditEntry
from trellis.communities.tests.agenda import agenda_setter_of, item_url, proposed_item

pytestmark = pytest.mark.django_db


def prioritise(client, item, **fields):
    data = {"priority": "1", "status": "prioritised", "status_note_en": "Asked by most countries"}
    data.update(fields)
    return client.post(item_url(item, "prioritise"), data)


def test_a_member_cannot_prioritise(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    assert prioritise(client, item).status_code == 403
    item.refresh_from_db()
    assert item.priority is None and item.status == AgendaStatus.PROPOSED
    assert "Prioritise" not in client.get(item_url(item)).content.decode()


@pytest.mark.parametrize("who", ["agenda_setter", "convener"])
def test_agenda_setters_and_conveners_prioritise_with_history_and_audit(client, world, who):
    item = proposed_item(world)
    leader = agenda_setter_of(world.public) if who == "agenda_setter" else world.convener
    client.force_login(leader)
    response = prioritise(
        client,
        item,
        owner=str(leader.pk),
        target_start="2026-02-01",
        target_end="2026-03-01",
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.priority == 1
    assert item.status == AgendaStatus.PRIORITISED
    assert item.owner == leader
    assert str(item.target_start) == "2026-02-01"
    history = list(item.status_changes.values_list("status", "note", "changed_by"))
    assert history == [
        ("proposed", {}, world.member.pk),
        ("prioritised", {"en": "Asked by most countries"}, leader.pk),
    ]
    audit = AuditEntry.objects.get(community=world.public, action="agenda.prioritised")
    assert audit.actor == leader
    assert audit.changes["status"] == ["proposed", "prioritised"]
    assert audit.changes["priority"] == [None, 1]
    page = client.get(item_url(item)).content.decode()
    assert "Asked by most countries" in page
    assert "Agenda setter in charge" in page


def test_saving_without_a_status_change_adds_no_history(client, world):
    item = proposed_item(world)
    client.force_login(world.convener)
    prioritise(client, item, status="proposed", status_note_en="")
    assert item.status_changes.count() == 1
    item.refresh_from_db()
    assert item.priority == 1


def test_bad_prioritising_input_is_refused_with_messages(client, world):
    item = proposed_item(world)
    client.force_login(world.convener)
    response = prioritise(
        client,
        item,
        priority="7",
        owner=str(world.outsider.pk),
        target_start="2026-05-01",
        target_end="2026-01-01",
        status_note_en="A note I typed",
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice." in content
    assert "The end of the target period must not be before its start." in content
    assert "A note I typed" in content
    item.refresh_from_db()
    assert item.status == AgendaStatus.PROPOSED and item.priority is None
    assert not AuditEntry.objects.filter(action="agenda.prioritised").exists()


def test_the_owner_must_belong_to_the_community(world):
    item = proposed_item(world)
    with pytest.raises(ValidationError, match="agenda setter, a convener or a member"):
        services.agenda_item_update(actor=world.convener, item=item, owner=world.outsider)


def test_an_owner_who_left_stays_owner_when_leaders_change_something_else(client, world):
    item = proposed_item(world)
    owner = agenda_setter_of(world.public)
    services.agenda_item_update(actor=world.convener, item=item, owner=owner)
    owner.memberships.update(state="left")
    owner.role_assignments.update(
        starts_on=timezone.localdate() - timedelta(days=10),
        ends_on=timezone.localdate() - timedelta(days=1),
    )
    client.force_login(world.convener)
    response = prioritise(client, item, owner=str(owner.pk), priority="2")
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.owner == owner and item.priority == 2
