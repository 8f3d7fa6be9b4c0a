"""The /search/ page and GET /api/v1/search: what each person sees, and bad input."""

import datetime

import pytest
from django.utils import translation

from trellis.search.indexing import index_documents
from trellis.search.sources import Audience


@pytest.fixture
def garden(world, notes):
    notes.add(
        1,
        "Community garden",
        "Planting <b>tomatoes</b> together",
        language="en",
        date=datetime.date(2025, 4, 2),
        community_ids=(world.public.pk,),
    )
    notes.add(
        2,
        "Private garden plans",
        "Only for members",
        audience=Audience.MEMBERS,
        community_ids=(world.private.pk,),
    )
    index_documents(notes.documents())
    return notes


def test_the_page_shows_highlighted_hits_the_viewer_may_see(client, world, garden):
    page = client.get("/search/?q=gardens").content.decode()
    assert "<mark>garden</mark>" in page and "Community" in page
    assert "Private garden plans" not in page
    assert "&lt;b&gt;tomatoes&lt;/b&gt;" in page
    assert "Everything (1)" in page and "Notes (1)" in page

    client.force_login(world.member)
    page = client.get("/search/?q=gardens").content.decode()
    assert "Private <mark>garden</mark> plans" in page
    assert "2 results" in page


def test_the_empty_and_the_no_results_states(client, db, notes):
    assert "Words are found in any of their forms" in client.get("/search/").content.decode()
    page = client.get("/search/?q=zzzz").content.decode()
    assert "Nothing matches these words." in page
    page = client.get("/search/?q=zzzz&language=en").content.decode()
    assert "with these filters" in page


def test_the_page_in_russian(client, world, garden):
    with translation.override("ru"):
        client.cookies["django_language"] = "ru"
        page = client.get("/search/?q=garden", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Что найти" in page and "Поиск по сети" in page


def test_bad_filters_are_explained_on_the_page(client, world, garden):
    response = client.get("/search/?q=garden&date_from=2025-05-01&date_to=2025-01-01")
    assert response.status_code == 200
    assert "The end date must not be before the start date." in response.content.decode()
    response = client.get("/search/?q=garden&page=abc&kind=nope&q=" + "x" * 600)
    assert response.status_code == 200


def test_the_header_has_a_search_box(client, db):
    page = client.get("/").content.decode()
    assert 'role="search"' in page and 'id="site-search-q"' in page


def test_the_api_finds_what_the_viewer_may_see(client, world, garden):
    body = client.get("/api/v1/search", {"q": "garden"}).json()
    assert body["total"] == 1
    [hit] = body["hits"]
    assert hit["title"] == "Community garden"
    assert hit["snippet"] == "Planting &lt;b&gt;tomatoes&lt;/b&gt; together"
    assert hit["date"] == "2025-04-02"
    assert {"kind": "note", "label": "Notes", "count": 1} in body["counts"]

    client.force_login(world.member)
    body = client.get("/api/v1/search", {"q": "garden", "community": "private-cop"}).json()
    assert [hit["object_id"] for hit in body["hits"]] == [2]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"kind": "nope"}, "kind"),
        ({"community": "private-cop"}, "community"),
        ({"community": "no-such-cop"}, "community"),
        ({"date_from": "2025-05-01", "date_to": "2025-01-01"}, "date_to"),
        ({"date_from": "yesterday"}, "date_from"),
        ({"country": "XX"}, "country"),
        ({"language": "English"}, "language"),
        ({"page": "0"}, "page"),
        ({"q": "x" * 501}, "q"),
    ],
)
def test_the_api_refuses_bad_filters_clearly(client, world, garden, params, field):
    response = client.get("/api/v1/search", {"q": "garden", **params})
    assert response.status_code == 422
    assert field in str(response.json()["error"]["fields"])


def test_nul_characters_are_no_error(client, world, garden):
    assert client.get("/api/v1/search", {"q": "garden\x00"}).json()["total"] == 1
    response = client.get("/api/v1/search", {"q": "garden", "community": "a\x00"})
    assert response.status_code == 422
