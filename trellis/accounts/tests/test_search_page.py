"""The people page searches with the engine: expertise in another grammatical form, names in
both scripts and a name begun, and nobody a viewer may not see."""

import pytest
from django.urls import reverse

from trellis.accounts.models import ProfileVisibility
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.search.indexing import search_rebuild

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(world):
    topic = ExpertiseTopicFactory(
        slug="budgeting", name={"en": "Budget planning", "ru": "Бюджетное планирование"}
    )
    anna = UserFactory(
        full_name="Анна Петрова",
        full_name_latin="Anna Petrova",
        profile_visibility=ProfileVisibility.NETWORK,
    )
    anna.expertise.set([topic])
    circle = UserFactory(full_name="Ivan Circle", profile_visibility=ProfileVisibility.COMMUNITIES)
    circle.expertise.set([topic])
    MembershipFactory(community=world.private, person=circle)
    search_rebuild(kind="person")
    return {"anna": anna, "circle": circle}


def page(client, person, q):
    if person is not None:
        client.force_login(person)
    return client.get(reverse("accounts:directory"), {"q": q}).content.decode()


@pytest.mark.parametrize(
    ("role", "expected"), [("outsider", {"anna"}), ("member", {"anna", "circle"})]
)
def test_people_are_found_by_expertise_in_another_form(client, world, people, role, expected):
    shown = page(client, world.person(role), "бюджетного планирования")

    assert ("Анна Петрова" in shown) == ("anna" in expected)
    assert ("Ivan Circle" in shown) == ("circle" in expected)
    assert 'value="бюджетного планирования"' in shown


@pytest.mark.parametrize("q", ["Anna Petrova", "Петрова", "Ann"])
def test_names_are_found_in_both_scripts_and_when_begun(client, world, people, q):
    assert "Анна Петрова" in page(client, world.member, q)


def test_a_visitor_finds_no_one_who_shows_their_profile_to_the_network_only(client, world, people):
    shown = page(client, None, "Budget planning")

    assert "Анна Петрова" not in shown
    assert "Ivan Circle" not in shown
