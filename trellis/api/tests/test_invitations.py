"""Invitations through the API: conveners invite, list and revoke; the invited person reads the
invitation and accepts it with the token from their email.

Every response is checked against the OpenAPI document by the `api` fixture.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from trellis.api.tests.client import error_of
from trellis.communities import services
from trellis.communities.models import AuditEntry, Invitation, Membership, MembershipState
from trellis.communities.tests.factories import CommunityFactory

pytestmark = pytest.mark.django_db

INVITATIONS = "/api/v1/communities/{slug}/invitations"


def invite(world, community=None, email="invitee@example.org"):
    return services.invitation_create(
        actor=world.admin, community=community or world.public, email=email
    )


def test_a_convener_invites_by_email(api, world):
    response = api.post(
        INVITATIONS.format(slug="private-cop"),
        {"email": " New.Person@Example.org ", "message": "Join our treasury group"},
        person=world.convener,
    )

    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "new.person@example.org"
    assert body["open"] is True
    assert body["invited_by"]["id"] == world.convener.pk
    assert "token" not in body
    assert AuditEntry.objects.filter(action="invitation.created", community=world.private).exists()


@pytest.mark.parametrize(
    ("email", "field"),
    [
        ("not an email", "email"),
        ("", "email"),
        (None, "email"),
        ("a@" + "x" * 300 + ".org", "email"),
        ("member@example.org", "email"),
    ],
)
def test_an_invitation_needs_an_address_of_someone_not_yet_a_member(api, world, email, field):
    response = api.post(
        INVITATIONS.format(slug="public-cop"), {"email": email}, person=world.convener
    )
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == [field]
    assert not Invitation.objects.exists()


def test_a_message_too_long_is_refused(api, world):
    response = api.post(
        INVITATIONS.format(slug="public-cop"),
        {"email": "a@example.org", "message": "x" * 2001},
        person=world.convener,
    )
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == ["message"]


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_leaders_invite_and_see_invitations(api, world, role, status, code):
    invite(world)
    sent = api.post(
        INVITATIONS.format(slug="public-cop"), {"email": "a@example.org"}, person=world.person(role)
    )
    listed = api.get(INVITATIONS.format(slug="public-cop"), person=world.person(role))
    assert (sent.status_code, listed.status_code) == (status, status)
    assert error_of(sent)["code"] == error_of(listed)["code"] == code
    assert Invitation.objects.count() == 1


def test_the_list_shows_what_became_of_each_invitation(api, world):
    accepted = invite(world, email="first@example.org")
    services.invitation_accept(person=world.outsider, invitation=accepted)
    waiting = invite(world, email="second@example.org")

    response = api.get(INVITATIONS.format(slug="public-cop"), person=world.convener)

    items = {item["id"]: item for item in response.json()["items"]}
    assert items[accepted.pk]["accepted_by"]["id"] == world.outsider.pk
    assert items[accepted.pk]["open"] is False
    assert items[waiting.pk]["open"] is True
    assert all("token" not in item for item in items.values())


def test_revoking_closes_the_link(api, world):
    invitation = invite(world)
    path = f"{INVITATIONS.format(slug='public-cop')}/{invitation.pk}"

    revoked = api.delete(path, person=world.convener)
    again = api.delete(path, person=world.convener)
    accepted = api.post(f"/api/v1/invitations/{invitation.token}/accept", person=world.outsider)
    read = api.get(f"/api/v1/invitations/{invitation.token}", person=world.outsider)

    assert revoked.status_code == 200
    assert revoked.json()["open"] is False
    assert again.status_code == accepted.status_code == 409
    assert error_of(again)["code"] == error_of(accepted)["code"] == "invitation_closed"
    assert read.status_code == 404
    assert not Membership.objects.filter(person=world.outsider, community=world.public).exists()
    assert AuditEntry.objects.filter(action="invitation.revoked").count() == 1


def test_revoking_refuses_others_and_other_communities_invitations(api, world):
    invitation = invite(world)
    elsewhere = invite(world, community=CommunityFactory())

    member = api.delete(
        f"{INVITATIONS.format(slug='public-cop')}/{invitation.pk}", person=world.member
    )
    crossed = api.delete(
        f"{INVITATIONS.format(slug='public-cop')}/{elsewhere.pk}", person=world.convener
    )
    unknown = api.delete(
        f"{INVITATIONS.format(slug='public-cop')}/{elsewhere.pk + 100}", person=world.member
    )

    assert member.status_code == 403
    assert error_of(member)["code"] == "permission_denied"
    # A member learns nothing from an id: refused before it is looked up.
    assert unknown.status_code == 403
    assert crossed.status_code == 404
    assert Invitation.objects.filter(pk=elsewhere.pk).get().is_open


@pytest.mark.parametrize("invitation_id", ["0", str(2**63), "x"])
def test_invitation_ids_that_cannot_exist_are_refused(api, world, invitation_id):
    response = api.delete(
        f"{INVITATIONS.format(slug='public-cop')}/{invitation_id}", person=world.convener
    )
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == ["invitation_id"]


def test_whoever_holds_the_link_reads_the_invitation_even_to_a_private_community(api, world):
    invitation = services.invitation_create(
        actor=world.convener, community=world.private, email="x@example.org", message="Welcome"
    )
    response = api.get(f"/api/v1/invitations/{invitation.token}")
    assert response.status_code == 200
    body = response.json()
    assert body["community"] == "private-cop"
    assert body["community_name"]["en"] == "Community PRIV"
    assert (body["message"], body["open"]) == ("Welcome", True)


def test_accepting_makes_a_member_of_a_private_community(api, world):
    invitation = invite(world, community=world.private)

    response = api.post(f"/api/v1/invitations/{invitation.token}/accept", person=world.outsider)

    assert response.status_code == 200
    assert (response.json()["community"], response.json()["state"]) == ("private-cop", "active")
    assert api.get("/api/v1/communities/private-cop", person=world.outsider).status_code == 200
    # The link now shows only to the person who accepted it.
    mine = api.get(f"/api/v1/invitations/{invitation.token}", person=world.outsider)
    theirs = api.get(f"/api/v1/invitations/{invitation.token}", person=world.member)
    assert (mine.status_code, theirs.status_code) == (200, 404)


def test_accepting_needs_a_signed_in_person_and_an_open_invitation(api, world):
    invitation = invite(world)
    visitor = api.post(f"/api/v1/invitations/{invitation.token}/accept")
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(days=1)
    )
    expired = api.post(f"/api/v1/invitations/{invitation.token}/accept", person=world.outsider)

    assert visitor.status_code == 401
    assert error_of(visitor)["code"] == "not_authenticated"
    assert expired.status_code == 409
    assert error_of(expired)["code"] == "invitation_closed"
    assert not Membership.objects.filter(
        person=world.outsider, state=MembershipState.ACTIVE, community=world.public
    ).exists()


@pytest.mark.parametrize("token", ["no-such-token", "x" * 65, "a%00b", "a.b", "кириллица"])
def test_tokens_that_name_nothing_are_not_found(api, world, token):
    invite(world)
    for method, suffix in [("GET", ""), ("POST", "/accept")]:
        response = api.request(method, f"/api/v1/invitations/{token}{suffix}", person=world.member)
        assert response.status_code == 404, (method, token)
        assert error_of(response)["code"] == "not_found"
