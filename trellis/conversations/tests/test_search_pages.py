"""The help desk and the discussions search with the engine: another grammatical form finds a
post, each person finds only what they may read, and the box keeps what was typed."""

import pytest
from django.urls import reverse

from trellis.conversations.tests.factories import DiscussionFactory, QuestionFactory
from trellis.search.indexing import search_rebuild

pytestmark = pytest.mark.django_db

BUDGET = "бюджетного планирования"


@pytest.fixture
def posts(world):
    found = {
        "public": QuestionFactory(
            community=world.public, title="Как наладить бюджетное планирование?", language="ru"
        ),
        "private": QuestionFactory(
            community=world.private, title="Бюджетное планирование в закрытом кругу", body="..."
        ),
        "other": QuestionFactory(community=world.public, title="Cash forecasting"),
        "public discussion": DiscussionFactory(
            community=world.public, title="Internal audits of spending units"
        ),
        "private discussion": DiscussionFactory(
            community=world.private, title="Audit findings we keep to ourselves"
        ),
    }
    search_rebuild(kind="question")
    search_rebuild(kind="discussion")
    return found


def shown(client, person, url, **query):
    if person is not None:
        client.force_login(person)
    return client.get(url, query).content.decode()


@pytest.mark.parametrize(
    ("role", "expected"), [("outsider", {"public"}), ("member", {"public", "private"})]
)
def test_the_help_desk_finds_questions_by_another_form(client, world, posts, role, expected):
    page = shown(client, world.person(role), reverse("conversations:question_list"), q=BUDGET)

    for name in ("public", "private", "other"):
        assert (posts[name].title in page) == (name in expected), name
    assert f'value="{BUDGET}"' in page
    assert 'label for="question-q"' in page


def test_a_visitor_searches_the_public_help_desk_of_a_community(client, world, posts):
    url = reverse("conversations:community_questions", args=[world.public.slug])
    page = shown(client, None, url, q="планирование")

    assert posts["public"].title in page
    assert posts["other"].title not in page
    assert posts["private"].title not in page


def test_a_search_that_finds_nothing_says_so(client, world, posts):
    page = shown(client, world.member, reverse("conversations:question_list"), q="zebra")

    assert "No questions match these filters." in page


@pytest.mark.parametrize(
    ("role", "community", "found"),
    [
        ("visitor", "public", True),
        ("member", "public", True),
        ("member", "private", True),
    ],
)
def test_discussions_are_searched_by_another_form(client, world, posts, role, community, found):
    url = reverse("conversations:discussion_list", args=[getattr(world, community).slug])
    page = shown(client, world.person(role), url, q="audit")

    assert (posts[f"{community} discussion"].title in page) == found
    assert 'value="audit"' in page


def test_the_help_desk_search_runs_the_same_queries_for_few_or_many(
    client, world, django_assert_max_num_queries
):
    for index in range(3):
        QuestionFactory(community=world.public, title=f"Budget audits {index}")
    search_rebuild(kind="question")
    client.force_login(world.member)
    url = reverse("conversations:question_list")
    with django_assert_max_num_queries(40) as few:
        client.get(url, {"q": "audit"})
    for index in range(15):
        QuestionFactory(community=world.private, title=f"Budget audits again {index}")
    search_rebuild(kind="question")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(url, {"q": "audit"}).content.decode()
    assert "Budget audits again 14" in page
