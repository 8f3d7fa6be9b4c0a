"""The help desk through the API: listing, asking, editing and moderating, answering, accepting,
helpful marks and expert suggestions. Every response is checked against the OpenAPI document
by the `api` fixture."""

import pytest
from django.utils import timezone

from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.api.tests.client import error_of
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import Answer, HelpfulMark, Question
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def colleague(community, **fields):
    person = UserFactory(**fields)
    MembershipFactory(community=community, person=person)
    return person


def test_a_member_asks_through_the_api(api, world):
    topic = ExpertiseTopicFactory(slug="cash")
    response = api.post(
        "/api/v1/questions",
        {
            "community": "public-cop",
            "title": "How do you forecast cash?",
            "body": "Daily *forecasts*",
            "language": "ru",
            "topics": ["cash"],
            "country_context": "al",
        },
        person=world.member,
    )
    assert response.status_code == 201
    body = response.json()
    assert body["community"] == "public-cop" and body["topics"] == ["cash"]
    assert body["country_context"] == "AL" and body["language"] == "ru"
    assert body["author"]["id"] == world.member.pk and body["answer_count"] == 0
    assert body["comments"] == []
    question = Question.objects.get(pk=body["id"])
    assert list(question.topics.all()) == [topic]
    assert Contribution.objects.filter(kind=ContributionKind.QUESTION_ASKED).count() == 1


def test_network_wide_questions_have_no_community(api, world):
    response = api.post(
        "/api/v1/questions",
        {"title": "Who audits arrears?", "body": "Anyone?", "language": "en"},
        person=world.outsider,
    )
    assert response.status_code == 201 and response.json()["community"] is None


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"title": " ", "body": "x", "language": "en"}, "title"),
        ({"title": "x" * 301, "body": "x", "language": "en"}, "title"),
        ({"title": "Fine", "body": "x", "language": "xx"}, "language"),
        ({"title": "Fine", "body": "x", "language": "en", "topics": ["nope"]}, "topics"),
        ({"title": "Fine", "language": "en"}, "body"),
        ({"title": "Fine", "body": "x", "language": "en", "extra": 1}, "extra"),
    ],
)
def test_bad_questions_are_a_422_naming_the_field(api, world, payload, field):
    response = api.post("/api/v1/questions", payload, person=world.member)
    assert response.status_code == 422
    assert field in error_of(response)["fields"]
    assert not Question.objects.exists()


def test_private_questions_reach_no_outsider_or_sponsor(api, world):
    secret = QuestionFactory(community=world.private, title="Secret")
    QuestionFactory(community=world.public, title="Open")
    for person in (world.outsider, world.sponsor):
        titles = [
            item["title"] for item in api.get("/api/v1/questions", person=person).json()["items"]
        ]
        assert titles == ["Open"]
        assert api.get(f"/api/v1/questions/{secret.pk}", person=person).status_code == 404
        assert api.get(f"/api/v1/questions/{secret.pk}/answers", person=person).status_code == 404
    assert (
        api.get("/api/v1/questions?community=private-cop", person=world.outsider).status_code == 404
    )
    assert (
        api.get("/api/v1/questions?community=private-cop", person=world.sponsor).status_code == 403
    )
    member_titles = {
        item["title"] for item in api.get("/api/v1/questions", person=world.member).json()["items"]
    }
    assert member_titles == {"Open", "Secret"}


def test_list_filters(api, world):
    topic = ExpertiseTopicFactory(slug="audit")
    tagged = QuestionFactory(community=world.public, title="Tagged", language="ru")
    tagged.topics.add(topic)
    QuestionFactory(community=world.public, title="Answered", first_answered_at=timezone.now())
    QuestionFactory(community=None, title="Network")

    def titles(query):
        response = api.get(f"/api/v1/questions?{query}", person=world.member)
        assert response.status_code == 200
        return {item["title"] for item in response.json()["items"]}

    assert titles("topic=audit") == {"Tagged"}
    assert titles("language=ru") == {"Tagged"}
    assert titles("status=answered") == {"Answered"}
    assert titles("status=unanswered") == {"Tagged", "Network"}
    assert titles("community=public-cop") == {"Tagged", "Answered"}
    response = api.get("/api/v1/questions?status=maybe", person=world.member)
    assert response.status_code == 422


def test_answer_accept_and_helpful_through_the_api(api, world):
    question = QuestionFactory(community=world.public, author=world.member)
    answerer = colleague(world.public)
    response = api.post(
        f"/api/v1/questions/{question.pk}/answers",
        {"body": "A rolling forecast.", "language": "en"},
        person=answerer,
    )
    assert response.status_code == 201
    answer_id = response.json()["id"]
    assert response.json()["accepted"] is False and response.json()["helpful_count"] == 0

    response = api.post(f"/api/v1/answers/{answer_id}/helpful", person=world.convener)
    assert response.json() == {"answer": answer_id, "helpful_count": 1, "helpful": True}
    response = api.post(f"/api/v1/answers/{answer_id}/helpful", person=answerer)
    assert response.status_code == 422

    response = api.post(f"/api/v1/answers/{answer_id}/accept", person=answerer)
    assert response.status_code == 403
    response = api.post(f"/api/v1/answers/{answer_id}/accept", person=world.member)
    assert response.status_code == 200 and response.json()["accepted_answer_id"] == answer_id

    AnswerFactory(question=question, body="Later")
    listed = api.get(f"/api/v1/questions/{question.pk}/answers", person=world.convener).json()
    answers = listed["items"]
    assert listed["count"] == 2 and [answer["body"] for answer in answers][1:] == ["Later"]
    assert answers[0]["id"] == answer_id
    assert answers[0]["accepted"] is True and answers[0]["helpful"] is True

    response = api.delete(f"/api/v1/answers/{answer_id}/helpful", person=world.convener)
    assert response.json()["helpful_count"] == 0 and not HelpfulMark.objects.exists()


def test_locked_questions_refuse_answers(api, world):
    question = QuestionFactory(community=world.public, locked=True)
    response = api.post(
        f"/api/v1/questions/{question.pk}/answers",
        {"body": "Late", "language": "en"},
        person=world.member,
    )
    assert response.status_code == 422 and not Answer.objects.exists()


def test_authors_edit_and_moderators_lock_and_hide(api, world):
    question = QuestionFactory(community=world.public, author=world.member)
    response = api.patch(
        f"/api/v1/questions/{question.pk}", {"title": "Clearer title"}, person=world.member
    )
    assert response.status_code == 200 and response.json()["title"] == "Clearer title"
    assert response.json()["edited_at"] is not None

    response = api.patch(f"/api/v1/questions/{question.pk}", {"locked": True}, person=world.member)
    assert response.status_code == 403
    response = api.patch(
        f"/api/v1/questions/{question.pk}", {"locked": True, "hidden": True}, person=world.convener
    )
    assert response.status_code == 200
    assert response.json()["locked"] is True and response.json()["hidden"] is True
    assert api.get(f"/api/v1/questions/{question.pk}", person=world.member).status_code == 404


def test_an_empty_edit_is_refused_to_those_who_may_not_edit(api, world):
    """Changing nothing is still an edit: only the author and moderators may send one."""
    question = QuestionFactory(community=world.public, author=world.member)
    path = f"/api/v1/questions/{question.pk}"
    assert api.patch(path, {}, person=world.member).status_code == 200
    for person in (world.outsider, world.sponsor):
        response = api.patch(path, {}, person=person)
        assert response.status_code == 403, person
        assert error_of(response)["code"] == "permission_denied"


def test_experts_for_the_asker(api, world):
    topic = ExpertiseTopicFactory(slug="cash")
    question = QuestionFactory(community=world.public, author=world.member)
    question.topics.add(topic)
    expert = colleague(world.public, full_name="Expert Person", country="KZ")
    expert.expertise.add(topic)
    response = api.get(f"/api/v1/questions/{question.pk}/experts", person=world.member)
    assert response.status_code == 200
    [suggestion] = response.json()
    assert suggestion["person"]["id"] == expert.pk and suggestion["expertise"] == ["cash"]
    assert suggestion["other_country"] is True and suggestion["reasons"]
    assert api.get(f"/api/v1/questions/{question.pk}/experts", person=expert).status_code == 403


def test_visitors_read_public_questions_and_must_sign_in_to_write(api, world):
    question = QuestionFactory(community=world.public)
    network = QuestionFactory(community=None)
    assert api.get(f"/api/v1/questions/{question.pk}").status_code == 200
    assert api.get(f"/api/v1/questions/{network.pk}").status_code == 401
    response = api.post(
        f"/api/v1/questions/{question.pk}/answers", {"body": "Hi", "language": "en"}
    )
    assert response.status_code == 401


def test_answers_come_a_page_at_a_time_the_accepted_one_first(api, world):
    question = QuestionFactory(community=world.public, author=world.member)
    answerer = colleague(world.public)
    answers = [
        AnswerFactory(question=question, author=answerer, body=f"Answer {n}") for n in range(5)
    ]
    AnswerFactory(question=question, author=answerer, body="Hidden", hidden=True)
    HelpfulMark.objects.create(answer=answers[3], person=world.convener)
    question.accepted_answer = answers[4]
    question.save(update_fields=["accepted_answer"])
    path = f"/api/v1/questions/{question.pk}/answers?page_size=2"

    def page(number, person=world.member):
        return api.get(f"{path}&page={number}", person=person).json()

    first, second, third = page(1), page(2), page(3)

    assert first["count"] == 5
    assert [answer["body"] for answer in first["items"] + second["items"] + third["items"]] == [
        "Answer 4",
        "Answer 3",
        "Answer 0",
        "Answer 1",
        "Answer 2",
    ]
    assert first["items"][0]["accepted"] is True and first["items"][1]["helpful_count"] == 1
    assert page(1, world.convener)["count"] == 6  # moderators see the hidden one too
    assert api.get(f"{path}&page=0", person=world.member).status_code == 422
