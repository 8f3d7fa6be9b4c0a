"""Peer assists through the API: requesting and moving one forward with PATCH."""

from datetime import timedelta

import pytest
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import Activity
from trellis.api.tests.client import error_of
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import PeerAssist, PeerAssistStatus
from trellis.conversations.services import peer_assists as services
from trellis.conversations.tests.factories import PeerAssistFactory

pytestmark = pytest.mark.django_db


def test_a_request_goes_from_requested_to_closed(api, world):
    created = api.post(
        "/api/v1/peer-assists",
        {
            "community": world.public.slug,
            "title": "Accrual accounting",
            "problem": "Where to begin?",
            "languages": ["ru"],
            "preferred_start": "2027-01-10",
        },
        person=world.member,
    )
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["status"] == "requested"
    peer_assist_id = body["id"]
    helper = UserFactory(country="MD")
    MembershipFactory(community=world.public, person=helper)
    offer = services.peer_assist_offer(
        actor=helper, peer_assist=PeerAssist.objects.get(pk=peer_assist_id), message="IPSAS"
    )
    path = f"/api/v1/peer-assists/{peer_assist_id}"
    matched = api.patch(path, {"chosen_offers": [offer.pk]}, person=world.member)
    assert matched.status_code == 200, matched.json()
    assert matched.json()["status"] == "matched"
    assert matched.json()["offers"][0]["chosen"] is True

    out_of_order = api.patch(path, {"status": "held", "outcome": "x"}, person=world.member)
    assert out_of_order.status_code == 422
    assert "Schedule the session" in error_of(out_of_order)["fields"]["status"][0]

    starts = timezone.now() - timedelta(hours=3)
    scheduled = api.patch(
        path,
        {
            "status": "scheduled",
            "session": {
                "starts_at": starts.isoformat(),
                "ends_at": (starts + timedelta(hours=2)).isoformat(),
                "timezone": "Europe/Chisinau",
            },
        },
        person=world.convener,
    )
    assert scheduled.status_code == 200, scheduled.json()
    activity = Activity.objects.get(pk=scheduled.json()["activity_id"])
    assert activity.activity_type.slug == "peer-assistance"

    held = api.patch(path, {"status": "held", "outcome": "A plan."}, person=world.member)
    assert held.json()["status"] == "held"
    closed = api.patch(path, {"status": "closed"}, person=world.member)
    assert closed.json()["status"] == "closed"
    backwards = api.patch(path, {"status": "requested"}, person=world.member)
    assert backwards.status_code == 422


def test_only_the_requester_and_conveners_move_a_request(api, world):
    peer_assist = PeerAssistFactory(community=world.public, requester=world.convener)
    response = api.patch(
        f"/api/v1/peer-assists/{peer_assist.pk}", {"status": "closed"}, person=world.member
    )
    assert response.status_code == 403


def test_the_list_filters_by_community_and_status_and_hides_private_ones(api, world):
    PeerAssistFactory(community=world.public, title="Open")
    PeerAssistFactory(community=world.public, title="Done", status=PeerAssistStatus.CLOSED)
    PeerAssistFactory(community=world.private, title="Secret")
    titles = [
        item["title"]
        for item in api.get(
            f"/api/v1/peer-assists?community={world.public.slug}&status=closed",
            person=world.member,
        ).json()["items"]
    ]
    assert titles == ["Done"]
    sponsor_titles = {
        item["title"]
        for item in api.get("/api/v1/peer-assists", person=world.sponsor).json()["items"]
    }
    assert sponsor_titles == {"Open", "Done"}
    assert api.get("/api/v1/peer-assists?status=nonsense").status_code == 422
