"""The visitors' home page shows the first communities; the list pages through all of them,
the viewer's own first. A network of many communities stays one screen and one page."""

import re

import pytest

from trellis.communities.models import Visibility
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.communities.views.community import HOME_COMMUNITIES
from trellis.core.pagination import DEFAULT_PAGE_SIZE

pytestmark = pytest.mark.django_db


def card_slugs(html: str) -> list[str]:
    """The communities whose cards a page shows (h2 on the list, h3 under the home's h2)."""
    return re.findall(r'<h[23]><a href="/communities/([\w-]+)/">', html)


@pytest.fixture
def many(world):
    """Enough public communities for two pages of the list; the member belongs to the last."""
    created = [
        CommunityFactory(code=f"Z{n:03d}", slug=f"z{n:03d}", visibility=Visibility.PUBLIC)
        for n in range(DEFAULT_PAGE_SIZE + 5)
    ]
    MembershipFactory(community=created[-1], person=world.member)
    return world


def test_the_home_page_shows_visitors_a_screenful(client, many):
    html = client.get("/").content.decode()
    assert len(card_slugs(html)) == HOME_COMMUNITIES
    assert 'href="/communities/">See all communities</a>' in html


def test_the_list_shows_the_viewers_own_communities_first(client, many):
    # (Signed in, the home page is the person's own: trellis/communities/tests/test_home_*.py.)
    client.force_login(many.member)
    html = client.get("/communities/").content.decode()
    slugs = card_slugs(html)
    # The member's three communities come first (by code), the others follow by code.
    assert slugs[:3] == ["private-cop", "public-cop", f"z{DEFAULT_PAGE_SIZE + 4:03d}"]
    assert "You are a member" in html


def test_a_visitor_sees_public_communities_and_no_badge(client, many):
    html = client.get("/").content.decode()
    slugs = card_slugs(html)
    assert slugs[0] == "public-cop"
    assert "private-cop" not in slugs
    assert "You are a member" not in html


def test_a_small_network_needs_no_link_to_the_rest(client, world):
    html = client.get("/").content.decode()
    assert card_slugs(html) == ["public-cop"]
    assert "See all communities" not in html


def test_the_list_pages_through_every_visible_community(client, many):
    client.force_login(many.member)
    first = client.get("/communities/").content.decode()
    second = client.get("/communities/?page=2").content.decode()
    total = DEFAULT_PAGE_SIZE + 5 + 2
    assert f"{total} communities" in first
    assert len(card_slugs(first)) == DEFAULT_PAGE_SIZE
    assert len(card_slugs(second)) == total - DEFAULT_PAGE_SIZE
    assert set(card_slugs(first)).isdisjoint(card_slugs(second))
    assert 'href="?page=2"' in first


def test_a_bad_page_number_shows_the_nearest_page(client, many):
    response = client.get("/communities/?page=oops")
    assert response.status_code == 200
    assert len(card_slugs(response.content.decode())) == DEFAULT_PAGE_SIZE
