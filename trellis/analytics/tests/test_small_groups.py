"""Small groups: a sponsor or a plain member never sees the levels of a group of one or two
people (by country, language or organisation) on the page, in the API or in a download;
conveners and network admins see every group."""

import csv
from io import StringIO

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.levels import LEVEL_ORDER, Level
from trellis.analytics.small_groups import OTHER_GROUP, small_groups_merge
from trellis.analytics.tests.test_big_picture_page import acts, members
from trellis.communities.tests.factories import MembershipFactory
from trellis.participation.kinds import ContributionKind as Kind

pytestmark = pytest.mark.django_db

PAGE = "/communities/{}/participation/"
API = "/api/v1/communities/{}/participation"
AGGREGATES_ONLY = ["member", "sponsor", "outsider"]
DETAIL = ["convener", "admin"]


def sized(**sizes):
    return {
        group: {**dict.fromkeys(LEVEL_ORDER, 0), Level.PERIPHERAL: n} for group, n in sizes.items()
    }


def test_groups_under_five_are_merged_and_other_grows_to_five():
    assert small_groups_merge(sized(a=6, b=5)) == sized(a=6, b=5)
    assert small_groups_merge(sized(a=6, b=3, c=2)) == sized(a=6, **{OTHER_GROUP: 5})
    # "Other" of two would describe two people: the smallest group shown joins it.
    assert small_groups_merge(sized(a=6, b=5, c=2)) == sized(a=6, **{OTHER_GROUP: 7})
    # A community of three: one row, the same as its totals.
    assert small_groups_merge(sized(a=2, b=1)) == sized(**{OTHER_GROUP: 3})
    assert small_groups_merge({}) == {}


@pytest.fixture
def lone_uzbek(world):
    """Five active English speakers in Armenia (Treasury), five peripheral Russian speakers in
    Kyrgyzstan (Treasury), three peripheral members from Kazakhstan (Treasury) and one Uzbek
    in the core group, the only one from the Bukhara Institute; the world's member and
    convener (Albania, Ministry of Finance) did nothing."""
    members(world.public, 5, language="en", country="AM", prefix="Anglophone", active=5)
    members(world.public, 5, language="ru", country="KG", prefix="Russophone")
    members(world.public, 3, language="ru", country="KZ", prefix="Kazakh")
    uzbek = UserFactory(
        full_name="Lone Uzbek", country="UZ", preferred_language="ru", organisation="Bukhara"
    )
    MembershipFactory(community=world.public, person=uzbek)
    acts(uzbek, world.public, Kind.ACTIVITY_HOSTED, 20)
    return world


def rows_of(html):
    return html.replace("\n", "")


@pytest.mark.parametrize("role", AGGREGATES_ONLY)
def test_aggregate_viewers_see_small_groups_merged_on_the_page(client, lone_uzbek, role):
    client.force_login(lone_uzbek.person(role))
    html = rows_of(client.get(PAGE.format(lone_uzbek.public.slug)).content.decode())
    for hidden in ("Uzbekistan", "Bukhara", "Kazakhstan", "Albania", "Ministry of Finance"):
        assert f'<th scope="row">{hidden}</th>' not in html
    # By country: Armenia 5, Kyrgyzstan 5, Other = Kazakhstan 3 + Albania 2 + Uzbekistan 1.
    assert '<th scope="row">Armenia</th><td>0</td><td>5</td>' in html
    assert (
        '<th scope="row">Other (small groups merged)</th>'
        "<td>1</td><td>0</td><td>0</td><td>5</td><td>0</td><td>6</td>" in html
    )
    # By organisation: Treasury 13, and Bukhara 1 + Ministry 2 = 3 is under five, so
    # Treasury joins "Other": one row of everyone, as the totals already show.
    assert '<th scope="row">Treasury</th>' not in html
    assert "groups of fewer than 5 people are merged into “Other”" in html
    # The levels themselves stay: the one person in the core group is counted.
    assert '<th scope="row">Core group</th><td>1</td>' in html


@pytest.mark.parametrize("role", DETAIL)
def test_conveners_and_admins_see_every_group(client, lone_uzbek, role):
    client.force_login(lone_uzbek.person(role))
    html = rows_of(client.get(PAGE.format(lone_uzbek.public.slug)).content.decode())
    assert (
        '<th scope="row">Uzbekistan</th><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td>'
        "<td>1</td>" in html
    )
    assert '<th scope="row">Bukhara</th>' in html
    assert '<th scope="row">Treasury</th>' in html
    assert "Other (small groups merged)" not in html
    assert "are merged into “Other”" not in html


@pytest.mark.parametrize("role", [*AGGREGATES_ONLY, *DETAIL])
def test_the_api_merges_as_the_page(client, lone_uzbek, role):
    client.force_login(lone_uzbek.person(role))
    body = client.get(API.format(lone_uzbek.public.slug)).json()
    countries = {row["group"]: row for row in body["by_country"]}
    if role in DETAIL:
        assert body["small_groups_merged"] is False
        assert countries["UZ"]["counts"]["core"] == 1 and countries["UZ"]["total"] == 1
        assert OTHER_GROUP not in countries
    else:
        assert body["small_groups_merged"] is True and body["small_group_min"] == 5
        assert set(countries) == {"AM", "KG", OTHER_GROUP}
        assert countries[OTHER_GROUP]["total"] == 6
        assert countries[OTHER_GROUP]["counts"]["core"] == 1
        assert all(
            row["total"] >= 5 for group in ("by_language", "by_organisation") for row in body[group]
        )


@pytest.mark.parametrize("role", ["sponsor", "convener"])
def test_the_download_merges_as_the_page(client, lone_uzbek, role):
    client.force_login(lone_uzbek.person(role))
    response = client.get(PAGE.format(lone_uzbek.public.slug) + "organisation.csv")
    labels = [row[0] for row in csv.reader(StringIO(response.content.decode()))][1:]
    if role == "sponsor":
        assert labels == ["Other (small groups merged)"]
    else:
        assert labels == ["Treasury", "Ministry of Finance", "Bukhara"]


@pytest.mark.parametrize("role", ["sponsor", "convener"])
def test_a_flag_about_a_small_country_is_for_detail_viewers(client, lone_uzbek, role):
    """All three Kazakh members are peripheral: the flag would tell a sponsor each one's
    level, and Kazakhstan is merged into "Other" for them."""
    client.force_login(lone_uzbek.person(role))
    html = client.get(PAGE.format(lone_uzbek.public.slug)).content.decode()
    assert ("All 3 members from Kazakhstan are peripheral" in html) is (role == "convener")
    assert "All 5 members from Kyrgyzstan are peripheral" in html


def test_the_note_in_russian(client, lone_uzbek):
    client.force_login(lone_uzbek.sponsor)
    html = client.get(
        PAGE.format(lone_uzbek.public.slug), HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert "«Другие»" in html
