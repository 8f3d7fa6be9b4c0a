"""The ask form says where a question goes and lists topics by their names in the reader's
language."""

import re

import pytest
from django.urls import reverse

from trellis.accounts.models import ExpertiseTopic

pytestmark = pytest.mark.django_db

TOPICS = [
    ("aaa-treasury", {"en": "Treasury", "ru": "Казначейство"}),
    ("bbb-audit", {"en": "Audit", "ru": "Аудит"}),
    ("ccc-budgeting", {"en": "Budgeting", "ru": "Бюджетирование"}),
    ("ddd-debt", {"en": "Debt"}),
]


@pytest.fixture
def topics(db):
    for slug, name in TOPICS:
        ExpertiseTopic.objects.create(slug=slug, name=name)


def ask_page(client, person, language):
    person.preferred_language = language
    person.save(update_fields=["preferred_language"])
    client.force_login(person)
    response = client.get(reverse("conversations:question_ask"))
    assert response.status_code == 200
    return response.content.decode()


def topic_names_in_order(page):
    names = {text for _slug, name in TOPICS for text in name.values()}
    labels = re.findall(r'<label for="id_topics_\d+">\s*<input[^>]*>\s*([^<]+?)\s*</label>', page)
    return [label for label in labels if label in names]


@pytest.mark.parametrize(
    ("language", "order"),
    [
        ("en", ["Audit", "Budgeting", "Debt", "Treasury"]),
        # A topic without a Russian name keeps its English one.
        ("ru", ["Debt", "Аудит", "Бюджетирование", "Казначейство"]),
    ],
)
def test_topics_are_in_the_order_of_their_names(client, world, topics, language, order):
    assert topic_names_in_order(ask_page(client, world.member, language)) == order


@pytest.mark.parametrize(("language", "label"), [("en", "Where to ask"), ("ru", "Где спросить")])
def test_the_form_says_where_the_question_goes(client, world, language, label):
    page = ask_page(client, world.member, language)

    assert re.search(rf'<label for="id_community"[^>]*>{label}', page)
    assert "The whole network" in page or "Вся сеть" in page


def test_visitors_are_asked_to_sign_in_first(client, world):
    response = client.get(reverse("conversations:question_ask"))

    assert response.status_code == 302
