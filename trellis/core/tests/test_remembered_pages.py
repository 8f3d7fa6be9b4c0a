"""Remembered pages: served without the view while nothing they show changed, to the same
viewer only, with each request's own CSRF token, unread count and messages."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from trellis.accounts.models import AccessToken
from trellis.accounts.services import access_token_create
from trellis.communities.services import community_update, membership_leave
from trellis.conversations.tests.factories import QuestionFactory
from trellis.core.remembered import forget_all, remembered
from trellis.notifications.models import NotificationKind
from trellis.notifications.services import notify

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')


def queries(client: Client, path: str, **extra: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as context:
        response = client.get(path, **extra)
    assert response.status_code == 200
    return len(context), response.text


def test_a_second_visit_is_served_from_memory_and_is_the_same_page(world, client):
    first_count, first = queries(client, "/communities/")
    second_count, second = queries(client, "/communities/")
    assert second_count == 1  # the data generations; no view, no session for a visitor
    assert first_count > second_count
    anything_secret = re.compile(r"[A-Za-z0-9]{64}")  # each request's own CSRF token
    assert anything_secret.sub("", second) == anything_secret.sub("", first)
    assert world.public.name["en"] in second


def test_signed_in_people_never_get_each_others_pages(world):
    member, outsider = Client(), Client()
    member.force_login(world.member)
    outsider.force_login(world.outsider)
    for _ in range(2):
        member_page = member.get("/communities/").text
        outsider_page = outsider.get("/communities/").text
        visitor_page = Client().get("/communities/").text
        assert world.private.name["en"] in member_page
        assert world.private.name["en"] not in outsider_page
        assert world.private.name["en"] not in visitor_page
        assert f"/people/{world.member.pk}/" in member_page
        assert f"/people/{world.member.pk}/" not in outsider_page
        assert "Log out" not in visitor_page


@pytest.mark.parametrize("path", ["/communities/", "/activities/"])
def test_each_visitor_gets_a_token_that_works_with_their_own_cookie(world, path):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get(path)
    page = second.get(path).text  # served from memory
    tokens = set(TOKEN.findall(page))
    assert len(tokens) == 1
    response = second.post(
        "/i18n/setlang/", {"language": "ru", "next": path, "csrfmiddlewaretoken": tokens.pop()}
    )
    assert response.status_code == 302


def test_a_change_made_through_a_service_shows_at_once(world, client):
    client.force_login(world.member)
    assert "Renamed community" not in client.get(f"/communities/{world.public.slug}/").text
    community_update(actor=world.convener, community=world.public, name={"en": "Renamed community"})
    assert "Renamed community" in client.get(f"/communities/{world.public.slug}/").text


def test_leaving_a_private_community_hides_it_at_once(world, client):
    client.force_login(world.member)
    assert world.private.name["en"] in client.get("/communities/").text
    membership_leave(person=world.member, community=world.private)
    assert world.private.name["en"] not in client.get("/communities/").text
    assert client.get(f"/communities/{world.private.slug}/").status_code == 404


def test_a_new_question_shows_in_the_list(world, client):
    client.force_login(world.member)
    client.get("/questions/")
    QuestionFactory(community=world.public, author=world.convener, title="Brand new question")
    assert "Brand new question" in client.get("/questions/").text


def test_the_header_counts_a_notice_that_arrives_after_the_page_was_remembered(world, client):
    client.force_login(world.member)
    unread = '<span class="badge">1<span class="visually-hidden">'
    assert unread not in client.get("/communities/").text
    notify(
        recipients=[world.member],
        kind=NotificationKind.NEW_QUESTION,
        actor=world.convener,
        target=world.public,
        community=world.public,
    )
    assert unread in client.get("/communities/").text


def test_a_flash_message_after_an_action_appears_on_the_next_page(world, client):
    client.force_login(world.outsider)
    client.get(f"/communities/{world.public.slug}/")  # remembered without a message
    response = client.post(f"/communities/{world.public.slug}/join/", follow=True)
    assert response.status_code == 200
    assert 'class="message' in response.text


def test_the_page_follows_the_readers_language(world, client):
    client.force_login(world.member)
    assert "Communities" in client.get("/communities/").text
    client.cookies["django_language"] = "ru"
    assert "Сообщества" in client.get("/communities/", HTTP_ACCEPT_LANGUAGE="ru").text


def test_a_minute_later_the_page_is_built_again(world, client):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        first_count, _ = queries(client, "/activities/")
        assert queries(client, "/activities/")[0] < first_count
        traveller.shift(timedelta(minutes=1))
        assert queries(client, "/activities/")[0] == first_count


def test_the_api_remembers_per_viewer_and_never_for_a_token(world, client):
    private_name = world.private.name["en"]
    client.force_login(world.member)
    assert private_name in client.get("/api/v1/communities").text
    assert private_name in client.get("/api/v1/communities").text
    assert private_name not in Client().get("/api/v1/communities").text
    token, raw = access_token_create(person=world.member, name="script")
    client.get("/api/v1/communities", HTTP_AUTHORIZATION=f"Bearer {raw}")
    token.revoked_at = timezone.now()
    AccessToken.objects.bulk_update([token], ["revoked_at"])  # not watched: never remembered
    answer = Client().get("/api/v1/communities", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert answer.status_code == 401


def test_outside_a_request_nothing_is_remembered(db):
    calls = []
    remembered("key", lambda: calls.append(1))
    remembered("key", lambda: calls.append(1))
    assert len(calls) == 2


def test_memory_is_bounded(world, client):
    with override_settings(TRELLIS_REMEMBERED_BYTES=200_000):
        for page in range(1, 6):
            client.get(f"/activities/?page={page}")
        from trellis.core.remembered import _size

        assert _size[0] <= 200_000
    forget_all()


def test_following_shows_on_the_page_at_once(world, client):
    from trellis.notifications.services import follow

    client.force_login(world.member)
    page = f"/communities/{world.public.slug}/"
    assert 'value="unfollow"' not in client.get(page).text
    follow(person=world.member, target=world.public)
    assert 'value="unfollow"' in client.get(page).text


def test_a_page_with_a_token_the_slot_cannot_find_is_not_kept(world):
    visitor = Client()
    visitor.get("/api/v1/docs")
    other = Client()
    page = other.get("/api/v1/docs")
    assert page.cookies.get("csrftoken") is not None  # its own token, made for it
