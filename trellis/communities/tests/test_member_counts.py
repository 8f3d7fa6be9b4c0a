"""Member counts are the same for everyone who may see a community, on every page and the API.

A count once multiplied by the viewer's own memberships (157 became 26,533 for a signed-in
member), so each page is read as every role, with members in several states.
"""

import re

import pytest

from trellis.api.tests.client import ApiClient
from trellis.communities.models import MembershipState
from trellis.communities.tests.factories import MembershipFactory
from trellis.conftest import ROLES

pytestmark = pytest.mark.django_db

SEES_PRIVATE = {"member", "convener", "sponsor", "admin"}


@pytest.fixture
def counted(world):
    """Public: member, convener and four more active (6); private: member, convener, sponsor
    and one more (4). Pending and former members are not counted."""
    for _ in range(4):
        MembershipFactory(community=world.public)
    MembershipFactory(community=world.private)
    MembershipFactory(community=world.public, state=MembershipState.PENDING)
    MembershipFactory(community=world.public, state=MembershipState.LEFT)
    MembershipFactory(community=world.private, state=MembershipState.LEFT)
    # Viewers belonging to both communities would multiply a count joined through memberships.
    MembershipFactory(community=world.private, person=world.sponsor)
    return world


EXPECTED = {"public-cop": "6 members", "private-cop": "4 members"}


def card_counts(html: str) -> dict[str, str]:
    """The count each community card shows, by the slug its title links to."""
    counts = {}
    for card in html.split('<article class="card">')[1:]:
        slug = re.search(r'href="/communities/([\w-]+)/"', card).group(1)
        counts[slug] = re.search(r"(\d+ members?)", card).group(1)
    return counts


@pytest.mark.parametrize("role", ROLES)
def test_every_role_sees_the_true_counts_in_lists(client, counted, role):
    person = counted.person(role)
    if person is not None:
        client.force_login(person)

    counts = card_counts(client.get("/communities/").content.decode())

    expected = dict(EXPECTED) if role in SEES_PRIVATE else {"public-cop": EXPECTED["public-cop"]}
    assert counts == expected


def test_visitors_see_the_true_counts_on_the_home_page(client, counted):
    # Signed in, the home page is the person's own and shows no cards.
    assert card_counts(client.get("/").content.decode()) == {"public-cop": EXPECTED["public-cop"]}


@pytest.mark.parametrize("role", ROLES)
def test_every_role_sees_the_true_count_on_the_community_page(client, counted, role):
    person = counted.person(role)
    if person is not None:
        client.force_login(person)

    html = client.get("/communities/public-cop/").content.decode()

    assert re.search(r'class="muted member-count">\s*6 members\s*<', html)


@pytest.mark.parametrize("role", ROLES)
def test_every_role_reads_the_true_counts_in_the_api(counted, role):
    api, person = ApiClient(), counted.person(role)

    listed = api.get("/api/v1/communities", person=person).json()["items"]
    detail = api.get("/api/v1/communities/public-cop", person=person).json()

    counts = {item["slug"]: item["member_count"] for item in listed}
    expected = {"public-cop": 6, "private-cop": 4} if role in SEES_PRIVATE else {"public-cop": 6}
    assert counts == expected
    assert detail["member_count"] == 6


def test_a_person_page_lists_their_communities_once_each(client, counted):
    client.force_login(counted.member)

    html = client.get(f"/people/{counted.convener.pk}/").content.decode()

    assert html.count('href="/communities/public-cop/"') == 1
    assert html.count('href="/communities/private-cop/"') == 1
