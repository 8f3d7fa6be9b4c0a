"""What readers of each language see of a translated post, and the pages that translate."""

import pytest
from django.urls import reverse

from trellis.communities.models import AuditEntry
from trellis.conversations.models_translations import PostTranslation, TranslationRequest
from trellis.conversations.services.translations import post_translation_add
from trellis.conversations.tests.factories import DiscussionFactory, QuestionFactory

pytestmark = pytest.mark.django_db

TITLE_EN = "How do you forecast cash?"
TITLE_RU = "Как вы прогнозируете денежные потоки?"
BODY_RU = "Нам трудно с ежедневными прогнозами."


def translated_question(world, translator=None):
    question = QuestionFactory(
        community=world.public,
        author=world.convener,
        title=TITLE_EN,
        body="We struggle with daily forecasts.",
        language="en",
    )
    post_translation_add(
        actor=translator or world.member,
        post=question,
        community=world.public,
        language="ru",
        title=TITLE_RU,
        body=BODY_RU,
    )
    return question


def page(client, url, language):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_a_russian_reader_sees_the_translation_marked_and_credited(client, world):
    question = translated_question(world)
    client.force_login(world.outsider)
    html = page(client, reverse("conversations:question_detail", args=[question.pk]), "ru")
    assert f'<h1 lang="ru">{TITLE_RU}</h1>' in html
    assert BODY_RU in html
    assert "Перевод" in html
    assert "Перевод с языка «Английский», переводчик: Member Person" in html
    # The original is one click away, without JavaScript.
    assert "<summary>Показать оригинал</summary>" in html
    assert "We struggle with daily forecasts." in html


def test_an_english_reader_sees_the_original_only(client, world):
    question = translated_question(world)
    client.force_login(world.outsider)
    html = page(client, reverse("conversations:question_detail", args=[question.pk]), "en")
    assert f'<h1 lang="en">{TITLE_EN}</h1>' in html
    assert BODY_RU not in html
    assert "Translated from" not in html


def test_original_one_shows_every_post_as_written(client, world):
    question = translated_question(world)
    client.force_login(world.outsider)
    url = reverse("conversations:question_detail", args=[question.pk])
    translated = page(client, url, "ru")
    original = page(client, url + "?original=1", "ru")
    assert TITLE_RU in translated
    assert f'<h1 lang="en">{TITLE_EN}</h1>' in original
    assert BODY_RU not in original
    assert "Читать переводы на мой язык" in original


def test_without_a_translation_the_reader_may_ask_and_members_may_translate(client, world):
    question = QuestionFactory(community=world.public, author=world.convener, language="en")
    url = reverse("conversations:question_detail", args=[question.pk])
    client.force_login(world.member)
    html = page(client, url, "ru")
    assert "Попросить перевод" in html
    assert "Перевести на язык «Русский»" in html
    client.force_login(world.outsider)
    html = page(client, url, "ru")
    assert "Попросить перевод" in html
    assert "Перевести на язык «Русский»" not in html
    client.post(
        reverse("conversations:translation_ask", args=["question", question.pk]),
        {"language": "ru", "next": url},
    )
    assert TranslationRequest.objects.filter(language="ru", requested_by=world.outsider).exists()
    assert "Перевод запрошен" in page(client, url, "ru")


def test_adding_a_translation_through_the_page(client, world):
    discussion = DiscussionFactory(community=world.public, author=world.convener, language="en")
    client.force_login(world.member)
    url = reverse("conversations:post_translate", args=["discussion", discussion.pk])
    form = page(client, url + "?language=ru", "en")
    assert "The original, in English" in form
    response = client.post(url, {"language": "ru", "title": "Тема", "body": "Текст"})
    assert response.status_code == 302
    translation = PostTranslation.objects.get()
    assert (translation.translator, translation.title) == (world.member, "Тема")
    detail = page(client, response.url, "ru")
    assert '<h1 id="discussion-title" lang="ru">Тема</h1>' in detail
    assert "Изменить перевод" in detail


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"language": "ru", "title": "Тема", "body": ""}, "Напишите что-нибудь"),
        (
            {"language": "en", "title": "Topic", "body": "Text"},
            "Выберите язык, на котором пост не написан",
        ),
        (
            {"language": "xx", "title": "Topic", "body": "Text"},
            "Выберите язык, на котором пост не написан",
        ),
    ],
)
def test_bad_input_shows_a_translated_message(client, world, data, message):
    question = QuestionFactory(community=world.public, author=world.convener, language="en")
    client.force_login(world.member)
    url = reverse("conversations:post_translate", args=["question", question.pk])
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PostTranslation.objects.exists()


def test_a_duplicate_is_sent_to_the_edit_page(client, world):
    question = translated_question(world)
    client.force_login(world.convener)
    url = reverse("conversations:post_translate", args=["question", question.pk])
    response = client.post(url, {"language": "ru", "title": "x", "body": "y"})
    assert response.status_code == 302
    assert PostTranslation.objects.get().body == BODY_RU


def test_edit_page_for_translator_and_moderator_not_for_others(client, world):
    question = translated_question(world, translator=world.member)
    url = reverse("conversations:translation_edit", args=["question", question.pk, "ru"])
    client.force_login(world.outsider)
    assert client.get(url).status_code == 403
    client.force_login(world.member)
    assert client.get(url).status_code == 200
    client.force_login(world.admin)
    response = client.post(url, {"title": TITLE_RU, "body": "Исправлено"})
    assert response.status_code == 302
    assert PostTranslation.objects.get().body == "Исправлено"
    assert AuditEntry.objects.filter(action="post.translation_edited", actor=world.admin).exists()
    missing = reverse("conversations:translation_edit", args=["question", question.pk, "en"])
    assert client.get(missing).status_code == 404
