"""Offering help with a peer assist through the API, as the peer assist's page does."""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.api.tests.client import error_of
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import PeerAssistOffer, PeerAssistStatus
from trellis.conversations.tests.factories import PeerAssistFactory
from trellis.notifications.models import Notification
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db

TOO_BIG = 2**63


def member_from(community, country):
    person = UserFactory(country=country)
    MembershipFactory(community=community, person=person)
    return person


def a_request(community, **fields):
    """A request by a member working in Slovenia (the world's people work in Albania)."""
    return PeerAssistFactory(community=community, requester=member_from(community, "SI"), **fields)


def offers_of(peer_assist):
    return f"/api/v1/peer-assists/{peer_assist.pk}/offers"


def refused(response, status, code):
    assert response.status_code == status, response.content
    assert error_of(response)["code"] == code


def test_a_peer_from_another_country_offers_help_and_the_requester_chooses_it(api, world):
    peer_assist = a_request(world.public)

    response = api.post(
        offers_of(peer_assist), {"message": "We did this in 2019."}, person=world.member
    )

    assert response.status_code == 201, response.content
    offers = response.json()["offers"]
    assert [(o["person"]["id"], o["message"], o["chosen"]) for o in offers] == [
        (world.member.pk, "We did this in 2019.", False)
    ]
    assert Contribution.objects.filter(
        kind=ContributionKind.PEER_ASSIST_OFFERED, person=world.member
    ).exists()
    assert Notification.objects.filter(recipient=peer_assist.requester).exists()
    chosen = api.patch(
        f"/api/v1/peer-assists/{peer_assist.pk}",
        {"chosen_offers": [offers[0]["id"]]},
        person=peer_assist.requester,
    )
    assert chosen.status_code == 200 and chosen.json()["status"] == PeerAssistStatus.MATCHED


def test_a_message_is_optional(api, world):
    response = api.post(offers_of(a_request(world.public)), {}, person=world.convener)
    assert response.status_code == 201
    assert response.json()["offers"][0]["message"] == ""


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_who_may_not_take_part_may_not_offer(api, world, role, status, code):
    peer_assist = a_request(world.public)
    refused(
        api.post(offers_of(peer_assist), {"message": "Me"}, person=world.person(role)), status, code
    )
    assert not PeerAssistOffer.objects.exists()


@pytest.mark.parametrize("role", ["outsider", "sponsor"])
def test_a_private_request_is_a_404_for_those_who_may_not_read_it(api, world, role):
    peer_assist = a_request(world.private)
    refused(api.post(offers_of(peer_assist), {}, person=world.person(role)), 404, "not_found")


def test_the_services_refusals_name_their_reason(api, world):
    own = PeerAssistFactory(community=world.public, requester=world.member)
    same_country = PeerAssistFactory(
        community=world.public, requester=member_from(world.public, "AL")
    )
    planned = a_request(world.public, status=PeerAssistStatus.SCHEDULED)
    cases = [
        (own, "You cannot offer help with your own request."),
        (same_country, "as the requester (Albania)"),
        (planned, "no longer looking for peers"),
    ]
    for peer_assist, reason in cases:
        response = api.post(offers_of(peer_assist), {}, person=world.member)
        assert response.status_code == 422
        assert reason in error_of(response)["fields"]["__all__"][0]
    twice = a_request(world.public)
    api.post(offers_of(twice), {}, person=world.member)
    response = api.post(offers_of(twice), {}, person=world.member)
    assert error_of(response)["fields"]["__all__"] == [
        "You have already offered to help with this peer assist."
    ]
    nowhere = member_from(world.public, "")
    response = api.post(offers_of(a_request(world.public)), {}, person=nowhere)
    assert "Add your country to your profile first" in error_of(response)["fields"]["__all__"][0]
    assert PeerAssistOffer.objects.count() == 1


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"message": None}, "This field cannot be null."),
        ({"message": "x" * 4001}, "Ensure this value has at most 4000 characters."),
        ({"message": "x" * 1_000_000}, None),
        ({"message": 12}, "Enter text."),
        ({"message": "a\x00b"}, None),
        ({"person": 1}, "This field is not known."),
    ],
)
def test_bad_input_is_a_4xx_and_offers_nothing(api, world, payload, message):
    response = api.post(offers_of(a_request(world.public)), payload, person=world.member)
    assert response.status_code in {413, 422}, response.content
    if message is not None:
        assert message in next(iter(error_of(response)["fields"].values()))
    assert not PeerAssistOffer.objects.exists()


@pytest.mark.parametrize("peer_assist_id", ["0", str(TOO_BIG), "x"])
def test_a_request_that_cannot_exist_is_a_422(api, world, peer_assist_id):
    response = api.post(f"/api/v1/peer-assists/{peer_assist_id}/offers", {}, person=world.member)
    refused(response, 422, "validation_error")
