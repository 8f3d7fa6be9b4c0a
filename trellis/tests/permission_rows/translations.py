"""Rows for translations of posts: translating, correcting, asking, the queue and following it."""

from typing import Any

from trellis.accounts.tests.factories import UserFactory
from trellis.conftest import World
from trellis.conversations.models_translations import (
    PostTranslation,
    TranslationRequest,
    TranslationVolunteer,
)
from trellis.conversations.services.translations import post_translation_add
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.tests.permission_rows import API_MANAGERS, MANAGERS, Row

SIGNED_IN = "login ok ok ok ok ok"
API_SIGNED_IN = "401 ok ok ok ok ok"
# Those who read the post and take part in its community translate it.
TRANSLATORS = "login 403 ok ok 403 ok"
API_TRANSLATORS = "401 403 ok ok 403 ok"
READERS = "login ok ok ok ok ok"
# Sponsors never read a private community's conversations: its posts do not exist for them.
READERS_PRIVATE = "404 404 ok ok 404 ok"
MODERATORS_PRIVATE = "404 404 403 ok 404 ok"


def an_english_question(world: World, community: Any) -> str:
    question = QuestionFactory(community=community, author=UserFactory(), language="en")
    return f"/conversations/posts/question/{question.pk}/"


def a_translated_answer(world: World, community: Any) -> str:
    """An English answer someone else translated into Russian."""
    answer = AnswerFactory(question__community=community, author=UserFactory(), language="en")
    post_translation_add(
        actor=world.convener, post=answer, community=community, language="ru", body="Ответ"
    )
    PostTranslation.objects.filter(language="ru").update(translator=UserFactory())
    return f"/conversations/posts/answer/{answer.pk}/"


def everyone_follows(world: World, community: Any) -> str:
    for person in (world.outsider, world.member, world.convener, world.sponsor, world.admin):
        TranslationVolunteer.objects.get_or_create(person=person, language="ru")
    return "/api/v1/translation-requests/follows/ru"


def api_post(make: Any) -> Any:
    return lambda w, c: make(w, c).replace("/conversations/posts/", "/api/v1/posts/").rstrip("/")


TRANSLATION = {"language": "ru", "title": "Вопрос", "body": "Текст"}

ROWS = [
    Row(
        "conversations:post_translate",
        "GET",
        lambda w, c: an_english_question(w, c) + "translate/",
        TRANSLATORS,
        READERS_PRIVATE,
    ),
    Row(
        "conversations:post_translate",
        "POST",
        lambda w, c: an_english_question(w, c) + "translate/",
        TRANSLATORS,
        READERS_PRIVATE,
        data=TRANSLATION,
    ),
    Row(
        "conversations:translation_edit",
        "GET",
        lambda w, c: a_translated_answer(w, c) + "translations/ru/edit/",
        MANAGERS,
        MODERATORS_PRIVATE,
    ),
    Row(
        "conversations:translation_edit",
        "POST",
        lambda w, c: a_translated_answer(w, c) + "translations/ru/edit/",
        MANAGERS,
        MODERATORS_PRIVATE,
        data={"body": "Исправленный ответ"},
    ),
    Row(
        "conversations:translation_ask",
        "POST",
        lambda w, c: an_english_question(w, c) + "translation-wanted/",
        READERS,
        READERS_PRIVATE,
        data={"language": "ru"},
    ),
    Row(
        "conversations:translation_queue",
        "GET",
        lambda w, c: "/conversations/translations/?language=ru",
        SIGNED_IN,
    ),
    Row(
        "conversations:translation_queue_follow",
        "POST",
        lambda w, c: "/conversations/translations/follow/",
        SIGNED_IN,
        data={"language": "ru", "following": "1"},
    ),
    # The API
    Row(
        "api:translation_list",
        "GET",
        lambda w, c: api_post(a_translated_answer)(w, c) + "/translations",
        "ok ok ok ok ok ok",
        READERS_PRIVATE,
    ),
    Row(
        "api:translation_create",
        "POST",
        lambda w, c: api_post(an_english_question)(w, c) + "/translations",
        API_TRANSLATORS,
        READERS_PRIVATE,
        data=TRANSLATION,
        json=True,
        effect=lambda w, c: PostTranslation.objects.count(),
    ),
    Row(
        "api:translation_edit",
        "PATCH",
        lambda w, c: api_post(a_translated_answer)(w, c) + "/translations/ru",
        API_MANAGERS,
        MODERATORS_PRIVATE,
        data={"body": "Исправленный ответ"},
        json=True,
        effect=lambda w, c: list(PostTranslation.objects.values_list("body", flat=True)),
    ),
    Row(
        "api:translation_request_create",
        "POST",
        lambda w, c: api_post(an_english_question)(w, c) + "/translation-requests",
        API_SIGNED_IN,
        READERS_PRIVATE,
        data={"language": "ru"},
        json=True,
        effect=lambda w, c: TranslationRequest.objects.count(),
    ),
    Row("api:translation_queue", "GET", lambda w, c: "/api/v1/translation-requests", API_SIGNED_IN),
    Row(
        "api:translation_queue_follow",
        "PUT",
        lambda w, c: "/api/v1/translation-requests/follows/ru",
        API_SIGNED_IN,
        json=True,
        effect=lambda w, c: TranslationVolunteer.objects.count(),
    ),
    Row(
        "api:translation_queue_unfollow",
        "DELETE",
        everyone_follows,
        API_SIGNED_IN,
        json=True,
        effect=lambda w, c: TranslationVolunteer.objects.count(),
    ),
]
