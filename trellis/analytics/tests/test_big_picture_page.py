"""The big picture page: what each role sees (counts, never a name), the flags with their
figures, both languages, the downloads and a number of queries that does not grow."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.core.remembered import forget_all
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db


def page_url(community):
    return f"/communities/{community.slug}/participation/"


def acts(person, community, kind, n):
    # Two days ago is inside the 12-month window whatever the hour.
    at = timezone.now() - timedelta(days=2)
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=at)


def members(community, n, *, language, country, prefix, active=0):
    """n members speaking `language` from `country`; the first `active` of them active."""
    people = []
    for i in range(n):
        person = UserFactory(
            full_name=f"{prefix} {i}",
            preferred_language=language,
            country=country,
            organisation="Treasury",
        )
        MembershipFactory(community=community, person=person)
        if i < active:
            acts(person, community, Kind.ACTIVITY_ATTENDED, 5)  # 15: active
        people.append(person)
    return people


@pytest.fixture
def unequal(world):
    """Five English speakers in Armenia, four of them active; five Russian speakers in
    Kyrgyzstan, all peripheral; somebody in the network from Tajikistan."""
    members(world.public, 5, language="en", country="AM", prefix="Anglophone", active=4)
    members(world.public, 5, language="ru", country="KG", prefix="Russophone")
    UserFactory(full_name="Tajik Reader", country="TJ")
    return world


NAMES = ("Anglophone 0", "Russophone 0", "Tajik Reader", "Member Person", "Convener Person")


@pytest.mark.parametrize("role", ["member", "convener", "sponsor", "admin", "outsider"])
def test_everyone_signed_in_sees_counts_and_nobody_s_name(client, unequal, role):
    viewer = unequal.person(role)
    client.force_login(viewer)
    response = client.get(page_url(unequal.public))
    assert response.status_code == 200
    html = response.content.decode()
    levels = response.context["picture"].levels
    # 12 members: 4 active, 8 peripheral (the world's member and convener did nothing).
    assert [(row.level.value, row.count) for row in levels] == [
        ("core", 0),
        ("active", 4),
        ("occasional", 0),
        ("peripheral", 8),
        ("transactional", 0),
    ]
    assert '<th scope="row">Active</th><td>4</td><td>33%</td><td>15–20%</td>' in html
    assert '<th scope="row">Peripheral</th><td>8</td><td>67%</td>' in html
    assert "<svg" in html and 'role="img"' in html
    for name in NAMES:
        if name != viewer.full_name:
            assert name not in html


def test_the_tables_by_group_and_the_flags(client, unequal):
    # A convener sees every group (a sponsor, small ones merged: test_small_groups.py).
    client.force_login(unequal.convener)
    html = client.get(page_url(unequal.public)).content.decode()
    # Russian speakers: 5 members, all peripheral; English: 4 of 7 active (the world's member
    # and convener speak English and set no interface language).
    assert (
        '<th scope="row">Russian</th><td>0</td><td>0</td><td>0</td><td>5</td><td>0</td>'
        "<td>5</td><td>42%</td><td>0%</td>" in html
    )
    assert '<th scope="row">English</th><td>0</td><td>4</td><td>0</td><td>3</td>' in html
    assert "By working language" in html
    assert '<th scope="row">Kyrgyzstan</th>' in html
    assert '<th scope="row">Treasury</th>' in html
    assert "Members working in Russian: 0% are active or in the core group (0 of 5)" in html
    assert "members working in English: 57% (4 of 7)" in html
    assert "All 5 members from Kyrgyzstan are peripheral" in html
    assert "People in the network come from Tajikistan" in html
    assert "Peripheral participation is legitimate, not failure" in html
    assert "over the last 12 months" in html


def test_the_page_in_russian(client, unequal):
    unequal.convener.preferred_language = "ru"
    unequal.convener.save()
    client.force_login(unequal.convener)
    html = client.get(page_url(unequal.public), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Периферийное участие" in html
    assert "Активные" in html or "Активный" in html
    assert "Киргизия" in html or "Кыргызстан" in html
    assert "Правило" in html


def test_a_visitor_is_asked_to_log_in_and_an_outsider_cannot_see_a_private_community(
    client, unequal
):
    response = client.get(page_url(unequal.public))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(unequal.outsider)
    assert client.get(page_url(unequal.private)).status_code == 404
    client.force_login(unequal.sponsor)
    assert client.get(page_url(unequal.private)).status_code == 200


@pytest.mark.parametrize("table", ["levels", "country", "language", "organisation"])
def test_every_table_downloads_as_csv_and_xlsx(client, unequal, table):
    client.force_login(unequal.member)
    csv = client.get(page_url(unequal.public) + f"{table}.csv")
    assert csv.status_code == 200
    assert csv["Content-Disposition"] == (
        f'attachment; filename="public-cop-participation-{table}.csv"'
    )
    xlsx = client.get(page_url(unequal.public) + f"{table}.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_the_levels_table_as_csv_in_russian(client, unequal):
    client.force_login(unequal.member)
    text = client.get(
        page_url(unequal.public) + "levels.csv", HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Уровень,")
    assert lines[2].endswith(",4,0.3333,15–20%")


@pytest.mark.parametrize("name", ["levels.pdf", "nope.csv", "levels.", "levels"])
def test_an_unknown_format_or_table_is_not_found(client, unequal, name):
    client.force_login(unequal.member)
    assert client.get(page_url(unequal.public) + name).status_code == 404


def test_a_visitor_cannot_download(client, unequal):
    response = client.get(page_url(unequal.public) + "levels.csv")
    assert response.status_code == 302


def _queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("suffix", ["", "country.xlsx"])
def test_the_number_of_queries_does_not_grow_with_the_community(client, world, suffix):
    from trellis.communities.tests.factories import CommunityFactory

    small, large = CommunityFactory(slug="small-cop"), CommunityFactory(slug="large-cop")
    members(small, 2, language="en", country="AM", prefix="Small", active=1)
    members(large, 30, language="en", country="AM", prefix="Large", active=10)
    members(large, 30, language="ru", country="KG", prefix="Larger", active=2)
    acts(world.outsider, large, Kind.QUESTION_ASKED, 1)
    client.force_login(world.admin)
    # What every page reads once and then remembers (the person, the network's figures) is
    # read again after a write that happens at most once a minute: warm it twice on another
    # community, in one frozen minute, so that neither the clock nor the tests before this one
    # decide which of the two measured pages pays for it.
    with time_machine.travel(timezone.now(), tick=False):
        for _ in range(2):
            forget_all()
            _queries(client, page_url(world.public) + suffix)
        small_count = _queries(client, page_url(small) + suffix)
        large_count = _queries(client, page_url(large) + suffix)
    assert small_count == large_count


def test_the_page_shows_new_rules_at_once(client, unequal):
    from trellis.analytics.levels import DEFAULT_WEIGHTS
    from trellis.analytics.services.rules import participation_rules_update

    client.force_login(unequal.admin)
    assert "over the last 12 months" in client.get(page_url(unequal.public)).content.decode()
    participation_rules_update(
        actor=unequal.admin,
        community=unequal.public,
        weights=DEFAULT_WEIGHTS,
        core=40,
        active=15,
        occasional=4,
        window_months=6,
    )
    assert "over the last 6 months" in client.get(page_url(unequal.public)).content.decode()
