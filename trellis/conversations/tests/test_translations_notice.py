"""Whoever asked for a translation hears when it is added: one notice in Trellis, and an email
if they want that kind at once, in their own language, linking to what was translated."""

import pytest
from django.urls import reverse

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import AgendaItem
from trellis.conversations.services.translations import (
    post_translation_add,
    translation_request_create,
)
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.notifications.models import (
    Frequency,
    Notification,
    NotificationKind,
    NotificationSetting,
)
from trellis.notifications.tests.conftest import body_of
from trellis.tests.queries import cold_queries, warm_up

pytestmark = pytest.mark.django_db

TITLE_RU = "Как вы прогнозируете денежные потоки?"


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def russian_asker(world):
    world.outsider.preferred_language = "ru"
    world.outsider.save()
    return world.outsider


def asked_question(world, asker):
    question = QuestionFactory(
        community=world.public,
        author=world.convener,
        title="How do you forecast cash?",
        language="en",
    )
    translation_request_create(actor=asker, post=question, community=world.public, language="ru")
    return question


def test_the_asker_gets_one_notice_by_email_in_russian_and_the_translator_none(
    client, world, smtp, on_commit
):
    asker = russian_asker(world)
    question = asked_question(world, asker)
    client.force_login(world.member)
    translate = reverse("conversations:post_translate", args=["question", question.pk])
    with on_commit():
        response = client.post(translate, {"language": "ru", "title": TITLE_RU, "body": "Текст"})
    assert response.status_code == 302
    [notice] = Notification.objects.all()
    assert (notice.recipient, notice.actor) == (asker, world.member)
    assert notice.kind == NotificationKind.TRANSLATION_ADDED
    [message] = smtp.messages
    assert message["To"] == asker.email
    assert message["Content-Language"] == "ru"
    assert f"Member Person перевёл(а) то, что вы просили: {TITLE_RU}" in message["Subject"]
    assert f"/notifications/{notice.pk}/" in body_of(message)
    # The notice opens the question's page, which shows the asker the translation.
    client.force_login(asker)
    opened = client.get(reverse("notifications:open", args=[notice.pk]))
    assert opened.url == reverse("conversations:question_detail", args=[question.pk])
    page = client.get(opened.url, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert f'<h1 lang="ru">{TITLE_RU}</h1>' in page


def test_the_notice_reads_in_the_askers_language_on_the_notifications_page(client, world):
    asker = russian_asker(world)
    question = asked_question(world, asker)
    post_translation_add(
        actor=world.member,
        post=question,
        community=world.public,
        language="ru",
        title=TITLE_RU,
        body="Текст",
    )
    client.force_login(asker)
    page = client.get(reverse("notifications:index"), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert f"Member Person перевёл(а) то, что вы просили: {TITLE_RU}" in page
    client.force_login(world.member)
    assert not Notification.objects.filter(recipient=world.member).exists()


def test_no_email_for_who_wants_only_notices_in_trellis(world, smtp, on_commit):
    asker = russian_asker(world)
    NotificationSetting.objects.create(
        person=asker, kind=NotificationKind.TRANSLATION_ADDED, frequency=Frequency.OFF
    )
    question = asked_question(world, asker)
    with on_commit():
        post_translation_add(
            actor=world.member,
            post=question,
            community=world.public,
            language="ru",
            title=TITLE_RU,
            body="Текст",
        )
    assert smtp.messages == []
    assert Notification.objects.filter(recipient=asker).count() == 1


def test_who_translates_what_they_asked_for_is_not_told(world):
    question = asked_question(world, world.member)
    post_translation_add(
        actor=world.member,
        post=question,
        community=world.public,
        language="ru",
        title=TITLE_RU,
        body="Текст",
    )
    assert not Notification.objects.exists()


def test_the_notice_of_an_agenda_item_links_to_the_item(client, world):
    asker = russian_asker(world)
    item = AgendaItem.objects.create(
        community=world.public, title="How do we cost programmes?", language="en"
    )
    translation_request_create(actor=asker, post=item, community=world.public, language="ru")
    post_translation_add(
        actor=world.member,
        post=item,
        community=world.public,
        language="ru",
        title="Как мы рассчитываем стоимость программ?",
        body="",
    )
    [notice] = Notification.objects.filter(recipient=asker)
    client.force_login(asker)
    opened = client.get(reverse("notifications:open", args=[notice.pk]))
    assert opened.url == reverse("communities:agenda_item", args=[world.public.slug, item.pk])


def _translated_answers(world, asker, count):
    for _ in range(count):
        answer = AnswerFactory(
            question__community=world.public, author=UserFactory(), language="en"
        )
        translation_request_create(actor=asker, post=answer, community=world.public, language="ru")
        post_translation_add(
            actor=world.member, post=answer, community=world.public, language="ru", body="Ответ"
        )


def test_the_notifications_page_reads_translations_in_a_fixed_number_of_queries(client, world):
    asker = russian_asker(world)
    client.force_login(asker)
    url = reverse("notifications:index")
    counts = []
    for count in (2, 8):
        _translated_answers(world, asker, count)
        warm_up(client, url)
        with cold_queries() as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(queries))
    assert Notification.objects.filter(recipient=asker).count() == 10
    assert counts[0] == counts[1]
