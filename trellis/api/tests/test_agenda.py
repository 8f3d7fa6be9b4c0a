"""The learning agenda through the API: listing, proposing, editing, prioritising, voting.

Every response is checked against the OpenAPI document by the `api` fixture.
"""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.tests.factories import ActivityFactory
from trellis.api.tests.client import error_of
from trellis.communities import services
from trellis.communities.models import AgendaItem, AgendaVote, AuditEntry, Role
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def agenda_path(community):
    return f"/api/v1/communities/{community.slug}/agenda"


def item_path(item, suffix=""):
    return f"/api/v1/agenda/{item.pk}{suffix}"


def proposed_item(world, community=None, title="How do we link budgets to results?"):
    return services.agenda_item_propose(
        person=world.member, community=community or world.public, title=title, language="en"
    )


def test_member_proposes_through_the_api(api, world):
    response = api.post(
        agenda_path(world.public),
        {
            "title": "Should we benchmark arrears?",
            "description": "Across *all* countries",
            "language": "ru",
            "target_start": "2026-01-01",
            "target_end": "2026-12-31",
        },
        person=world.member,
    )
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "proposed"
    assert body["priority"] is None
    assert body["proposer"]["id"] == world.member.pk
    assert body["community"] == "public-cop"
    assert body["language"] == "ru"
    assert body["vote_count"] == 0 and body["voted"] is False
    assert [change["status"] for change in body["status_history"]] == ["proposed"]
    assert Contribution.objects.filter(
        kind=ContributionKind.AGENDA_PROPOSED, target_id=body["id"]
    ).exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"title": "   ", "language": "en"}, "title"),
        ({"title": "x" * 301, "language": "en"}, "title"),
        ({"title": "Fine", "language": "xx"}, "language"),
        ({"title": "Fine"}, "language"),
        (
            {
                "title": "Fine",
                "language": "en",
                "target_start": "2026-05-01",
                "target_end": "2026-01-01",
            },
            "target_end",
        ),
        ({"title": "Fine", "language": "en", "target_start": "soon"}, "target_start"),
        ({"title": "Fine", "language": "en", "priority": 1}, "priority"),
    ],
)
def test_bad_proposals_are_a_422_naming_the_field(api, world, payload, field):
    response = api.post(agenda_path(world.public), payload, person=world.member)
    assert response.status_code == 422
    assert field in error_of(response)["fields"]
    assert not AgendaItem.objects.exists()


def test_outsiders_cannot_propose_and_visitors_must_sign_in(api, world):
    payload = {"title": "Mine", "language": "en"}
    assert api.post(agenda_path(world.public), payload).status_code == 401
    assert api.post(agenda_path(world.public), payload, person=world.outsider).status_code == 403
    assert not AgendaItem.objects.exists()


def test_the_list_has_vote_counts_and_the_askers_vote_in_priority_order(api, world):
    first = proposed_item(world, title="First")
    second = proposed_item(world, title="Second")
    services.agenda_item_update(actor=world.convener, item=second, priority=1)
    services.agenda_vote_cast(person=world.member, item=first)
    services.agenda_vote_cast(person=world.convener, item=first)
    activity = ActivityFactory(
        communities=[world.public],
        status="held",
        summary={"en": "Done"},
        outputs={"en": "A note", "ru": "Заметка"},
    )
    activity.agenda_items.add(first)

    body = api.get(agenda_path(world.public), person=world.member).json()
    assert body["count"] == 2
    assert [item["title"] for item in body["items"]] == ["Second", "First"]
    listed = body["items"][1]
    assert listed["vote_count"] == 2
    assert listed["voted"] is True
    assert listed["activities"][0]["id"] == activity.pk
    assert listed["activities"][0]["outputs"] == {"en": "A note", "ru": "Заметка"}
    assert listed["activities"][0]["summary"] == {"en": "Done"}
    assert body["items"][0]["voted"] is False

    as_visitor = api.get(agenda_path(world.public)).json()
    assert [item["voted"] for item in as_visitor["items"]] == [False, False]

    filtered = api.get(agenda_path(world.public), person=world.member)
    assert filtered.status_code == 200
    assert api.get(agenda_path(world.public) + "?status=nonsense").status_code == 422


def test_the_list_filters_by_status(api, world):
    proposed_item(world, title="Waiting")
    active = proposed_item(world, title="Moving")
    services.agenda_item_update(actor=world.convener, item=active, status="active")
    body = api.get(agenda_path(world.public) + "?status=active").json()
    assert [item["title"] for item in body["items"]] == ["Moving"]


def test_voting_is_idempotent_and_withdrawable(api, world):
    item = proposed_item(world)
    for _ in range(2):
        response = api.post(item_path(item, "/vote"), person=world.member)
        assert response.status_code == 200
        assert response.json() == {"item": item.pk, "vote_count": 1, "voted": True}
    assert Contribution.objects.filter(kind=ContributionKind.AGENDA_VOTED).count() == 1
    assert api.get(item_path(item), person=world.member).json()["voted"] is True

    for _ in range(2):
        response = api.delete(item_path(item, "/vote"), person=world.member)
        assert response.status_code == 200
        assert response.json() == {"item": item.pk, "vote_count": 0, "voted": False}
    assert not AgendaVote.objects.exists()
    assert not Contribution.objects.standing().filter(kind=ContributionKind.AGENDA_VOTED).exists()


def test_only_members_vote_and_visitors_get_401(api, world):
    item = proposed_item(world)
    assert api.post(item_path(item, "/vote")).status_code == 401
    assert api.post(item_path(item, "/vote"), person=world.outsider).status_code == 403
    assert api.post(item_path(item, "/vote"), person=world.sponsor).status_code == 403
    assert not AgendaVote.objects.exists()


def test_the_proposer_edits_text_while_proposed_only(api, world):
    item = proposed_item(world)
    response = api.patch(
        item_path(item),
        {"title": "Budgets and outcomes?", "description": "More"},
        person=world.member,
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Budgets and outcomes?"

    refused = api.patch(item_path(item), {"priority": 1}, person=world.member)
    assert refused.status_code == 403

    services.agenda_item_update(actor=world.convener, item=item, status="prioritised")
    late = api.patch(item_path(item), {"title": "Too late"}, person=world.member)
    assert late.status_code == 403
    item.refresh_from_db()
    assert item.title == "Budgets and outcomes?"


def test_another_member_cannot_edit(api, world):
    item = proposed_item(world)
    other = UserFactory()
    MembershipFactory(community=world.public, person=other)
    assert api.patch(item_path(item), {"title": "Mine now"}, person=other).status_code == 403


@pytest.mark.parametrize("who", ["agenda_setter", "convener", "admin"])
def test_leaders_prioritise_with_history_and_audit(api, world, who):
    item = proposed_item(world)
    if who == "agenda_setter":
        leader = UserFactory()
        MembershipFactory(community=world.public, person=leader)
        RoleAssignmentFactory(
            community=world.public, person=leader, role=Role.objects.get(code="agenda_setter")
        )
    else:
        leader = world.person(who)
    response = api.patch(
        item_path(item),
        {
            "priority": 2,
            "status": "active",
            "status_note": {"en": "A working group started", "ru": "Начала работу группа"},
            "owner": world.member.pk,
            "target_start": "2026-01-01",
            "target_end": "2026-03-31",
        },
        person=leader,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["priority"] == 2
    assert body["status"] == "active"
    assert body["owner"] == {"id": world.member.pk, "full_name": world.member.full_name}
    assert body["target_end"] == "2026-03-31"
    assert [(c["status"], c["note"]) for c in body["status_history"]] == [
        ("proposed", {}),
        ("active", {"en": "A working group started", "ru": "Начала работу группа"}),
    ]
    assert body["status_history"][1]["changed_by"]["id"] == leader.pk
    entry = AuditEntry.objects.get(action="agenda.prioritised")
    assert entry.actor == leader
    assert entry.changes["owner"] == [None, world.member.pk]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"priority": 4}, "priority"),
        ({"status": "done"}, "status"),
        ({"status": None}, "status"),
        ({"owner": 10**9}, "owner"),
        ({"owner": 10**30}, "owner"),
        ({"target_start": "2026-05-01", "target_end": "2026-01-01"}, "target_end"),
        ({"title": ""}, "title"),
        ({"unknown": 1}, "unknown"),
        ({"status_note": {"en": "x" * 2001}}, "status_note.en"),
        ({"status_note": {"de": "Notiz"}}, "status_note.de.[key]"),
        ({"status_note": "One language only"}, "status_note"),
    ],
)
def test_bad_updates_are_a_422(api, world, payload, field):
    item = proposed_item(world)
    response = api.patch(item_path(item), payload, person=world.convener)
    assert response.status_code == 422, response.json()
    assert field in error_of(response)["fields"]
    item.refresh_from_db()
    assert item.status == "proposed" and item.priority is None


def test_an_owner_from_outside_the_community_is_refused(api, world):
    item = proposed_item(world)
    response = api.patch(item_path(item), {"owner": world.outsider.pk}, person=world.convener)
    assert response.status_code == 422
    assert "owner" in error_of(response)["fields"]


def test_private_agenda_is_a_404_for_outsiders_everywhere(api, world):
    item = proposed_item(world, community=world.private)
    for person in (None, world.outsider):
        calls = [
            api.get(agenda_path(world.private), person=person),
            api.post(agenda_path(world.private), {"title": "x", "language": "en"}, person=person),
            api.get(item_path(item), person=person),
            api.patch(item_path(item), {"title": "x"}, person=person),
            api.post(item_path(item, "/vote"), person=person),
            api.delete(item_path(item, "/vote"), person=person),
        ]
        assert [call.status_code for call in calls] == [404] * 6
        assert error_of(calls[2])["code"] == "not_found"
    assert api.get(item_path(item), person=world.member).status_code == 200
    assert api.get("/api/v1/agenda/999999").status_code == 404
    assert api.get("/api/v1/agenda/99999999999999999999999").status_code in {404, 422}


def test_a_note_alone_is_kept_in_the_history_of_the_current_status(api, world):
    item = proposed_item(world)
    response = api.patch(
        item_path(item), {"status_note": {"en": "Discussed at the plenary"}}, person=world.convener
    )
    assert response.status_code == 200
    history = response.json()["status_history"]
    assert [(c["status"], c["note"]) for c in history] == [
        ("proposed", {}),
        ("proposed", {"en": "Discussed at the plenary"}),
    ]
    assert (
        api.patch(item_path(item), {"status_note": {"en": "x"}}, person=world.member).status_code
        == 403
    )


def test_an_item_number_that_is_not_a_number_is_a_422(api, world):
    response = api.get("/api/v1/agenda/first")
    assert response.status_code == 422
    assert "item_id" in error_of(response)["fields"]
