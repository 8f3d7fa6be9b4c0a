"""Peer assist pages: the whole path from request to closing, and bounded list queries."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import PeerAssist, PeerAssistOffer, PeerAssistStatus
from trellis.conversations.tests.factories import PeerAssistFactory

pytestmark = pytest.mark.django_db


def url(name, peer_assist):
    return reverse(f"conversations:{name}", args=[peer_assist.community.slug, peer_assist.pk])


def test_from_request_to_closing_through_the_pages(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("conversations:peer_assist_create", args=[world.public.slug]),
        {
            "title": "Commitment controls",
            "problem": "Arrears keep growing.",
            "context": "",
            "languages": ["en", "ru"],
            "preferred_start": "2027-03-01",
            "preferred_end": "2027-03-31",
        },
    )
    peer_assist = PeerAssist.objects.get()
    assert response["Location"] == url("peer_assist_detail", peer_assist)

    helper = UserFactory(full_name="Helper Person", country="SI")
    MembershipFactory(community=world.public, person=helper)
    client.force_login(helper)
    page = client.get(url("peer_assist_detail", peer_assist)).content.decode()
    assert "Offer to help" in page
    client.post(url("peer_assist_offer", peer_assist), {"message": "We cut arrears by half."})
    offer = PeerAssistOffer.objects.get()

    client.force_login(world.member)
    page = client.get(url("peer_assist_detail", peer_assist)).content.decode()
    assert "We cut arrears by half." in page
    client.post(url("peer_assist_choose", peer_assist), {"offers": [offer.pk]})
    peer_assist.refresh_from_db()
    assert peer_assist.status == PeerAssistStatus.MATCHED

    client.force_login(world.convener)
    starts = timezone.localtime(timezone.now() - timedelta(days=1))
    response = client.post(
        url("peer_assist_schedule", peer_assist),
        {
            "timezone": "Europe/Ljubljana",
            "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (starts + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "mode": "online",
            "online_url": "https://meet.example.org/arrears",
        },
    )
    assert response.status_code == 302, response.content.decode()
    peer_assist.refresh_from_db()
    assert peer_assist.status == PeerAssistStatus.SCHEDULED
    page = client.get(url("peer_assist_detail", peer_assist)).content.decode()
    assert reverse("activities:detail", args=[peer_assist.activity_id]) in page

    client.force_login(world.member)
    client.post(url("peer_assist_outcome", peer_assist), {"outcome": "A **new** rule."})
    client.post(url("peer_assist_close", peer_assist))
    peer_assist.refresh_from_db()
    assert peer_assist.status == PeerAssistStatus.CLOSED
    assert (
        "<strong>new</strong>"
        in client.get(url("peer_assist_detail", peer_assist)).content.decode()
    )


def test_a_colleague_from_the_same_country_is_told_why_they_cannot_volunteer(client, world):
    peer_assist = PeerAssistFactory(community=world.public, requester=world.member)
    client.force_login(world.convener)
    page = client.get(url("peer_assist_detail", peer_assist)).content.decode()
    assert "You work in the same country" in page
    response = client.post(url("peer_assist_offer", peer_assist), {"message": "Let me"})
    assert "same country as the requester" in response.content.decode()
    assert not PeerAssistOffer.objects.exists()


def test_a_step_out_of_order_is_explained(client, world):
    peer_assist = PeerAssistFactory(community=world.public, requester=world.member)
    client.force_login(world.member)
    response = client.post(url("peer_assist_close", peer_assist), follow=True)
    assert "Mark the session as held" in response.content.decode()


def test_the_list_filters_by_status(client, world):
    PeerAssistFactory(community=world.public, title="Waiting one")
    PeerAssistFactory(community=world.public, title="Done one", status=PeerAssistStatus.CLOSED)
    response = client.get(
        reverse("conversations:peer_assist_list", args=[world.public.slug]) + "?status=closed"
    )
    page = response.content.decode()
    assert "Done one" in page
    assert "Waiting one" not in page


@pytest.mark.parametrize("count", [2, 25])
def test_the_list_runs_a_fixed_number_of_queries(
    client, world, count, django_assert_max_num_queries
):
    for number in range(count):
        peer_assist = PeerAssistFactory(community=world.public, title=f"Peer assist {number}.")
        PeerAssistOffer.objects.create(
            peer_assist=peer_assist,
            person=UserFactory(email=f"helper{number}@example.org", country="SI"),
            chosen=True,
        )
    client.force_login(world.member)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("conversations:peer_assist_list", args=[world.public.slug]))
    page = response.content.decode()
    assert page.count('class="calendar-entry"') == count
    assert all(f"Peer assist {number}." in page for number in range(count))
