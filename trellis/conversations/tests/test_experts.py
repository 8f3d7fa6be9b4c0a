"""Ask an expert: whom Trellis suggests, in which order, and why."""

import re

import pytest
from django.core.exceptions import PermissionDenied

from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.experts import experts_suggest
from trellis.conversations.models import ExpertInvitation, Question
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory

ASKER_INVITES_EXPERTS = re.escape(
    "Only the person who asked the question, or a convener, can invite experts to answer it."
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic(db):
    return ExpertiseTopicFactory(slug="cash", name={"en": "Cash management", "ru": "Кассовое"})


def person(world, name, country, community=None, expertise=()):
    someone = UserFactory(full_name=name, country=country)
    MembershipFactory(community=community or world.public, person=someone)
    someone.expertise.add(*expertise)
    return someone


def question_on(world, topic, community=None, **fields):
    question = QuestionFactory(community=community or world.public, author=world.member, **fields)
    question.topics.add(topic)
    return question


def accepted_answers(world, topic, author, count, coauthor=None):
    for _index in range(count):
        earlier = question_on(world, topic)
        answer = AnswerFactory(question=earlier, author=author)
        if coauthor is not None:
            answer.coauthors.add(coauthor)
        Question.objects.filter(pk=earlier.pk).update(accepted_answer=answer)


def names(suggestions):
    return [suggestion.person.full_name for suggestion in suggestions]


def test_other_countries_first_then_accepted_answers_then_expertise(world, topic):
    world.member.country = "AL"
    world.member.save()
    person(world, "Same Country Expert", "AL", expertise=[topic])
    context_expert = person(world, "Context Country Expert", "MD", expertise=[topic])
    person(world, "Declared Only", "KZ", expertise=[topic])
    proven = person(world, "Proven Answerer", "UA")
    accepted_answers(world, topic, proven, 2)
    both = person(world, "Expert And Proven", "GE", expertise=[topic])
    accepted_answers(world, topic, both, 2)
    question = question_on(world, topic, country_context="MD")

    suggestions = experts_suggest(question=question, viewer=world.member)
    assert names(suggestions) == [
        "Expert And Proven",
        "Proven Answerer",
        "Declared Only",
        "Context Country Expert",
        "Same Country Expert",
    ]
    assert not suggestions[3].other_country and context_expert.country == "MD"
    assert suggestions[0].reasons == [
        "expert in Cash management",
        "2 accepted answers on Cash management",
    ]
    assert suggestions[1].reasons == ["2 accepted answers on Cash management"]
    assert suggestions[2].reasons == ["expert in Cash management"]


def test_co_authors_of_accepted_answers_count(world, topic):
    author = person(world, "Lead Author", "KZ")
    partner = person(world, "Co Author", "UZ")
    accepted_answers(world, topic, author, 1, coauthor=partner)
    suggestions = experts_suggest(question=question_on(world, topic), viewer=world.member)
    assert set(names(suggestions)) == {"Lead Author", "Co Author"}
    assert all(suggestion.accepted_total == 1 for suggestion in suggestions)


def test_the_asker_inactive_people_and_those_who_cannot_see_are_left_out(world, topic):
    world.member.expertise.add(topic)
    inactive = person(world, "Gone Expert", "KZ", expertise=[topic])
    inactive.is_active = False
    inactive.save()
    world.sponsor.expertise.add(topic)
    world.outsider.expertise.add(topic)
    insider = person(world, "Private Member", "KZ", community=world.private, expertise=[topic])
    question = question_on(world, topic, community=world.private)
    suggestions = experts_suggest(question=question, viewer=world.member)
    assert names(suggestions) == [insider.full_name]


def test_public_questions_reach_people_outside_the_community(world, topic):
    world.outsider.country = "KZ"
    world.outsider.save()
    world.outsider.expertise.add(topic)
    suggestions = experts_suggest(question=question_on(world, topic), viewer=world.member)
    assert names(suggestions) == ["Outsider Person"]


def test_invited_people_are_marked_and_the_limit_holds(world, topic):
    people = [person(world, f"Expert {index:02}", "KZ", expertise=[topic]) for index in range(12)]
    question = question_on(world, topic)
    ExpertInvitation.objects.create(question=question, person=people[0], invited_by=world.member)
    suggestions = experts_suggest(question=question, viewer=world.member)
    assert len(suggestions) == 10
    assert suggestions[0].invited and not suggestions[1].invited
    assert len(experts_suggest(question=question, viewer=world.member, limit=3)) == 3


def test_a_question_naming_no_topic_gets_no_suggestions_and_only_the_asker_may_ask(world, topic):
    person(world, "Someone", "KZ", expertise=[topic])
    bare = QuestionFactory(
        community=world.public, author=world.member, title="Any advice?", body="Cash flows."
    )
    assert experts_suggest(question=bare, viewer=world.member) == []
    with pytest.raises(PermissionDenied, match=ASKER_INVITES_EXPERTS):
        experts_suggest(question=question_on(world, topic), viewer=world.outsider)


def test_a_question_without_topics_finds_experts_by_its_words_in_another_form(world, topic):
    budgeting = ExpertiseTopicFactory(
        slug="budget-planning",
        name={"en": "Budget planning", "ru": "Бюджетное планирование"},
    )
    expert = person(world, "Айгуль Серикова", "KZ", expertise=[budgeting])
    person(world, "Cash Keeper", "KZ", expertise=[topic])
    question = QuestionFactory(
        community=world.public,
        author=world.member,
        title="Как наладить бюджетное планирование в министерстве?",
        body="Ищем опыт среднесрочного бюджетного планирования.",
        language="ru",
    )

    suggestions = experts_suggest(question=question, viewer=world.member)

    assert [suggestion.person for suggestion in suggestions] == [expert]
    assert suggestions[0].reasons == ["expert in Budget planning"]


def test_an_english_question_names_a_topic_in_another_grammatical_form(world):
    audit = ExpertiseTopicFactory(
        slug="audit", name={"en": "Internal audit", "ru": "Внутренний аудит"}
    )
    expert = person(world, "Audit Expert", "AM", expertise=[audit])
    question = QuestionFactory(
        community=world.public,
        author=world.member,
        title="Who runs internal audits of spending units?",
        body="",
    )

    assert [s.person for s in experts_suggest(question=question, viewer=world.member)] == [expert]
