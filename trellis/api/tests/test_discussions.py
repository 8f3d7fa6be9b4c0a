"""Hot-topic discussions through the API."""

import pytest

from trellis.api.tests.client import error_of
from trellis.conversations.services import discussions as services
from trellis.conversations.tests.factories import DiscussionFactory, ReplyFactory
from trellis.core.pagination import DEFAULT_PAGE_SIZE

pytestmark = pytest.mark.django_db


def test_a_member_starts_a_discussion_and_others_reply_quoting_each_other(api, world):
    created = api.post(
        "/api/v1/discussions",
        {"community": world.public.slug, "title": "Fiscal rules", "body": "Do they **bind**?"},
        person=world.member,
    )
    assert created.status_code == 201, created.json()
    discussion = created.json()
    assert discussion["community"] == world.public.slug
    assert discussion["replies"] == []
    first = api.post(
        f"/api/v1/discussions/{discussion['id']}/replies",
        {"body": "Only with an independent council."},
        person=world.convener,
    ).json()
    second = api.post(
        f"/api/v1/discussions/{discussion['id']}/replies",
        {"body": "Which council?", "quoted": first["id"]},
        person=world.member,
    )
    assert second.status_code == 201
    assert second.json()["quoted"]["id"] == first["id"]
    assert second.json()["quoted"]["author"]["full_name"] == "Convener Person"
    read = api.get(f"/api/v1/discussions/{discussion['id']}", person=world.member).json()
    assert [reply["body"] for reply in read["replies"]] == [
        "Only with an independent council.",
        "Which council?",
    ]
    assert read["reply_count"] == 2


def test_quoting_a_reply_of_another_discussion_is_invalid(api, world):
    discussion = DiscussionFactory(community=world.public)
    elsewhere = ReplyFactory(discussion=DiscussionFactory(community=world.public))
    response = api.post(
        f"/api/v1/discussions/{discussion.pk}/replies",
        {"body": "Hm", "quoted": elsewhere.pk},
        person=world.member,
    )
    assert response.status_code == 422
    assert "quoted" in error_of(response)["fields"]


def test_a_locked_or_closed_discussion_answers_409(api, world):
    discussion = DiscussionFactory(community=world.public)
    services.discussion_moderate(actor=world.convener, discussion=discussion, closed=True)
    response = api.post(
        f"/api/v1/discussions/{discussion.pk}/replies", {"body": "Late"}, person=world.member
    )
    assert response.status_code == 409
    assert error_of(response)["code"] == "discussion_closed"


def test_the_list_puts_pinned_first_and_hides_private_ones_from_sponsors(api, world):
    DiscussionFactory(community=world.public, title="Ordinary")
    pinned = DiscussionFactory(community=world.public, title="Pinned", pinned=True)
    DiscussionFactory(community=world.private, title="Private")
    titles = [
        d["title"] for d in api.get("/api/v1/discussions", person=world.sponsor).json()["items"]
    ]
    assert titles == ["Pinned", "Ordinary"]
    assert (
        api.get(
            f"/api/v1/discussions?community={world.private.slug}", person=world.sponsor
        ).status_code
        == 403
    )
    private = DiscussionFactory(community=world.private)
    assert api.get(f"/api/v1/discussions/{private.pk}", person=world.sponsor).status_code == 404
    assert api.get(f"/api/v1/discussions/{pinned.pk}").status_code == 200
    member_titles = {
        d["title"] for d in api.get("/api/v1/discussions", person=world.member).json()["items"]
    }
    assert "Private" in member_titles


def test_invalid_input_is_a_422(api, world):
    response = api.post(
        "/api/v1/discussions",
        {"community": world.public.slug, "title": "", "body": "x", "extra": 1},
        person=world.member,
    )
    assert response.status_code == 422
    assert set(error_of(response)["fields"]) >= {"title", "extra"}


def test_replies_come_a_page_at_a_time_and_the_discussion_shows_the_first_page(api, world):
    discussion = DiscussionFactory(community=world.public)
    hidden = ReplyFactory(discussion=discussion, author=world.convener, body="Hidden", hidden=True)
    for n in range(DEFAULT_PAGE_SIZE + 2):
        ReplyFactory(
            discussion=discussion,
            author=world.convener,
            body=f"Reply {n}",
            quoted=hidden if n == 0 else None,
        )
    path = f"/api/v1/discussions/{discussion.pk}"

    read = api.get(path, person=world.member).json()
    first = api.get(f"{path}/replies?page_size=20", person=world.member).json()
    second = api.get(f"{path}/replies?page_size=20&page=2", person=world.member).json()

    assert read["reply_count"] == DEFAULT_PAGE_SIZE + 2
    assert [reply["body"] for reply in read["replies"]] == [
        f"Reply {n}" for n in range(DEFAULT_PAGE_SIZE)
    ]
    assert first["count"] == DEFAULT_PAGE_SIZE + 2
    assert [reply["body"] for reply in first["items"] + second["items"]] == [
        f"Reply {n}" for n in range(DEFAULT_PAGE_SIZE + 2)
    ]
    # A hidden reply is quoted without its text, except to the conveners, who see it listed.
    assert first["items"][0]["quoted"] == {
        "id": hidden.pk,
        "author": first["items"][0]["author"],
        "body": "",
    }
    by_convener = api.get(f"{path}/replies?page_size=2", person=world.convener).json()
    assert by_convener["count"] == DEFAULT_PAGE_SIZE + 3
    assert [reply["body"] for reply in by_convener["items"]] == ["Hidden", "Reply 0"]
    assert by_convener["items"][1]["quoted"]["body"] == "Hidden"
    assert api.get(path, person=world.convener).json()["reply_count"] == DEFAULT_PAGE_SIZE + 3


def test_a_private_discussions_replies_are_for_its_members(api, world):
    private = DiscussionFactory(community=world.private)
    ReplyFactory(discussion=private, author=world.convener)
    path = f"/api/v1/discussions/{private.pk}/replies"
    for person in (world.outsider, world.sponsor):
        assert api.get(path, person=person).status_code == 404
    assert api.get(path, person=world.member).json()["count"] == 1
    assert api.get("/api/v1/discussions/0/replies", person=world.member).status_code == 422
