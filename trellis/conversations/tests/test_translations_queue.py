"""The queue of posts wanting a translation: its page, following it, the API and the digest."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from trellis.conversations.digest import translations_wanted
from trellis.conversations.models_translations import TranslationRequest, TranslationVolunteer
from trellis.conversations.services.translations import (
    translation_queue_follow,
    translation_request_create,
)
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def asked(world, *, title, community=None, language="ru", by=None):
    question = QuestionFactory(
        community=community or world.public, author=world.convener, title=title, language="en"
    )
    translation_request_create(
        actor=by or world.member,
        post=question,
        community=community or world.public,
        language=language,
    )
    return question


def test_the_queue_lists_newest_first_and_filters_by_language(client, world):
    asked(world, title="First asked")
    asked(world, title="Second asked")
    french = QuestionFactory(community=world.public, author=world.convener, language="ru")
    translation_request_create(
        actor=world.member, post=french, community=world.public, language="en"
    )
    client.force_login(world.outsider)
    html = client.get(reverse("conversations:translation_queue") + "?language=ru").content.decode()
    assert "2 texts waiting" in html
    assert html.index("Second asked") < html.index("First asked")
    assert french.title not in html
    everything = client.get(reverse("conversations:translation_queue")).content.decode()
    assert "3 texts waiting" in everything


def test_the_queue_in_russian_and_private_posts_only_for_their_readers(client, world):
    asked(world, title="Private question", community=world.private)
    client.force_login(world.member)
    html = client.get(
        reverse("conversations:translation_queue"), HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert "1 текст ждёт перевода" in html
    assert "Private question" in html
    client.force_login(world.outsider)
    html = client.get(reverse("conversations:translation_queue")).content.decode()
    assert "Private question" not in html
    assert "Nothing is waiting for a translation." in html


def test_the_queue_is_paginated(client, world):
    for number in range(32):
        asked(world, title=f"Question number {number:02d}")
    client.force_login(world.member)
    first = client.get(reverse("conversations:translation_queue")).content.decode()
    second = client.get(reverse("conversations:translation_queue") + "?page=2").content.decode()
    assert "Question number 31" in first and "Question number 00" not in first
    assert "Question number 00" in second and "Question number 31" not in second


def test_following_the_queue_from_its_page(client, world):
    client.force_login(world.member)
    url = reverse("conversations:translation_queue_follow")
    client.post(url, {"language": "ru", "following": "1"})
    assert TranslationVolunteer.objects.filter(person=world.member, language="ru").exists()
    html = client.get(reverse("conversations:translation_queue")).content.decode()
    assert "You follow translations into Russian." in html
    client.post(url, {"language": "ru", "following": "0"})
    assert not TranslationVolunteer.objects.exists()
    response = client.post(url, {"language": "xx", "following": "1"}, follow=True)
    assert "Choose one of the network&#x27;s languages." in response.content.decode()


def test_the_digest_lists_new_requests_in_followed_languages(world):
    since = timezone.now() - timedelta(days=1)
    asked(world, title="Wanted in Russian", by=world.member)
    asked(world, title="Wanted privately", community=world.private, by=world.member)
    assert translations_wanted(world.outsider, since) == []
    translation_queue_follow(person=world.outsider, language="ru", following=True)
    items = translations_wanted(world.outsider, since)
    assert [item.title for item in items] == ["Wanted in Russian"]
    assert items[0].detail == "Wanted in Russian"
    # One's own requests are not news; nor are requests older than the last digest.
    translation_queue_follow(person=world.member, language="ru", following=True)
    assert translations_wanted(world.member, since) == []
    assert translations_wanted(world.outsider, timezone.now() + timedelta(minutes=1)) == []


def test_the_digest_forgets_fulfilled_requests(client, world):
    since = timezone.now() - timedelta(days=1)
    question = asked(world, title="Soon translated")
    translation_queue_follow(person=world.convener, language="ru", following=True)
    assert len(translations_wanted(world.convener, since)) == 1
    client.force_login(world.convener)
    client.post(
        reverse("conversations:post_translate", args=["question", question.pk]),
        {"language": "ru", "title": "Скоро", "body": "Переведено"},
    )
    assert translations_wanted(world.convener, since) == []


def test_api_translations_of_a_post(client, world):
    answer = AnswerFactory(question__community=world.public, author=world.convener, language="en")
    base = f"/api/v1/posts/answer/{answer.pk}"
    client.force_login(world.member)
    created = client.post(
        f"{base}/translations", {"language": "ru", "body": "Ответ"}, content_type="application/json"
    )
    assert created.status_code == 201
    assert created.json()["translator"]["full_name"] == "Member Person"
    listed = client.get(f"{base}/translations").json()
    assert [(t["language"], t["body"]) for t in listed] == [("ru", "Ответ")]
    duplicate = client.post(
        f"{base}/translations", {"language": "ru", "body": "Ещё"}, content_type="application/json"
    )
    assert duplicate.status_code == 422
    assert "already has a translation into Russian" in duplicate.content.decode()
    same = client.post(
        f"{base}/translations", {"language": "en", "body": "x"}, content_type="application/json"
    )
    assert same.status_code == 422
    assert "already written in English" in same.content.decode()
    empty = client.patch(f"{base}/translations/ru", {"body": "  "}, content_type="application/json")
    assert empty.status_code == 422
    edited = client.patch(
        f"{base}/translations/ru", {"body": "Исправлено"}, content_type="application/json"
    )
    assert edited.json()["body"] == "Исправлено"
    client.force_login(world.outsider)
    refused = client.patch(
        f"{base}/translations/ru", {"body": "Чужое"}, content_type="application/json"
    )
    assert refused.status_code == 403


def test_api_asks_and_reads_the_queue(client, world):
    question = QuestionFactory(community=world.public, author=world.convener, language="en")
    client.force_login(world.outsider)
    response = client.post(
        f"/api/v1/posts/question/{question.pk}/translation-requests",
        {"language": "ru"},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["kind"] == "question"
    assert response.json()["requested_by"]["full_name"] == "Outsider Person"
    queue = client.get("/api/v1/translation-requests?language=ru").json()
    assert queue["count"] == 1
    assert queue["items"][0]["title"] == question.title
    assert queue["items"][0]["post_id"] == question.pk
    assert client.put("/api/v1/translation-requests/follows/ru").json() == {
        "language": "ru",
        "following": True,
    }
    assert client.delete("/api/v1/translation-requests/follows/ru").json()["following"] is False
    assert TranslationRequest.objects.count() == 1
