"""The network and communities through the API, seen by every role."""

import pytest

from trellis.accounts.services import access_token_create
from trellis.api.tests.client import error_of
from trellis.communities.models import (
    Community,
    JoinPolicy,
    Membership,
    MembershipState,
    StageChange,
    Stakeholder,
)
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.conftest import ROLES
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db

MEMBERS_OF_PRIVATE = {"member", "convener", "sponsor", "admin"}


def new_community(**fields):
    return {
        "code": "tcop",
        "slug": "treasury",
        "name": {"en": "Treasury", "ru": "Казначейство"},
        "description": {"en": "Treasury practice"},
        "domain_type": "technical",
        "visibility": "public",
        "join_policy": "open",
        "value_proposition": {"why_care": {"en": "Cash matters", "ru": "Деньги важны"}},
        **fields,
    }


def test_anyone_reads_the_network(api, world):
    body = api.get("/api/v1/network").json()
    assert body["name"]["en"]
    assert body["working_languages"] == ["en", "ru"]


@pytest.mark.parametrize("role", ROLES)
def test_the_community_list_hides_private_communities_from_outsiders(api, world, role):
    response = api.get("/api/v1/communities", person=world.person(role))

    assert response.status_code == 200
    slugs = {item["slug"] for item in response.json()["items"]}
    expected = {"public-cop", "private-cop"} if role in MEMBERS_OF_PRIVATE else {"public-cop"}
    assert slugs == expected
    assert response.json()["count"] == len(expected)


def test_translated_fields_are_objects_and_choices_are_codes(api, world):
    body = api.get("/api/v1/communities/public-cop").json()

    assert body["name"] == {"en": "Community PUB", "ru": "Сообщество PUB"}
    assert body["value_proposition"]["why_care"]["ru"] == "Потому что это важно"
    assert body["visibility"] == "public"
    assert body["stage"] == "potential"
    assert body["member_count"] == 2
    assert body["membership"] is None


def test_the_community_shows_the_askers_membership(api, world):
    body = api.get("/api/v1/communities/public-cop", person=world.member).json()
    assert body["membership"] == "active"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "suffix"),
    [("GET", ""), ("PATCH", ""), ("GET", "/members"), ("POST", "/join"), ("POST", "/leave")],
)
def test_a_private_community_does_not_exist_for_outsiders(api, world, role, method, suffix):
    """Outsiders get the same answer as for an address nobody uses: 404, never 403."""
    body = {"description": {"en": "Hacked"}} if method == "PATCH" else None
    private = api.request(
        method, f"/api/v1/communities/private-cop{suffix}", body, person=world.person(role)
    )
    missing = api.request(
        method, f"/api/v1/communities/no-such-cop{suffix}", body, person=world.person(role)
    )

    assert missing.status_code == 404
    if role in MEMBERS_OF_PRIVATE:
        assert private.status_code != 404
    else:
        assert private.status_code == 404
        assert private.json() == missing.json()
    world.private.refresh_from_db()
    assert world.private.description != {"en": "Hacked"} or role in {"convener", "admin"}


def test_addresses_that_cannot_be_slugs_are_not_found(api, world):
    for slug in ["%00", "a" * 200, "кириллица", "x%20y"]:
        response = api.get(f"/api/v1/communities/{slug}")
        assert response.status_code == 404, slug


@pytest.mark.parametrize(
    ("role", "status"),
    [("visitor", 401), ("outsider", 403), ("member", 403), ("convener", 403), ("admin", 201)],
)
def test_only_network_admins_create_communities(api, world, role, status):
    response = api.post("/api/v1/communities", new_community(), person=world.person(role))

    assert response.status_code == status
    assert Community.objects.filter(slug="treasury").exists() == (status == 201)


def test_creating_a_community(api, world):
    body = api.post("/api/v1/communities", new_community(), person=world.admin).json()

    assert body["code"] == "TCOP"
    assert body["name"] == {"en": "Treasury", "ru": "Казначейство"}
    assert body["domain_type"] == "technical"
    assert body["member_count"] == 0
    community = Community.objects.get(slug="treasury")
    assert StageChange.objects.filter(community=community).count() == 1


def test_a_taken_code_is_a_field_error(api, world):
    response = api.post(
        "/api/v1/communities", new_community(code="PUB"), person=world.admin, language="ru"
    )

    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "validation_error"
    assert list(error["fields"]) == ["code"]
    assert "уже существует" in error["fields"]["code"][0]


@pytest.mark.parametrize(
    ("role", "status"),
    [("visitor", 401), ("outsider", 403), ("member", 403), ("sponsor", 403), ("convener", 200)],
)
def test_conveners_and_admins_edit_a_public_community(api, world, role, status):
    response = api.patch(
        "/api/v1/communities/public-cop",
        {"description": {"en": "New", "ru": "Новое"}},
        person=world.person(role),
    )

    assert response.status_code == status
    world.public.refresh_from_db()
    assert (world.public.description == {"en": "New", "ru": "Новое"}) == (status == 200)


def test_editing_changes_only_what_is_sent_and_keeps_the_stage_history(api, world):
    response = api.patch(
        "/api/v1/communities/public-cop",
        {
            "stage": "coalescing",
            "stage_note": {"en": "We meet monthly now", "ru": "Встречаемся ежемесячно"},
        },
        person=world.convener,
    )

    assert response.status_code == 200
    assert response.json()["stage"] == "coalescing"
    assert response.json()["name"] == {"en": "Community PUB", "ru": "Сообщество PUB"}
    change = StageChange.objects.get(community=world.public)
    assert (change.stage, change.note) == (
        "coalescing",
        {"en": "We meet monthly now", "ru": "Встречаемся ежемесячно"},
    )


@pytest.mark.parametrize(
    "body",
    [
        {"stage": "flourishing"},
        {"visibility": ""},
        {"name": {"fr": "Trésor"}},
        {"name": {"en": "x" * 201}},
        {"value_proposition": {"why_not": {"en": "Because"}}},
        {"value_proposition": {"why_care": {"xx": "Because"}}},
        {"code": "NEW"},
        {"name": "not an object"},
        {"name": None},
    ],
)
def test_invalid_edits_are_field_errors(api, world, body):
    response = api.patch("/api/v1/communities/public-cop", body, person=world.convener)

    assert response.status_code == 422
    assert error_of(response)["fields"]
    world.public.refresh_from_db()
    assert world.public.stage == "potential"
    assert world.public.name == {"en": "Community PUB", "ru": "Сообщество PUB"}


@pytest.mark.parametrize(
    ("role", "status"),
    [("visitor", 401), ("outsider", 200), ("member", 200), ("convener", 200), ("admin", 200)],
)
def test_signed_in_people_see_who_belongs_to_a_public_community(api, world, role, status):
    response = api.get("/api/v1/communities/public-cop/members", person=world.person(role))
    assert response.status_code == status


def test_the_member_list_is_paginated(api, world):
    for _ in range(5):
        MembershipFactory(community=world.public)

    first = api.get(
        "/api/v1/communities/public-cop/members?page_size=3", person=world.member
    ).json()
    second = api.get(
        "/api/v1/communities/public-cop/members?page_size=3&page=2", person=world.member
    ).json()

    assert first["count"] == second["count"] == 7
    assert len(first["items"]) == 3 and len(second["items"]) == 3
    ids = {item["person"]["id"] for item in first["items"] + second["items"]}
    assert len(ids) == 6
    assert set(first["items"][0]) == {"id", "person", "declared_level", "joined_at"}


def test_listing_runs_a_fixed_number_of_queries(api, world, django_assert_max_num_queries):
    for _n in range(20):
        community = CommunityFactory()
        MembershipFactory(community=community, person=world.member)
        MembershipFactory(community=world.public)
    _token, raw = access_token_create(person=world.member, name="test")
    with django_assert_max_num_queries(8):
        response = api.get("/api/v1/communities?page_size=30", token=raw)
    assert len(response.json()["items"]) == 22
    assert {item["slug"] for item in response.json()["items"]} == set(
        Community.objects.values_list("slug", flat=True)
    )
    with django_assert_max_num_queries(8):
        response = api.get("/api/v1/communities/public-cop/members", token=raw)
    assert response.json()["count"] == 22
    members = world.public.memberships.values_list("person_id", flat=True)
    assert response.json()["items"] and {
        item["person"]["id"] for item in response.json()["items"]
    } <= set(members)


def test_joining_an_open_community_and_leaving_it(api, world):
    open_cop = CommunityFactory(slug="open-cop", join_policy=JoinPolicy.OPEN)

    joined = api.post("/api/v1/communities/open-cop/join", person=world.outsider)
    left = api.post("/api/v1/communities/open-cop/leave", person=world.outsider)

    assert joined.status_code == 200
    assert joined.json()["state"] == "active"
    assert joined.json()["community"] == "open-cop"
    assert left.status_code == 200
    assert left.json()["state"] == "left"
    membership = Membership.objects.get(community=open_cop, person=world.outsider)
    assert list(membership.events.values_list("kind", flat=True)) == ["joined", "left"]
    assert Contribution.objects.filter(person=world.outsider).count() == 2


def test_asking_to_join_a_community_that_approves_members(api, world):
    response = api.post(
        "/api/v1/communities/public-cop/join",
        {"message": "I work on budgets"},
        person=world.outsider,
    )

    assert response.status_code == 200
    assert response.json()["state"] == "pending"
    membership = Membership.objects.get(community=world.public, person=world.outsider)
    assert membership.request_message == "I work on budgets"


def test_joining_twice_or_leaving_without_joining_is_refused(api, world):
    assert api.post("/api/v1/communities/public-cop/join", person=world.member).status_code == 403
    assert (
        api.post("/api/v1/communities/public-cop/leave", person=world.outsider).status_code == 403
    )
    assert api.post("/api/v1/communities/public-cop/join").status_code == 401


def test_members_of_a_private_community_cannot_join_it_again_but_can_leave(api, world):
    assert api.post("/api/v1/communities/private-cop/join", person=world.member).status_code == 403
    response = api.post("/api/v1/communities/private-cop/leave", person=world.member)
    assert response.status_code == 200
    assert Membership.objects.get(person=world.member, community=world.private).state == (
        MembershipState.LEFT
    )


def test_one_community_shows_its_sponsors_stage_history_and_role_holders(api, world):
    from trellis.communities.services import stakeholder_add

    stakeholder_add(
        actor=world.convener,
        community=world.public,
        kind="sponsor",
        name="State Secretariat for Economic Affairs",
        interest={"en": "Fiscal reform", "ru": "Бюджетная реформа"},
    )
    body = api.get(f"/api/v1/communities/{world.public.slug}").json()
    assert body["stakeholders"] == [
        {
            "id": Stakeholder.objects.get().pk,
            "kind": "sponsor",
            "name": "State Secretariat for Economic Affairs",
            "interest": {"en": "Fiscal reform", "ru": "Бюджетная реформа"},
        }
    ]
    assert {(role["role"], role["person_id"]) for role in body["roles"]} >= {
        ("convener", world.convener.pk),
        ("sponsor", world.sponsor.pk),
    }
    assert isinstance(body["stage_history"], list)
