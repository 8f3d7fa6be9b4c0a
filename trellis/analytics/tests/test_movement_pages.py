"""The movement page and its API, as a convener, a member and a network admin see them: the
figures for everyone who sees participation, names for detail viewers only, bad ranges as a
message (page) or a 422 (API), downloads safe from formulas, and a fixed number of queries."""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot
from trellis.communities.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

MONTHS = [date(2026, 1, 1), date(2026, 2, 1)]


@pytest.fixture
def snapshots(world):
    newcomer = UserFactory(full_name="=Nina Newcomer")
    MembershipFactory(community=world.public, person=newcomer)
    rows = [
        (world.member, MONTHS[0], Level.PERIPHERAL),
        (world.member, MONTHS[1], Level.ACTIVE),
        (world.convener, MONTHS[0], Level.CORE),
        (world.convener, MONTHS[1], Level.CORE),
        (newcomer, MONTHS[1], Level.OCCASIONAL),
    ]
    LevelSnapshot.objects.bulk_create(
        LevelSnapshot(community=world.public, person=p, period=m, last_period=m, level=level)
        for p, m, level in rows
    )
    return newcomer


def url(world, suffix=""):
    return f"/communities/{world.public.slug}/participation/movement/{suffix}"


RANGE = "?from=2026-02&to=2026-02"


def test_a_convener_sees_the_flow_the_figures_and_who_moved(client, world, snapshots):
    client.force_login(world.convener)
    page = client.get(url(world) + RANGE).content.decode()
    assert "<svg" in page and 'aria-label="Movement between levels from period to period"' in page
    assert "Who moved" in page
    assert "=Nina Newcomer" in page and "Member Person" in page
    assert "Fell silent" in page


def test_a_member_sees_the_figures_without_names(client, world, snapshots):
    client.force_login(world.member)
    response = client.get(url(world) + RANGE)
    page = response.content.decode()
    assert "<svg" in page
    levels = response.context["levels"][1]
    # February: core 1, active 1, occasional 1; one newcomer, one moving inward.
    assert levels == [["2026-02", 1, 1, 1, 0, 0, 1, 0, 1, 0]]
    assert "Nina" not in page and "Who moved" not in page and "Fell silent" not in page
    assert client.get(url(world, "people.csv") + RANGE).status_code == 403


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?from=2026-13", "Enter a month as YYYY-MM"),
        ("?from=2026-03&to=2026-01", "must not come after"),
        ("?period=week", "Choose month or quarter"),
        ("?from=2000-01&to=2026-01", "at most 60 months"),
    ],
)
def test_a_bad_range_is_a_message_on_the_page(client, world, snapshots, query, message):
    client.force_login(world.member)
    response = client.get(url(world) + query)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_without_snapshots_the_page_says_how_to_build_them(client, world):
    client.force_login(world.admin)
    page = client.get(url(world)).content.decode()
    assert "No snapshots of levels have been taken" in page
    assert "manage.py participation_snapshots --since" in page
    client.force_login(world.member)
    page = client.get(url(world)).content.decode()
    assert "No snapshots of levels have been taken" in page
    assert "manage.py" not in page


def test_downloads_escape_formulas(client, world, snapshots):
    client.force_login(world.convener)
    response = client.get(url(world, "people.csv") + RANGE)
    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    assert rows[0] == ["Period", "Person", "Movement", "From level", "To level"]
    assert ["2026-02", "'=Nina Newcomer", "Newcomer", "Not there", "Occasional"] in rows
    response = client.get(url(world, "levels.xlsx") + RANGE)
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[2]][:4] == ["2026-02", 1, 1, 1]
    assert client.get(url(world, "levels.pdf")).status_code == 404


def test_the_api_answers_figures_and_names_by_role(client, world, snapshots):
    api = f"/api/v1/communities/{world.public.slug}/participation/trajectories{RANGE}"
    client.force_login(world.member)
    body = client.get(api).json()
    (february,) = body["periods"]
    assert february["counts"]["active"] == 1
    assert (february["newcomers"], february["returning"], february["moving_inward"]) == (1, 0, 1)
    assert {"from_level": "peripheral", "to_level": "active", "count": 1} in february["transitions"]
    assert february["people"] is None and body["fallen_silent"] is None
    client.force_login(world.convener)
    body = client.get(api).json()
    assert {(p["name"], p["movement"]) for p in body["periods"][0]["people"]} == {
        ("=Nina Newcomer", "newcomer"),
        ("Member Person", "inward"),
    }
    assert body["fallen_silent"] == []


@pytest.mark.parametrize(
    "query", ["?from=2026-1", "?to=abc", "?period=year", "?from=2026-05&to=2026-01"]
)
def test_the_api_refuses_a_bad_range_with_422(client, world, query):
    client.force_login(world.member)
    response = client.get(
        f"/api/v1/communities/{world.public.slug}/participation/trajectories{query}"
    )
    assert response.status_code == 422
    assert response.json()["error"]["fields"]


def test_the_page_takes_a_fixed_number_of_queries(
    client, world, snapshots, django_assert_max_num_queries
):
    for n in range(30):
        person = UserFactory()
        MembershipFactory(community=world.public, person=person)
        LevelSnapshot.objects.create(
            community=world.public,
            person=person,
            period=MONTHS[n % 2],
            last_period=MONTHS[n % 2],
            level=Level.OCCASIONAL,
        )
    client.force_login(world.convener)
    with django_assert_max_num_queries(30):
        response = client.get(url(world) + "?from=2026-01&to=2026-02")
    assert response.status_code == 200


def test_a_remembered_page_shows_snapshots_built_after_it(client, world):
    client.force_login(world.member)
    assert "No snapshots" in client.get(url(world)).content.decode()
    LevelSnapshot.objects.create(
        community=world.public,
        person=world.member,
        period=MONTHS[0],
        last_period=MONTHS[0],
        level=Level.ACTIVE,
    )
    assert "No snapshots" not in client.get(url(world)).content.decode()


def test_a_remembered_api_answer_shows_snapshots_built_after_it(client, world):
    client.force_login(world.member)
    api = f"/api/v1/communities/{world.public.slug}/participation/trajectories"
    assert client.get(api).json()["latest_snapshot"] is None
    LevelSnapshot.objects.create(
        community=world.public,
        person=world.member,
        period=MONTHS[0],
        last_period=MONTHS[0],
        level=Level.ACTIVE,
    )
    assert client.get(api).json()["latest_snapshot"] == "2026-01"
