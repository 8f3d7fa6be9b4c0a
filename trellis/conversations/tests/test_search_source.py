"""Questions, answers, discussions and agenda items as the search finds them: their texts and
translations, and who finds them, by the conversations' own rules (`conversation_scope`)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.activities.tests.factories import AgendaItemFactory
from trellis.communities.tests.factories import CommunityFactory
from trellis.conversations.models_translations import PostTranslation
from trellis.conversations.search_source import answer_source, question_source
from trellis.conversations.search_source_discussions import (
    agenda_item_source,
    discussion_source,
)
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    QuestionFactory,
    ReplyFactory,
)
from trellis.search.sources import Audience
from trellis.tests.search_index import audience_admits

pytestmark = pytest.mark.django_db

ROLES_SEEN = [
    ("visitor", {"public"}),
    ("outsider", {"public", "network"}),
    ("member", {"public", "network", "private"}),
]


def questions(world):
    return {
        "public": QuestionFactory(community=world.public),
        "private": QuestionFactory(community=world.private),
        "network": QuestionFactory(community=None),
        "hidden": QuestionFactory(community=world.public, hidden=True),
    }


def admitted(source, ids, viewer):
    return {doc.object_id for doc in source.documents(ids=ids) if audience_admits(doc, viewer)}


def test_a_question_is_indexed_with_its_translation_and_topics(world):
    question = QuestionFactory(
        community=world.public,
        title="How do you plan a programme budget?",
        body="We are moving to programme budgeting.",
        language="en",
        country_context="KZ",
    )
    PostTranslation.objects.create(
        target=question,
        language="ru",
        title="Как планировать программный бюджет?",
        body="Мы переходим к программному бюджету.",
    )

    (document,) = question_source.documents(ids=[question.pk])

    assert document.title == "How do you plan a programme budget?"
    for text in (
        "We are moving to programme budgeting.",
        "Как планировать программный бюджет?",
        "Мы переходим к программному бюджету.",
        "Казахстан",
    ):
        assert text in document.body
    assert document.url == f"/questions/{question.pk}/"
    assert (document.audience, document.community_ids) == (Audience.PUBLIC, (world.public.pk,))


@pytest.mark.parametrize(("role", "shown"), ROLES_SEEN)
def test_questions_are_found_by_whom_the_question_list_shows(world, role, shown):
    found = questions(world)
    ids = [each.pk for each in found.values()]

    expected = {found[name].pk for name in shown}
    assert admitted(question_source, ids, world.person(role)) == expected
    viewer = world.person(role) or AnonymousUser()
    assert question_source.visible_ids(viewer=viewer, ids=ids) == expected


@pytest.mark.parametrize(("role", "shown"), ROLES_SEEN)
def test_answers_are_found_where_their_question_is_and_never_when_hidden(world, role, shown):
    found = {name: AnswerFactory(question=question) for name, question in questions(world).items()}
    found["hidden answer"] = AnswerFactory(question=found["public"].question, hidden=True)
    ids = [each.pk for each in found.values()]

    documents = {doc.object_id: doc for doc in answer_source.documents(ids=ids)}
    assert found["hidden"].pk not in documents
    assert found["hidden answer"].pk not in documents
    public = documents[found["public"].pk]
    assert public.title == found["public"].question.title
    assert public.url.endswith(f"?answer={found['public'].pk}#answer-{found['public'].pk}")

    expected = {found[name].pk for name in shown}
    assert admitted(answer_source, ids, world.person(role)) == expected
    viewer = world.person(role) or AnonymousUser()
    assert answer_source.visible_ids(viewer=viewer, ids=ids) == expected


@pytest.mark.parametrize(("role", "shown"), ROLES_SEEN)
def test_discussions_fold_in_their_shown_replies_and_follow_the_community(world, role, shown):
    found = {
        "public": DiscussionFactory(community=world.public),
        "private": DiscussionFactory(community=world.private),
        "hidden": DiscussionFactory(community=world.public, hidden=True),
    }
    ReplyFactory(discussion=found["public"], body="Medium-term expenditure frameworks")
    ReplyFactory(discussion=found["public"], body="Removed by a convener", hidden=True)
    ids = [each.pk for each in found.values()]

    documents = {doc.object_id: doc for doc in discussion_source.documents(ids=ids)}
    assert "Medium-term expenditure frameworks" in documents[found["public"].pk].body
    assert "Removed by a convener" not in documents[found["public"].pk].body
    assert found["hidden"].pk not in documents

    expected = {found[name].pk for name in shown if name in found}
    assert admitted(discussion_source, ids, world.person(role)) == expected
    viewer = world.person(role) or AnonymousUser()
    assert discussion_source.visible_ids(viewer=viewer, ids=ids) == expected


@pytest.mark.parametrize(("role", "shown"), ROLES_SEEN)
def test_agenda_items_are_found_where_their_community_is(world, role, shown):
    found = {
        "public": AgendaItemFactory(community=world.public, description="Результаты"),
        "private": AgendaItemFactory(community=world.private),
    }
    PostTranslation.objects.create(
        target=found["public"], language="ru", title="Как связать бюджет с результатами?", body=""
    )
    ids = [each.pk for each in found.values()]

    documents = {doc.object_id: doc for doc in agenda_item_source.documents(ids=ids)}
    assert "Как связать бюджет с результатами?" in documents[found["public"].pk].body
    assert documents[found["public"].pk].url == (
        f"/communities/{world.public.slug}/agenda/{found['public'].pk}/"
    )

    expected = {found[name].pk for name in shown if name in found}
    assert admitted(agenda_item_source, ids, world.person(role)) == expected
    viewer = world.person(role) or AnonymousUser()
    assert agenda_item_source.visible_ids(viewer=viewer, ids=ids) == expected


def test_a_convener_finds_hidden_answers_of_their_community_only_on_the_page(world):
    hidden = AnswerFactory(question=QuestionFactory(community=world.public), hidden=True)

    assert answer_source.visible_ids(viewer=world.convener, ids=[hidden.pk]) == {hidden.pk}
    assert answer_source.visible_ids(viewer=world.member, ids=[hidden.pk]) == set()


@pytest.mark.parametrize(
    ("source", "make"),
    [
        (question_source, lambda community: QuestionFactory(community=community)),
        (answer_source, lambda community: AnswerFactory(question__community=community)),
        (
            discussion_source,
            lambda community: ReplyFactory(discussion__community=community).discussion,
        ),
        (agenda_item_source, lambda community: AgendaItemFactory(community=community)),
    ],
)
def test_indexing_takes_the_same_queries_for_few_or_many(
    world, django_assert_max_num_queries, source, make
):
    for _ in range(3):
        make(CommunityFactory())
    with django_assert_max_num_queries(6) as few:
        list(source.documents())
    for _ in range(15):
        make(world.private)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(list(source.documents())) == 18
