"""Has this been asked before? While a member types a question's title, the ask page shows up
to five questions like it that they may see."""

import pytest
from django.urls import reverse

from trellis.conversations.tests.factories import QuestionFactory
from trellis.search.indexing import search_rebuild

pytestmark = pytest.mark.django_db


@pytest.fixture
def asked(world):
    found = {
        "public": QuestionFactory(
            community=world.public, title="Как наладить бюджетное планирование в министерстве?"
        ),
        "private": QuestionFactory(
            community=world.private, title="Бюджетное планирование: опыт закрытого круга"
        ),
        "other": QuestionFactory(community=world.public, title="Cash forecasting"),
    }
    search_rebuild(kind="question")
    return found


def similar(client, person, title):
    client.force_login(person)
    return client.get(reverse("conversations:question_similar"), {"title": title}).content.decode()


@pytest.mark.parametrize(
    ("role", "expected"), [("outsider", {"public"}), ("member", {"public", "private"})]
)
def test_questions_like_the_title_typed_are_suggested(client, world, asked, role, expected):
    shown = similar(client, world.person(role), "Бюджетного планирования на три года")

    assert "Has this been asked before?" in shown
    for name, question in asked.items():
        assert (question.title in shown) == (name in expected), name


def test_no_more_than_five_are_suggested(client, world):
    for index in range(7):
        QuestionFactory(community=world.public, title=f"Audit of arrears {index}")
    search_rebuild(kind="question")

    assert similar(client, world.member, "audits").count("<li>") == 5


@pytest.mark.parametrize("title", ["", "   ", "zebra", "the and"])
def test_nothing_like_it_shows_nothing(client, world, asked, title):
    client.force_login(world.member)
    response = client.get(reverse("conversations:question_similar"), {"title": title})

    assert response.status_code == 200
    assert "Has this been asked before?" not in response.content.decode()


def test_the_ask_page_asks_for_suggestions_while_the_title_is_typed(client, world):
    client.force_login(world.member)
    page = client.get(reverse("conversations:question_ask")).content.decode()

    assert 'hx-get="/questions/similar/"' in page
    assert 'hx-trigger="keyup changed delay:400ms"' in page
    assert 'id="similar-questions"' in page


def test_a_visitor_is_asked_to_sign_in(client, world):
    response = client.get(reverse("conversations:question_similar"), {"title": "budget"})

    assert response.status_code == 302
