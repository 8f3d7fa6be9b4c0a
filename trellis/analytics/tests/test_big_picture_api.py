"""`GET /api/v1/communities/{slug}/participation`: the same figures as the page, for the same
people, with no name in them."""

import pytest

from trellis.analytics.imbalance import COUNTRY_ABSENT, COUNTRY_PERIPHERAL_ONLY, LANGUAGE_GAP
from trellis.analytics.levels import Rules
from trellis.analytics.small_groups import OTHER_GROUP
from trellis.analytics.tests.test_big_picture_page import NAMES, _queries, members
from trellis.communities.tests.factories import CommunityFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/communities/{}/participation"


@pytest.fixture
def unequal(world):
    from trellis.accounts.tests.factories import UserFactory

    members(world.public, 5, language="en", country="AM", prefix="Anglophone", active=4)
    members(world.public, 5, language="ru", country="KG", prefix="Russophone")
    UserFactory(full_name="Tajik Reader", country="TJ")
    return world


@pytest.mark.parametrize("role", ["outsider", "member", "convener", "sponsor", "admin"])
def test_levels_groups_flags_and_rules(client, unequal, role):
    client.force_login(unequal.person(role))
    response = client.get(URL.format(unequal.public.slug))
    assert response.status_code == 200
    body = response.json()
    assert [(row["level"], row["count"]) for row in body["levels"]] == [
        ("core", 0),
        ("active", 4),
        ("occasional", 0),
        ("peripheral", 8),
        ("transactional", 0),
    ]
    assert body["levels"][1]["share"] == pytest.approx(1 / 3)
    assert (body["levels"][0]["typical_share_min"], body["levels"][0]["typical_share_max"]) == (
        10,
        15,
    )
    russian = next(row for row in body["by_language"] if row["group"] == "ru")
    assert russian["counts"] == {
        "core": 0,
        "active": 0,
        "occasional": 0,
        "peripheral": 5,
        "transactional": 0,
    }
    # Albania has two people (the world's member and convener): shown to those who see
    # detail; for others merged into "Other" with Armenia, so that "Other" has five or more.
    countries = {row["group"]: row["total"] for row in body["by_country"]}
    if role in ("convener", "admin"):
        assert countries == {"AM": 5, "KG": 5, "AL": 2}
    else:
        assert countries == {"KG": 5, OTHER_GROUP: 7}
    flags = [(flag["rule"], flag["groups"]) for flag in body["flags"]]
    # Both language groups have five or more people (the world's member and convener work in
    # English: 4 of 7 active), so everyone sees the language flag; the Albanian pair is merged
    # for viewers without detail, and a flag about Albania would not be shown to them.
    assert flags == [
        (LANGUAGE_GAP, ["ru", "en"]),
        (COUNTRY_PERIPHERAL_ONLY, ["KG"]),
        (COUNTRY_ABSENT, ["TJ"]),
    ]
    assert body["flags"][0]["figures"]["compared_share"] == pytest.approx(4 / 7)
    rules = body["rules"]
    defaults = Rules()
    assert (rules["window_months"], rules["core_threshold"], rules["active_threshold"]) == (
        12,
        defaults.core,
        defaults.active,
    )
    assert rules["occasional_threshold"] == defaults.occasional
    assert rules["weights"]["activity.attended"] == defaults.weights["activity.attended"]
    text = response.content.decode()
    assert not any(name in text for name in NAMES)


def test_the_flags_in_russian(client, unequal):
    client.force_login(unequal.member)
    body = client.get(URL.format(unequal.public.slug), HTTP_ACCEPT_LANGUAGE="ru").json()
    assert "Правило" in body["flags"][0]["message"]


def test_who_may_not_see_it(client, unequal):
    assert client.get(URL.format(unequal.public.slug)).status_code == 401
    assert client.get(URL.format(unequal.private.slug)).status_code == 404
    client.force_login(unequal.outsider)
    assert client.get(URL.format(unequal.private.slug)).status_code == 404
    assert client.get(URL.format("no-such-cop")).status_code == 404
    assert client.get(URL.format("bad slug!")).status_code == 404


def test_the_number_of_queries_does_not_grow_with_the_community(client, world):
    small, large = CommunityFactory(slug="small-cop"), CommunityFactory(slug="large-cop")
    members(small, 2, language="en", country="AM", prefix="Small", active=1)
    members(large, 40, language="ru", country="KG", prefix="Large", active=5)
    client.force_login(world.sponsor)
    _queries(client, URL.format(world.public.slug))
    assert _queries(client, URL.format(small.slug)) == _queries(client, URL.format(large.slug))
