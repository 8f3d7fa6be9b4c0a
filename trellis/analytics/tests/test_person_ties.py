"""A person's participation page shows their ties in each community's interaction network
(issue 11: "my participation over time, my roles and my ties"): to them and network admins,
never anyone else's ties."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from trellis.analytics.tests.network_scene import scene_build

pytestmark = pytest.mark.django_db


def ties_shown(html):
    """(tied to, country, interactions) of each row of the ties tables."""
    section = html.split("<h2>Ties</h2>", 1)[1]
    return re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td><td>(\d+)</td>", section)


@pytest.fixture
def scene(world):
    return scene_build(world.public)


def test_a_member_sees_their_own_ties_with_names_countries_and_counts(client, scene):
    client.force_login(scene.chiara)
    html = client.get(f"/people/{scene.chiara.pk}/participation/").content.decode()
    # Chiara hosted Ana's small activity, co-authored with Boris, helped Dmitri.
    assert sorted(ties_shown(html)) == [
        ("Ana Albanian", "Albania", "1"),
        ("Boris Albanian", "Albania", "1"),
        ("Dmitri Serbian", "Serbia", "1"),
    ]
    assert f'href="/communities/{scene.community.slug}/participation/network/"' in html


def test_a_network_admin_sees_a_person_s_ties_and_only_theirs(client, world, scene):
    client.force_login(world.admin)
    html = client.get(f"/people/{scene.dmitri.pk}/participation/").content.decode()
    # Dmitri's old answer to Ana is past twelve months; the large activity ties nobody.
    assert ties_shown(html) == [("Chiara Serbian", "Serbia", "1")]
    assert "Participation of Dmitri Serbian" in html


def test_someone_without_ties_is_told_so_in_their_language(client, world, scene):
    client.force_login(world.member)
    html = client.get(
        f"/people/{world.member.pk}/participation/", HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert "Связи" in html and "Нет связей за последние двенадцать месяцев." in html
    assert "Chiara Serbian" not in html


def test_nobody_else_sees_a_person_s_ties(client, world, scene):
    client.force_login(scene.ana)
    response = client.get(f"/people/{scene.chiara.pk}/participation/")
    assert response.status_code == 404
    assert "Boris Albanian" not in response.content.decode()


def test_the_ties_download_as_the_table_shows_them(client, world, scene):
    client.force_login(scene.chiara)
    base = f"/people/{scene.chiara.pk}/participation/ties-{scene.community.slug}"
    rows = sorted(client.get(f"{base}.csv").content.decode("utf-8-sig").splitlines()[1:])
    assert [row.split(",")[:3] for row in rows] == [
        ["Ana Albanian", "Albania", "1"],
        ["Boris Albanian", "Albania", "1"],
        ["Dmitri Serbian", "Serbia", "1"],
    ]
    assert client.get(f"{base}.xlsx").status_code == 200
    client.force_login(scene.ana)
    assert client.get(f"{base}.csv").status_code == 404


def test_other_downloads_do_not_read_the_ties(client, scene):
    client.force_login(scene.chiara)
    base = f"/people/{scene.chiara.pk}/participation"
    client.get(f"{base}/now.csv")  # warm the session and caches
    with CaptureQueriesContext(connection) as now:
        assert client.get(f"{base}/now.csv").status_code == 200
    with CaptureQueriesContext(connection) as ties:
        assert client.get(f"{base}/ties-{scene.community.slug}.csv").status_code == 200
    assert len(now) < len(ties)
