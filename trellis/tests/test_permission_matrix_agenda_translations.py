"""The permission matrix of the translation pages and endpoints for learning agenda items.

The same URLs translate posts and agenda items (`kind` is `agenda_item`), and the main matrix
keeps one row per URL name and method, for posts. Agenda items follow the agenda's rules instead
(who sees the agenda reads and asks; its members and those who run the community translate;
sponsors see a private community's agenda), so they get rows of their own, run the same way.
"""

from typing import Any

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import AgendaItem
from trellis.conftest import World
from trellis.conversations.models_translations import PostTranslation, TranslationRequest
from trellis.conversations.services.translations import post_translation_add
from trellis.tests import test_permission_matrix as matrix
from trellis.tests.permission_rows import (
    API_MANAGERS,
    API_MANAGERS_PRIVATE,
    EVERYONE,
    MANAGERS,
    MANAGERS_PRIVATE,
    Row,
)
from trellis.tests.test_permission_matrix import world, world_once

__all__ = ["world", "world_once"]

TRANSLATORS = "login 403 ok ok 403 ok"
TRANSLATORS_PRIVATE = "404 404 ok ok 403 ok"
API_TRANSLATORS = "401 403 ok ok 403 ok"
ASKERS = "login ok ok ok ok ok"
API_ASKERS = "401 ok ok ok ok ok"
# Sponsors see a private community's agenda, so they read and ask.
READERS_PRIVATE = "404 404 ok ok ok ok"

TRANSLATION = {"language": "ru", "title": "Как мы считаем?", "body": "Описание"}


def an_english_item(world: World, community: Any) -> str:
    item = AgendaItem.objects.create(
        community=community,
        title="How do we cost programmes?",
        description="Methods differ.",
        language="en",
        proposer=world.member,
    )
    return f"/conversations/posts/agenda_item/{item.pk}/"


def a_translated_item(world: World, community: Any) -> str:
    """An English item someone else translated into Russian."""
    path = an_english_item(world, community)
    item = AgendaItem.objects.get(pk=int(path.rstrip("/").rsplit("/", 1)[1]))
    post_translation_add(actor=world.convener, post=item, community=community, **TRANSLATION)
    PostTranslation.objects.filter(language="ru").update(translator=UserFactory())
    return path


def api(make: Any) -> Any:
    return lambda w, c: make(w, c).replace("/conversations/posts/", "/api/v1/posts/").rstrip("/")


ROWS = [
    Row(
        "conversations:post_translate",
        "GET",
        lambda w, c: an_english_item(w, c) + "translate/",
        TRANSLATORS,
        TRANSLATORS_PRIVATE,
    ),
    Row(
        "conversations:post_translate",
        "POST",
        lambda w, c: an_english_item(w, c) + "translate/",
        TRANSLATORS,
        TRANSLATORS_PRIVATE,
        data=TRANSLATION,
        effect=lambda w, c: PostTranslation.objects.count(),
    ),
    Row(
        "conversations:translation_edit",
        "GET",
        lambda w, c: a_translated_item(w, c) + "translations/ru/edit/",
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "conversations:translation_edit",
        "POST",
        lambda w, c: a_translated_item(w, c) + "translations/ru/edit/",
        MANAGERS,
        MANAGERS_PRIVATE,
        data={"title": "Как мы считаем?", "body": "Исправлено"},
        effect=lambda w, c: list(PostTranslation.objects.values_list("body", flat=True)),
    ),
    Row(
        "conversations:translation_ask",
        "POST",
        lambda w, c: an_english_item(w, c) + "translation-wanted/",
        ASKERS,
        READERS_PRIVATE,
        data={"language": "ru"},
        effect=lambda w, c: TranslationRequest.objects.count(),
    ),
    Row(
        "api:translation_list",
        "GET",
        lambda w, c: api(a_translated_item)(w, c) + "/translations",
        EVERYONE,
        READERS_PRIVATE,
    ),
    Row(
        "api:translation_create",
        "POST",
        lambda w, c: api(an_english_item)(w, c) + "/translations",
        API_TRANSLATORS,
        TRANSLATORS_PRIVATE,
        data=TRANSLATION,
        json=True,
        effect=lambda w, c: PostTranslation.objects.count(),
    ),
    Row(
        "api:translation_edit",
        "PATCH",
        lambda w, c: api(a_translated_item)(w, c) + "/translations/ru",
        API_MANAGERS,
        API_MANAGERS_PRIVATE,
        data={"title": "Как мы считаем?", "body": "Исправлено"},
        json=True,
        effect=lambda w, c: list(PostTranslation.objects.values_list("body", flat=True)),
    ),
    Row(
        "api:translation_request_create",
        "POST",
        lambda w, c: api(an_english_item)(w, c) + "/translation-requests",
        API_ASKERS,
        READERS_PRIVATE,
        data={"language": "ru"},
        json=True,
        effect=lambda w, c: TranslationRequest.objects.count(),
    ),
]

CASES = [
    pytest.param(row, scope, role, outcome, id=f"{row.name}-{row.method}-{scope}-{role}")
    for row in ROWS
    for scope, role, outcome in row.cases()
]


@pytest.mark.parametrize(("row", "scope", "role", "outcome"), CASES)
def test_agenda_translation_matrix(
    client: Any, world: World, row: Row, scope: str, role: str, outcome: str
) -> None:
    matrix.test_permission_matrix(client, world, row, scope, role, outcome)
