"""Hot-topic discussions through the API."""

import pytest

from trellis.api.tests.client import error_of
from trellis.conversations.services import discussions as services
from trellis.conversations.tests.factories import DiscussionFactory, ReplyFactory

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
