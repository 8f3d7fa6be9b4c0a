"""The network page, its downloads and its API, as each role sees them: names and the graph
for network admins and conveners, figures only for members and sponsors, and a member's own
ties for the member."""

import csv
import io
from typing import Any

import pytest
from django.utils import translation
from openpyxl import load_workbook

from trellis.analytics.tests.network_scene import scene_build
from trellis.conftest import World
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db
NAMES = ("Ana Albanian", "Boris Albanian", "Chiara Serbian", "Dmitri Serbian")


@pytest.fixture
def scene(world: World) -> Any:
    built = scene_build(world.public)
    # The member asked, Ana answered: the member's one tie.
    AnswerFactory(
        question=QuestionFactory(community=world.public, author=world.member), author=built.ana
    )
    return built


def page(client: Any, world: World, role: str, suffix: str = "") -> Any:
    client.force_login(world.person(role))
    return client.get(f"/communities/{world.public.slug}/participation/network/{suffix}")


@pytest.mark.parametrize("role", ["admin", "convener"])
def test_those_who_look_after_the_community_see_the_graph_ties_and_brokers(
    client: Any, world: World, scene: Any, role: str
) -> None:
    response = page(client, world, role)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-label="Who learned with whom"' in html
    assert "<title>Dmitri Serbian</title>" in html  # a node's hover title
    for name in NAMES:
        assert name in html
    assert "Brokers" in html and "took part in the same small activity" in html


@pytest.mark.parametrize("role", ["member", "sponsor", "outsider"])
def test_others_see_the_figures_and_quarters_without_names(
    client: Any, world: World, scene: Any, role: str
) -> None:
    html = page(client, world, role).content.decode()
    assert "Who learned with whom" not in html.split("<h1>", 1)[1].split("</h1>", 1)[1]
    assert 'aria-label="Who learned with whom"' not in html
    for name in ("Boris Albanian", "Chiara Serbian", "Dmitri Serbian"):
        assert name not in html
    # Six members (the scene's four, the member and the convener), five ties.
    assert '<th scope="row">6</th><td>5</td><td>0.333</td>' in html
    assert "Over time" in html


def test_a_member_sees_their_own_ties_and_a_sponsor_has_none(
    client: Any, world: World, scene: Any
) -> None:
    mine = page(client, world, "member").content.decode()
    assert "My ties" in mine and "Ana Albanian" in mine
    theirs = page(client, world, "sponsor").content.decode()
    assert "My ties" not in theirs and "Ana Albanian" not in theirs


def test_the_page_reads_in_russian(client: Any, world: World, scene: Any) -> None:
    client.force_login(world.convener)
    with translation.override("ru"):
        response = client.get(
            f"/communities/{world.public.slug}/participation/network/",
            HTTP_ACCEPT_LANGUAGE="ru",
        )
    html = response.content.decode()
    assert "Брокеры" in html and "Плотность" in html


def test_a_visitor_is_asked_to_log_in_and_a_private_community_stays_hidden(
    client: Any, world: World
) -> None:
    response = client.get(f"/communities/{world.public.slug}/participation/network/")
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(world.outsider)
    assert (
        client.get(f"/communities/{world.private.slug}/participation/network/").status_code == 404
    )


def _csv(response: Any) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_ties_download_as_csv_and_xlsx_for_detail_viewers_only(
    client: Any, world: World, scene: Any
) -> None:
    rows = _csv(page(client, world, "convener", "ties.csv"))
    assert rows[0][:3] == ["Member", "Country", "Tied to"]
    assert ["Chiara Serbian", "Serbia", "Dmitri Serbian", "Serbia"] in [row[:4] for row in rows]
    book = load_workbook(io.BytesIO(page(client, world, "admin", "brokers.xlsx").content))
    brokers = {row[0].value: row[4].value for row in book.active.iter_rows(min_row=2)}
    assert brokers["Chiara Serbian"] == "yes"  # connects Dmitri to the rest
    assert page(client, world, "member", "ties.csv").status_code == 403
    assert page(client, world, "sponsor", "brokers.xlsx").status_code == 403
    assert page(client, world, "convener", "ties.pdf").status_code == 404


def test_everyone_who_sees_figures_downloads_the_quarters_and_members_their_ties(
    client: Any, world: World, scene: Any
) -> None:
    quarters = _csv(page(client, world, "sponsor", "over-time.csv"))
    assert quarters[0][0] == "Quarter" and len(quarters) == 9
    mine = _csv(page(client, world, "member", "my-ties.csv"))
    assert [row[2] for row in mine[1:]] == ["Ana Albanian"]


def api(client: Any, world: World, role: str, community: Any = None) -> Any:
    if role != "visitor":
        client.force_login(world.person(role))
    return client.get(f"/api/v1/communities/{(community or world.public).slug}/network")


@pytest.mark.parametrize("role", ["admin", "convener"])
def test_the_api_names_members_and_ties_for_detail_viewers(
    client: Any, world: World, scene: Any, role: str
) -> None:
    body = api(client, world, role).json()
    assert body["figures"]["ties"] == 5 and len(body["over_time"]) == 8
    names = {node["id"]: node["name"] for node in body["nodes"]}
    chiara = next(node for node in body["nodes"] if node["name"] == "Chiara Serbian")
    assert chiara["connects_groups"] and chiara["betweenness"] > 0
    assert {(names[e["source"]], names[e["target"]]) for e in body["edges"]} >= {
        ("Chiara Serbian", "Dmitri Serbian")
    }


@pytest.mark.parametrize("role", ["member", "sponsor"])
def test_the_api_gives_others_the_figures_without_names(
    client: Any, world: World, scene: Any, role: str
) -> None:
    body = api(client, world, role).json()
    assert body["figures"]["members"] == 6
    assert body["nodes"] is None and body["edges"] is None
    assert "Chiara" not in str(body)


def test_the_api_refuses_as_elsewhere(client: Any, world: World) -> None:
    assert api(client, world, "visitor").status_code == 401
    assert api(client, world, "visitor", world.private).status_code == 404
    assert api(client, world, "outsider", world.private).status_code == 404
