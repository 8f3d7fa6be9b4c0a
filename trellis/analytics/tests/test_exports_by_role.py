"""Every table of the participation and role-coverage pages downloads as CSV and XLSX from a
link beside it, as each role sees the page: the same tables, and never a name the page does
not show that viewer (a sponsor or a member sees figures, never who is behind them)."""

import csv
import html as html_lib
import io
import re
from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.levels import Level
from trellis.analytics.models import LevelSnapshot
from trellis.analytics.tests.network_scene import scene_build
from trellis.communities.tests.factories import MembershipFactory
from trellis.conftest import ROLES, World
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.services import contribution_record

pytestmark = pytest.mark.django_db

RANGE = "?from=2026-02&to=2026-02"
NAMES = (
    "Zora Steady",
    "Tom Transient",
    "Nina Newcomer",
    "Ana Albanian",
    "Boris Albanian",
    "Chiara Serbian",
    "Dmitri Serbian",
)
LINK = re.compile(r'href="([^"]+\.(?:csv|xlsx)(?:\?[^"]*)?)"')


def acts(person: Any, community: Any, kind: str, n: int) -> None:
    # Two days ago is inside every window whatever the hour.
    at = timezone.now() - timedelta(days=2)
    for _ in range(n):
        contribution_record(person=person, kind=kind, community=community, occurred_at=at)


@pytest.fixture
def small_world(world: World) -> World:
    """Zora, an active member from Armenia (5 attendances, 15 points); Tom, an outsider who
    asked once; Nina, a newcomer in February 2026; the network scene's four members and ties;
    the member asked and Ana answered (the member's one tie)."""
    zora = UserFactory(full_name="Zora Steady", country="AM", organisation="Treasury")
    MembershipFactory(community=world.public, person=zora)
    acts(zora, world.public, Kind.ACTIVITY_ATTENDED, 5)
    acts(UserFactory(full_name="Tom Transient"), world.public, Kind.QUESTION_ASKED, 1)
    built = scene_build(world.public)
    AnswerFactory(
        question=QuestionFactory(community=world.public, author=world.member), author=built.ana
    )
    nina = UserFactory(full_name="Nina Newcomer")
    MembershipFactory(community=world.public, person=nina)
    LevelSnapshot.objects.bulk_create(
        LevelSnapshot(
            community=world.public,
            person=person,
            period=month,
            last_period=month,
            level=level,
        )
        for person, month, level in [
            (world.member, date(2026, 1, 1), Level.PERIPHERAL),
            (world.member, date(2026, 2, 1), Level.ACTIVE),
            (nina, date(2026, 2, 1), Level.OCCASIONAL),
        ]
    )
    return world


def text(cell: Any) -> str:
    """A cell as text, a number the same whether CSV wrote 1.0 or XLSX kept 1."""
    try:
        return f"{float(cell):g}"
    except (TypeError, ValueError):
        return "" if cell is None else str(cell)


def cells(response: Any) -> list[tuple[str, ...]]:
    """The downloaded table's rows, every cell as text, whichever the format."""
    if response["Content-Type"].startswith("text/csv"):
        rows: Any = csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    else:
        rows = load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)
    return [tuple(text(cell) for cell in row) for row in rows]


def pages(world: World) -> list[str]:
    community = f"/communities/{world.public.slug}"
    return [
        f"{community}/participation/",
        f"{community}/participation/members/",
        f"{community}/participation/movement/{RANGE}",
        f"{community}/participation/network/",
        f"{community}/roles/coverage/",
        "/network/roles/coverage/",
        f"/people/{world.member.pk}/participation/",
    ]


@pytest.mark.parametrize("role", ROLES[1:])
def test_every_table_a_viewer_sees_has_both_downloads_and_they_name_nobody_the_page_hides(
    client: Any, small_world: World, role: str
) -> None:
    client.force_login(small_world.person(role))
    for page in pages(small_world):
        response = client.get(page)
        if response.status_code != 200:
            continue
        html = response.content.decode()
        links = [html_lib.unescape(link) for link in LINK.findall(html)]
        assert len(links) == 2 * html.count("<table"), page
        assert sorted(link.rsplit(".", 1)[-1].split("?")[0] for link in links) == sorted(
            ["csv", "xlsx"] * html.count("<table")
        )
        for link in links:
            download = client.get(link)
            assert download.status_code == 200, link
            text = " ".join(" ".join(row) for row in cells(download))
            for name in NAMES:
                assert name not in text or name in html, (role, link, name)


LEVELS = ("Core group", "Active", "Occasional", "Peripheral", "Transactional")
GROUP_COLUMNS = (
    *LEVELS,
    "People",
    "Share of everyone",
    "Share of members active or in the core group",
)
TIE_HEADERS = ("Member", "Country", "Tied to", "Country", "Interactions", "How")
KNOWN = [
    # (role, path under the public community, headers, a row the world makes)
    ("sponsor", "participation/levels", ("Level", "People", "Share", "Typical share"),
     ("Active", "1", "0.0476", "15–20%")),
    # Armenia and Treasury are groups of one: shown on their own to those who see detail
    # (merged into "Other" for the others: test_small_groups.py).
    ("convener", "participation/country", ("Country", *GROUP_COLUMNS),
     ("Armenia", "0", "1", "0", "0", "0", "1", "0.1111", "1.0")),
    ("member", "participation/language", ("Language", *GROUP_COLUMNS),
     ("English", "0", "1", "0", "7", "1", "9", "1.0", "0.125")),
    ("admin", "participation/organisation", ("Organisation", *GROUP_COLUMNS),
     ("Treasury", "0", "1", "0", "0", "0", "1", "0.1111", "1.0")),
    ("convener", "participation/members/members",
     ("Name", "Score", "Computed level", "Declared level", "Declared core"),
     ("Zora Steady", "15", "Active", "Peripheral", "no")),
    ("convener", "participation/members/transactional", ("Name", "Score"),
     ("Tom Transient", "2")),
    ("sponsor", "participation/movement/levels",
     ("Period", *LEVELS, "Newcomers", "Returning", "Moving inward", "Left"),
     ("2026-02", "0", "1", "1", "0", "0", "1", "0", "1", "0")),
    ("sponsor", "participation/movement/transitions", ("From \\ to", *LEVELS, "Not there"),
     ("Peripheral", "0", "1", "0", "0", "0", "0")),
    ("convener", "participation/movement/people",
     ("Period", "Person", "Movement", "From level", "To level"),
     ("2026-02", "Nina Newcomer", "Newcomer", "Not there", "Occasional")),
    ("sponsor", "participation/network/figures",
     ("Members", "Ties", "Density", "Ties across countries", "Share of ties across countries",
      "Members with a tie abroad", "Members who connect separate groups"),
     ("8", "5", "0.179", "2", "40%", "38%", "2")),
    ("admin", "participation/network/ties", TIE_HEADERS,
     ("Boris Albanian", "Albania", "Chiara Serbian", "Serbia", "1", "wrote an answer together")),
    ("convener", "participation/network/brokers",
     ("Member", "Country", "Betweenness", "Ties", "Connects separate groups"),
     ("Chiara Serbian", "Serbia", "0.143", "3", "yes")),
    ("member", "participation/network/my-ties", TIE_HEADERS,
     ("Member Person", "Albania", "Ana Albanian", "Albania", "1", "answered each other")),
]  # fmt: skip


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
@pytest.mark.parametrize(("role", "path", "headers", "row"), KNOWN, ids=[k[1] for k in KNOWN])
def test_each_download_has_the_page_s_headers_and_a_known_row(
    client: Any, small_world: World, role: str, path: str, headers: Any, row: Any, file_format: str
) -> None:
    client.force_login(small_world.person(role))
    response = client.get(f"/communities/public-cop/{path}.{file_format}{RANGE}")
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="public-cop-')
    assert f"-{path.rsplit('/', 1)[-1]}" in disposition and disposition.endswith(f'.{file_format}"')
    table = cells(response)
    assert table[0] == headers
    assert tuple(text(cell) for cell in row) in table[1:]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_person_s_own_tables_download_for_them_and_network_admins(
    client: Any, small_world: World, file_format: str
) -> None:
    zora = UserFactory._meta.model.objects.get(full_name="Zora Steady")
    base = f"/people/{zora.pk}/participation/"
    client.force_login(zora)
    now = cells(client.get(f"{base}now.{file_format}"))
    assert now == [("Community", "Score", "Computed level"), ("Community PUB", "15", "Active")]
    client.force_login(small_world.admin)
    months = cells(client.get(f"{base}months.{file_format}"))
    assert months[0] == ("Month", "Community", "Score", "Computed level")
    assert sum(int(row[2]) for row in months[1:] if row[1] == "Community PUB") == 15
    for role in ("member", "convener", "sponsor"):
        client.force_login(small_world.person(role))
        assert client.get(f"{base}now.{file_format}").status_code == 404


NAMED = [
    "participation/members/members.csv",
    "participation/members/transactional.xlsx",
    "participation/movement/people.csv",
    "participation/movement/silent.xlsx",
    "participation/network/ties.csv",
    "participation/network/brokers.xlsx",
]


@pytest.mark.parametrize("role", ["visitor", "outsider", "member", "sponsor"])
def test_those_who_see_figures_only_get_no_named_table(
    client: Any, small_world: World, role: str
) -> None:
    if role != "visitor":
        client.force_login(small_world.person(role))
    for path in NAMED:
        response = client.get(f"/communities/public-cop/{path}{RANGE}")
        expected = 302 if role == "visitor" else 403
        assert response.status_code == expected, path
    holders = client.get("/network/roles/coverage/holders.csv")
    assert holders.status_code == (302 if role == "visitor" else 404)
    if role in ("outsider", "sponsor"):  # not a member: no ties of their own to download
        assert (
            client.get("/communities/public-cop/participation/network/my-ties.csv").status_code
            == 404
        )


BAD = ["levels.pdf", "nope.csv", "members/nope.xlsx", "members/members.exe", "movement/x.csv",
       "movement/levels.CSV", "network/nope.csv", "network/ties.txt"]  # fmt: skip


@pytest.mark.parametrize("path", BAD)
def test_an_unknown_table_or_format_is_not_found(
    client: Any, small_world: World, path: str
) -> None:
    client.force_login(small_world.admin)
    assert client.get(f"/communities/public-cop/participation/{path}").status_code == 404
    for other in ("roles/coverage/nope.csv", "roles/coverage/history.pdf"):
        assert client.get(f"/communities/public-cop/{other}").status_code == 404
    assert client.get("/network/roles/coverage/coverage.ods").status_code == 404
    assert client.get(f"/people/{small_world.member.pk}/participation/nope.csv").status_code == 404


def test_headers_are_in_the_reader_s_language(client: Any, small_world: World) -> None:
    client.force_login(small_world.convener)
    response = client.get(
        "/communities/public-cop/participation/members/members.xlsx", HTTP_ACCEPT_LANGUAGE="ru"
    )
    headers = cells(response)[0]
    assert headers[0] == "Имя" and headers[1] != "Score"
