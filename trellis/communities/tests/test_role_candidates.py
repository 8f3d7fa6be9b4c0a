"""The role form searches the people it may name instead of listing them all: a network of
ten thousand people cannot be a single drop-down list."""

import re

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Role, RoleAssignment
from trellis.communities.tests.factories import MembershipFactory
from trellis.communities.views.roles import CANDIDATES_SHOWN

pytestmark = pytest.mark.django_db


def offered(html: str) -> list[str]:
    select = re.search(r'<select name="person"[^>]*>(.*?)</select>', html, re.S).group(1)
    return list(re.findall(r"<option value=\"\d+\"[^>]*>([^<]+)</option>", select))


@pytest.fixture
def crowd(world):
    for n in range(CANDIDATES_SHOWN + 10):
        MembershipFactory(community=world.public, person=UserFactory(full_name=f"Crowd {n:03d}"))
    MembershipFactory(community=world.public, person=UserFactory(full_name="Zara Needle"))
    return world


def test_the_form_offers_a_screenful_and_the_search_finds_the_rest(client, crowd):
    client.force_login(crowd.convener)
    page = client.get("/communities/public-cop/roles/").content.decode()
    assert len(offered(page)) == CANDIDATES_SHOWN
    assert "Zara Needle" not in offered(page)

    found = client.get("/communities/public-cop/roles/?q=needle").content.decode()
    assert offered(found) == ["Zara Needle"]
    assert 'value="needle"' in found


def test_someone_not_on_the_first_screen_can_still_be_given_a_role(client, crowd):
    client.force_login(crowd.convener)
    zara = crowd.public.memberships.get(person__full_name="Zara Needle").person
    role = Role.objects.get(code="critical_friend")
    response = client.post(
        "/communities/public-cop/roles/", {"person": zara.pk, "role": role.pk}, follow=True
    )
    assert "The role has been assigned." in response.content.decode()
    assert RoleAssignment.objects.filter(person=zara, role=role, community=crowd.public).exists()


def test_a_form_with_errors_still_offers_the_person_chosen(client, crowd):
    client.force_login(crowd.convener)
    zara = crowd.public.memberships.get(person__full_name="Zara Needle").person
    response = client.post(
        "/communities/public-cop/roles/",
        {"person": zara.pk, "role": "", "starts_on": "2026-03-01", "ends_on": "2026-01-01"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Zara Needle" in offered(html)
    assert re.search(rf'<option value="{zara.pk}" selected>', html)


def test_people_outside_the_community_are_not_found(client, crowd):
    UserFactory(full_name="Outside Needle")
    client.force_login(crowd.convener)
    found = client.get("/communities/public-cop/roles/?q=needle").content.decode()
    assert offered(found) == ["Zara Needle"]
