"""Garbage in the query string of every participation page, download and endpoint gives a
page or an error body, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

GARBAGE = [
    "from=2026-13&to=x&period=year",
    "from=%00&to=9999-99&page=99999999999999999999",
    "page=abc&level=nonsense&declared=%FF&q=" + "x" * 300,
    "format=pdf&table=levels",
    "format=csv&table=nothing",
]


def urls(slug):
    return [
        f"/communities/{slug}/participation/",
        f"/communities/{slug}/participation/members/",
        f"/communities/{slug}/participation/rules/",
        f"/communities/{slug}/participation/movement/",
        f"/communities/{slug}/participation/movement/levels.csv",
        f"/communities/{slug}/participation/movement/people.xlsx",
        f"/communities/{slug}/participation/movement/silent.csv",
        f"/communities/{slug}/participation/network/",
        f"/communities/{slug}/participation/network/over-time.csv",
        f"/communities/{slug}/participation/network/ties.xlsx",
        f"/communities/{slug}/roles/coverage/",
        f"/api/v1/communities/{slug}/participation",
        f"/api/v1/communities/{slug}/participation/trajectories",
        f"/api/v1/communities/{slug}/network",
        f"/api/v1/communities/{slug}/roles",
        f"/api/v1/communities/{slug}/participation-rules",
    ]


@pytest.mark.parametrize("role", ["convener", "sponsor"])
def test_garbage_never_breaks_a_page(client, world, role):
    client.force_login(world.person(role))
    for url in [*urls(world.public.slug), *urls("no-such-cop"), "/people/1/participation/"]:
        for query in GARBAGE:
            response = client.get(f"{url}?{query}")
            assert response.status_code < 500, (url, query, response.status_code)


@pytest.mark.parametrize("members", [0, 1])
@pytest.mark.parametrize("role", ["admin", "sponsor"])
def test_an_empty_community_and_a_community_of_one(client, world, role, members):
    from trellis.accounts.tests.factories import UserFactory
    from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
    from trellis.participation.kinds import ContributionKind
    from trellis.participation.services import contribution_record

    community = CommunityFactory(code="TINY", slug="tiny-cop")
    if members:
        alone = UserFactory(full_name="Alone Member")
        MembershipFactory(community=community, person=alone)
        contribution_record(
            person=alone, kind=ContributionKind.ACTIVITY_HOSTED, community=community
        )
    client.force_login(world.person(role))
    for url in urls(community.slug):
        response = client.get(url)
        # A movement download is 404 until a month's snapshot is built.
        expected = (200, 403, 404) if "/movement/" in url else (200, 403)
        assert response.status_code in expected, (url, response.status_code)
        if response.status_code == 200 and "participation" in url and "." not in url:
            assert ("Alone Member" in response.content.decode()) is (
                members == 1 and role == "admin" and "members" in url
            ), url
