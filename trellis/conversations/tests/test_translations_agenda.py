"""Translations of learning agenda items: who may add one, what readers of each language see on
the item's page and the agenda, asking for one, the queue, the digest and the API."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils import translation as django_translation

from trellis.communities.models import AgendaItem, AuditEntry
from trellis.conversations.digest import translations_wanted
from trellis.conversations.models_translations import PostTranslation, TranslationRequest
from trellis.conversations.services.translations import (
    post_translation_add,
    post_translation_edit,
    translation_queue_follow,
    translation_request_create,
)
from trellis.participation.models import Contribution, ContributionKind

pytestmark = pytest.mark.django_db

TITLE_EN = "How do we cost programmes?"
TITLE_RU = "Как мы рассчитываем стоимость программ?"
DESCRIPTION_EN = "Costing methods differ between *ministries*."
DESCRIPTION_RU = "Методы расчёта различаются в разных министерствах."


def english_item(world, community=None, **kwargs):
    fields = {"title": TITLE_EN, "description": DESCRIPTION_EN, **kwargs}
    return AgendaItem.objects.create(
        community=community or world.public, proposer=world.convener, language="en", **fields
    )


def add_russian(world, item, actor=None, **kwargs):
    fields = {"title": TITLE_RU, "body": DESCRIPTION_RU, **kwargs}
    return post_translation_add(
        actor=actor or world.member, post=item, community=item.community, language="ru", **fields
    )


def item_url(item):
    return reverse("communities:agenda_item", args=[item.community.slug, item.pk])


def agenda_url(community):
    return reverse("communities:agenda", args=[community.slug])


def page(client, url, language):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_a_member_translates_an_item_credited_and_counted(world):
    item = english_item(world)
    translation = add_russian(world, item)
    assert (translation.title, translation.body) == (TITLE_RU, DESCRIPTION_RU)
    assert translation.translator == world.member
    contribution = Contribution.objects.get(kind=ContributionKind.POST_TRANSLATED)
    assert (contribution.person, contribution.community) == (world.member, world.public)


@pytest.mark.parametrize("role", ["outsider", "sponsor"])
def test_who_does_not_take_part_cannot_translate(world, role):
    item = english_item(world)
    with pytest.raises(PermissionDenied):
        add_russian(world, item, actor=world.person(role))
    assert not PostTranslation.objects.exists()


def test_an_item_needs_its_translated_title_and_a_description_only_if_it_has_one(world):
    item = english_item(world)
    with pytest.raises(ValidationError) as error:
        add_russian(world, item, title=" ", body="")
    assert set(error.value.message_dict) == {"title", "body"}
    bare = english_item(world, title="Arrears benchmarks", description="")
    translation = add_russian(world, bare, title="Сравнение задолженности", body="")
    assert (translation.title, translation.body) == ("Сравнение задолженности", "")


def test_a_russian_reader_sees_the_item_translated_with_the_original_a_click_away(client, world):
    item = english_item(world)
    add_russian(world, item)
    client.force_login(world.outsider)
    html = page(client, item_url(item), "ru")
    assert f'<h1 lang="ru">{TITLE_RU}</h1>' in html
    assert DESCRIPTION_RU in html
    assert "Перевод с языка «Английский», переводчик: Member Person" in html
    assert "<summary>Показать оригинал</summary>" in html
    assert "<em>ministries</em>" in html
    original = page(client, item_url(item) + "?original=1", "ru")
    assert f'<h1 lang="en">{TITLE_EN}</h1>' in original
    assert DESCRIPTION_RU not in original
    english = page(client, item_url(item), "en")
    assert f'<h1 lang="en">{TITLE_EN}</h1>' in english
    assert TITLE_RU not in english


def test_the_translator_and_conveners_edit_the_translation(client, world):
    item = english_item(world)
    translation = add_russian(world, item)
    edit = reverse("conversations:translation_edit", args=["agenda_item", item.pk, "ru"])
    client.force_login(world.member)
    assert edit in page(client, item_url(item), "ru")
    client.force_login(world.outsider)
    assert edit not in page(client, item_url(item), "ru")
    assert client.get(edit).status_code == 403
    client.force_login(world.convener)
    response = client.post(edit, {"title": TITLE_RU, "body": "Исправлено"})
    assert response.status_code == 302
    assert response.url == item_url(item)
    translation.refresh_from_db()
    assert translation.body == "Исправлено"
    assert AuditEntry.objects.get(action="agenda.translation_edited").actor == world.convener


def test_a_member_translates_from_the_item_page(client, world):
    item = english_item(world)
    client.force_login(world.member)
    html = page(client, item_url(item), "ru")
    translate = reverse("conversations:post_translate", args=["agenda_item", item.pk])
    assert f"{translate}?language=ru" in html
    form = page(client, f"{translate}?language=ru", "ru")
    assert TITLE_EN in form and "<em>ministries</em>" in form
    empty = client.post(translate, {"language": "ru", "title": TITLE_RU, "body": ""})
    assert "Write something: the text cannot be empty." in empty.content.decode()
    response = client.post(translate, {"language": "ru", "title": TITLE_RU, "body": DESCRIPTION_RU})
    assert response.status_code == 302
    assert response.url == item_url(item)
    assert PostTranslation.objects.get().title == TITLE_RU
    # Outsiders read the agenda but do not take part: no link for them.
    client.force_login(world.outsider)
    assert translate not in page(client, item_url(item), "ru")


def test_the_agenda_lists_translated_titles_in_a_fixed_number_of_queries(
    client, world, django_assert_max_num_queries
):
    # Ten items of each status are listed; seven of these nine are translated.
    items = [english_item(world, title=f"Item {number}") for number in range(9)]
    for number, item in enumerate(items[:7]):
        add_russian(world, item, title=f"Пункт {number}")
    client.force_login(world.member)
    with django_assert_max_num_queries(13):
        html = page(client, agenda_url(world.public), "ru")
    assert all(f"Пункт {number}" in html for number in range(7))
    assert "Item 7" in html and "Item 8" in html
    assert "Item 3" not in html
    assert html.count('<span class="badge">Перевод</span>') == 7
    original = page(client, agenda_url(world.public) + "?original=1", "ru")
    assert "Пункт 3" not in original and "Item 3" in original
    english = page(client, agenda_url(world.public), "en")
    assert "Пункт" not in english


def test_asking_for_an_item_puts_it_in_the_queue_and_the_digest(client, world):
    item = english_item(world)
    since = timezone.now() - timedelta(days=1)
    client.force_login(world.outsider)
    html = page(client, item_url(item), "ru")
    ask = reverse("conversations:translation_ask", args=["agenda_item", item.pk])
    assert ask in html
    response = client.post(ask, {"language": "ru", "next": item_url(item)})
    assert response.url == item_url(item)
    assert "Перевод запрошен" in page(client, item_url(item), "ru")
    client.force_login(world.member)
    queue = page(client, reverse("conversations:translation_queue") + "?language=ru", "en")
    assert "1 text waiting" in queue
    assert f'<a href="{item_url(item)}">{TITLE_EN}</a>' in queue
    assert reverse("conversations:post_translate", args=["agenda_item", item.pk]) in queue
    translation_queue_follow(person=world.member, language="ru", following=True)
    wanted = translations_wanted(world.member, since)
    assert [(entry.title, entry.url) for entry in wanted] == [(TITLE_EN, item_url(item))]
    add_russian(world, item)
    assert TranslationRequest.objects.get().fulfilled_at is not None
    assert translations_wanted(world.member, since) == []


def test_private_items_stay_with_their_readers(client, world):
    item = english_item(world, community=world.private)
    translation_request_create(
        actor=world.convener, post=item, community=world.private, language="ru"
    )
    client.force_login(world.outsider)
    queue = page(client, reverse("conversations:translation_queue"), "en")
    assert TITLE_EN not in queue
    translate = reverse("conversations:post_translate", args=["agenda_item", item.pk])
    assert client.get(translate).status_code == 404


def test_the_api_translates_and_asks_for_agenda_items(client, world):
    item = english_item(world)
    base = f"/api/v1/posts/agenda_item/{item.pk}"
    client.force_login(world.outsider)
    asked = client.post(
        f"{base}/translation-requests", {"language": "ru"}, content_type="application/json"
    )
    assert asked.status_code == 201
    assert asked.json()["kind"] == "agenda_item"
    assert asked.json()["url"] == item_url(item)
    refused = client.post(
        f"{base}/translations",
        {"language": "ru", "title": TITLE_RU, "body": DESCRIPTION_RU},
        content_type="application/json",
    )
    assert refused.status_code == 403
    client.force_login(world.member)
    created = client.post(
        f"{base}/translations",
        {"language": "ru", "title": TITLE_RU, "body": DESCRIPTION_RU},
        content_type="application/json",
    )
    assert created.status_code == 201
    assert created.json()["title"] == TITLE_RU
    listed = client.get(f"{base}/translations").json()
    assert [(each["language"], each["title"]) for each in listed] == [("ru", TITLE_RU)]
    edited = client.patch(
        f"{base}/translations/ru",
        {"title": TITLE_RU, "body": "Исправлено"},
        content_type="application/json",
    )
    assert edited.json()["body"] == "Исправлено"
    assert client.get("/api/v1/posts/agenda_item/999999/translations").status_code == 404


def test_a_moderators_edit_of_an_agenda_translation_is_audited_in_russian(world):
    item = english_item(world)
    translation = add_russian(world, item)
    post_translation_edit(
        actor=world.convener,
        translation=translation,
        post=item,
        community=item.community,
        title=TITLE_RU,
        body="Исправлено",
    )
    entry = AuditEntry.objects.get(action="agenda.translation_edited")
    with django_translation.override("en"):
        assert entry.description.endswith(f"of the agenda item “{TITLE_EN}”")
    with django_translation.override("ru"):
        assert entry.description.endswith(f"пункта программы обучения «{TITLE_EN}»")
