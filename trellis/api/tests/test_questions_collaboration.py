"""What the question's page lets people do together, through the API: comments, editing an
answer, joint answers and expert invitations (the help desk queue: test_help_desk_api).

Each operation calls the service or selector its page calls, so these tests check the API's
side of it: who is refused and why, the error shape for bad input, and what is returned.
"""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.api.tests.client import error_of
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import (
    BODY_MAX_LENGTH,
    Comment,
    ExpertInvitation,
    Revision,
)
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.notifications.models import Notification, NotificationKind
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db

TOO_BIG = 2**63
COMMENT = {"body": "Which **model**?", "language": "en"}


def colleague(community, **fields):
    person = UserFactory(**fields)
    MembershipFactory(community=community, person=person)
    return person


def refused(response, status, code):
    assert response.status_code == status, response.content
    assert error_of(response)["code"] == code


# Comments


def test_a_member_comments_on_a_question_and_on_an_answer(api, world):
    question = QuestionFactory(community=world.public, author=world.convener)
    answer = AnswerFactory(question=question, author=world.convener)

    on_question = api.post(
        f"/api/v1/questions/{question.pk}/comments", COMMENT, person=world.member
    )
    on_answer = api.post(
        f"/api/v1/answers/{answer.pk}/comments",
        {"body": "Thank you.", "language": "ru"},
        person=world.member,
    )

    assert on_question.status_code == 201, on_question.content
    assert on_question.json()["body"] == "Which **model**?"
    assert on_question.json()["author"]["id"] == world.member.pk
    assert on_answer.status_code == 201 and on_answer.json()["language"] == "ru"
    listed = api.get(f"/api/v1/questions/{question.pk}/comments", person=world.member).json()
    assert [comment["body"] for comment in listed["items"]] == ["Which **model**?"]
    assert listed["count"] == 1
    listed = api.get(f"/api/v1/answers/{answer.pk}/comments").json()
    assert [comment["body"] for comment in listed["items"]] == ["Thank you."]
    assert listed["count"] == 1
    assert Contribution.objects.filter(kind=ContributionKind.COMMENT_POSTED).count() == 2
    told = Notification.objects.filter(kind=NotificationKind.NEW_COMMENT, recipient=world.convener)
    assert told.count() == 2


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_who_may_not_take_part_may_not_comment(api, world, role, status, code):
    question = QuestionFactory(community=world.public)
    answer = AnswerFactory(question=question)
    person = world.person(role)
    refused(
        api.post(f"/api/v1/questions/{question.pk}/comments", COMMENT, person=person),
        status,
        code,
    )
    refused(api.post(f"/api/v1/answers/{answer.pk}/comments", COMMENT, person=person), status, code)
    assert not Comment.objects.exists()


@pytest.mark.parametrize("role", ["outsider", "sponsor"])
def test_comments_of_a_private_question_are_a_404_for_those_who_may_not_see_it(api, world, role):
    question = QuestionFactory(community=world.private)
    answer = AnswerFactory(question=question)
    person = world.person(role)
    for path in (
        f"/api/v1/questions/{question.pk}/comments",
        f"/api/v1/answers/{answer.pk}/comments",
    ):
        refused(api.get(path, person=person), 404, "not_found")
        refused(api.post(path, COMMENT, person=person), 404, "not_found")


def test_a_locked_question_takes_no_comment(api, world):
    question = QuestionFactory(community=world.public, locked=True)
    response = api.post(f"/api/v1/questions/{question.pk}/comments", COMMENT, person=world.member)
    assert response.status_code == 422
    assert error_of(response)["fields"]["__all__"] == [
        "This question is locked: it takes no new answers or comments."
    ]
    assert not Comment.objects.exists()


def test_hidden_comments_are_listed_for_moderators_only(api, world):
    question = QuestionFactory(community=world.public)
    Comment.objects.create(question=question, author=world.member, body="Spam", hidden=True)
    path = f"/api/v1/questions/{question.pk}/comments"
    assert api.get(path, person=world.member).json() == {"items": [], "count": 0}
    assert [c["body"] for c in api.get(path, person=world.convener).json()["items"]] == ["Spam"]


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"body": "   ", "language": "en"}, "body", "This field cannot be blank."),
        ({"body": "x" * (BODY_MAX_LENGTH + 1), "language": "en"}, "body", None),
        ({"body": None, "language": "en"}, "body", "This field cannot be null."),
        ({"body": "Hm", "language": "xx"}, "language", None),
        ({"body": "Hm"}, "language", "This field is required."),
        ({"body": "Hm\x00", "language": "en"}, "__all__", "Text must not contain NUL characters."),
        ({**COMMENT, "question": 1}, "question", "This field is not known."),
        ({"body": ["list"], "language": "en"}, "body", "Enter text."),
    ],
)
def test_bad_comments_are_a_422_naming_the_field(api, world, payload, field, message):
    question = QuestionFactory(community=world.public)
    response = api.post(f"/api/v1/questions/{question.pk}/comments", payload, person=world.member)
    assert response.status_code == 422
    fields = error_of(response)["fields"]
    assert field in fields, fields
    if message is not None:
        assert fields[field] == [message]
    assert not Comment.objects.exists()


@pytest.mark.parametrize("answer_id", ["0", str(TOO_BIG), "abc", "999999"])
def test_a_comment_on_an_answer_that_is_not_there_is_a_4xx(api, world, answer_id):
    response = api.post(f"/api/v1/answers/{answer_id}/comments", COMMENT, person=world.member)
    assert response.status_code in {404, 422}
    assert error_of(response)["code"] in {"not_found", "validation_error"}


# Editing an answer


def test_the_author_and_a_moderator_edit_an_answer_and_the_earlier_text_is_kept(api, world):
    answer = AnswerFactory(question=QuestionFactory(community=world.public), author=world.member)

    edited = api.patch(f"/api/v1/answers/{answer.pk}", {"body": "Monthly."}, person=world.member)
    again = api.patch(f"/api/v1/answers/{answer.pk}", {"body": "Weekly."}, person=world.convener)

    assert edited.status_code == 200 and edited.json()["body"] == "Monthly."
    assert edited.json()["edited_at"] is not None
    assert again.status_code == 200 and again.json()["body"] == "Weekly."
    assert list(Revision.objects.order_by("pk").values_list("body", flat=True)) == [
        "We use a rolling 13-week forecast.",
        "Monthly.",
    ]


def test_a_co_author_edits_the_joint_answer(api, world):
    answer = AnswerFactory(question=QuestionFactory(community=world.public))
    answer.coauthors.add(world.member)
    response = api.patch(f"/api/v1/answers/{answer.pk}", {"body": "Ours."}, person=world.member)
    assert response.status_code == 200 and response.json()["body"] == "Ours."


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_others_may_not_edit_an_answer(api, world, role, status, code):
    answer = AnswerFactory(question=QuestionFactory(community=world.public))
    for body in ({"body": "Mine now."}, {}):
        response = api.patch(f"/api/v1/answers/{answer.pk}", body, person=world.person(role))
        refused(response, status, code)
    answer.refresh_from_db()
    assert answer.body == "We use a rolling 13-week forecast."


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"body": None}, "This field cannot be null."),
        ({"body": " \n "}, "This field cannot be blank."),
        ({"body": "x" * (BODY_MAX_LENGTH + 1)}, None),
    ],
)
def test_a_bad_answer_edit_is_a_422_and_changes_nothing(api, world, payload, message):
    answer = AnswerFactory(question=QuestionFactory(community=world.public), author=world.member)
    response = api.patch(f"/api/v1/answers/{answer.pk}", payload, person=world.member)
    assert response.status_code == 422
    fields = error_of(response)["fields"]
    assert "body" in fields
    if message:
        assert fields["body"] == [message]
    answer.refresh_from_db()
    assert answer.body == "We use a rolling 13-week forecast."
    assert not Revision.objects.exists()


# Joint answers


def test_the_author_makes_an_answer_joint_and_the_co_author_is_credited(api, world):
    answer = AnswerFactory(question=QuestionFactory(community=world.public), author=world.member)
    partner = colleague(world.public, full_name="Partner Person")

    response = api.post(
        f"/api/v1/answers/{answer.pk}/coauthors", {"person": partner.pk}, person=world.member
    )
    again = api.post(
        f"/api/v1/answers/{answer.pk}/coauthors", {"person": partner.pk}, person=world.member
    )

    assert response.status_code == 200, response.content
    assert [person["full_name"] for person in response.json()["coauthors"]] == ["Partner Person"]
    assert again.status_code == 200 and len(again.json()["coauthors"]) == 1
    assert list(answer.coauthors.all()) == [partner]
    credited = Contribution.objects.filter(kind=ContributionKind.ANSWER_COAUTHORED, person=partner)
    assert credited.count() == 1
    assert Notification.objects.filter(
        kind=NotificationKind.COAUTHOR_INVITED, recipient=partner
    ).exists()


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        # Only the author makes an answer joint: moderators edit it, but do not sign it.
        ("convener", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
        ("admin", 403, "permission_denied"),
    ],
)
def test_only_the_author_invites_co_authors(api, world, role, status, code):
    answer = AnswerFactory(question=QuestionFactory(community=world.public), author=world.member)
    partner = colleague(world.public)
    # Whether the person named exists is not told to those who may not invite.
    for person_id in (partner.pk, TOO_BIG - 1):
        response = api.post(
            f"/api/v1/answers/{answer.pk}/coauthors",
            {"person": person_id},
            person=world.person(role),
        )
        refused(response, status, code)
    assert not answer.coauthors.exists()


def test_a_co_author_must_be_someone_who_may_answer(api, world):
    answer = AnswerFactory(question=QuestionFactory(community=world.public), author=world.member)
    path = f"/api/v1/answers/{answer.pk}/coauthors"
    cases = [
        (world.outsider.pk, "Only people who may answer this question can write it with you."),
        (world.member.pk, "You are already the author of this answer."),
        (TOO_BIG - 1, "Choose a person who may answer this question."),
    ]
    for person_id, message in cases:
        response = api.post(path, {"person": person_id}, person=world.member)
        assert response.status_code == 422
        assert error_of(response)["fields"] == {"person": [message]}
    for body in ({"person": None}, {"person": "someone"}, {"person": TOO_BIG}, {}):
        response = api.post(path, body, person=world.member)
        assert response.status_code == 422
        assert "person" in error_of(response)["fields"]
    assert not answer.coauthors.exists()


# Expert invitations


def test_the_asker_invites_an_expert_once(api, world):
    question = QuestionFactory(community=world.public, author=world.member)
    expert = colleague(world.public, full_name="Expert Person")

    response = api.post(
        f"/api/v1/questions/{question.pk}/expert-invitations",
        {"person": expert.pk},
        person=world.member,
    )
    again = api.post(
        f"/api/v1/questions/{question.pk}/expert-invitations",
        {"person": expert.pk},
        person=world.convener,
    )

    assert response.status_code == 200, response.content
    invitation = response.json()
    assert invitation["question_id"] == question.pk
    assert invitation["person"]["full_name"] == "Expert Person"
    assert invitation["invited_by"]["id"] == world.member.pk
    assert again.status_code == 200 and again.json()["invited_by"]["id"] == world.member.pk
    assert ExpertInvitation.objects.count() == 1
    assert (
        Notification.objects.filter(kind=NotificationKind.EXPERT_INVITED, recipient=expert).count()
        == 1
    )
    suggestions = api.get(f"/api/v1/questions/{question.pk}/experts", person=world.member).json()
    assert all(s["invited"] for s in suggestions if s["person"]["id"] == expert.pk)


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_the_asker_and_moderators_invite_experts(api, world, role, status, code):
    question = QuestionFactory(community=world.public, author=world.convener)
    expert = colleague(world.public)
    for person_id in (expert.pk, TOO_BIG - 1):
        response = api.post(
            f"/api/v1/questions/{question.pk}/expert-invitations",
            {"person": person_id},
            person=world.person(role),
        )
        refused(response, status, code)
    other_member = colleague(world.public)
    response = api.post(
        f"/api/v1/questions/{question.pk}/expert-invitations",
        {"person": expert.pk},
        person=other_member,
    )
    refused(response, 403, "permission_denied")
    assert not ExpertInvitation.objects.exists()


def test_an_expert_must_be_someone_who_can_see_the_question(api, world):
    question = QuestionFactory(community=world.private, author=world.member)
    path = f"/api/v1/questions/{question.pk}/expert-invitations"
    cases = [
        (world.outsider.pk, "This person cannot see the question."),
        (world.member.pk, "You cannot invite yourself."),
        (TOO_BIG - 1, "Choose a person to invite."),
    ]
    for person_id, message in cases:
        response = api.post(path, {"person": person_id}, person=world.member)
        assert response.status_code == 422
        assert error_of(response)["fields"] == {"person": [message]}
    for body in ({"person": None}, {"person": 1.5}, {"person": -1}, {"person": "x" * 100_000}):
        response = api.post(path, body, person=world.member)
        assert response.status_code == 422
        assert "person" in error_of(response)["fields"]
    response = api.post(path, {"person": "x" * 6_000_000}, person=world.member)
    refused(response, 413, "too_large")
    assert not ExpertInvitation.objects.exists()


def test_comment_lists_come_a_page_at_a_time_oldest_first(api, world):
    question = QuestionFactory(community=world.public, author=world.convener)
    answer = AnswerFactory(question=question, author=world.convener)
    for n in range(3):
        Comment.objects.create(question=question, author=world.member, body=f"On question {n}")
        Comment.objects.create(answer=answer, author=world.member, body=f"On answer {n}")
    Comment.objects.create(answer=answer, author=world.member, body="Hidden", hidden=True)

    for path, prefix in (
        (f"/api/v1/questions/{question.pk}/comments", "On question"),
        (f"/api/v1/answers/{answer.pk}/comments", "On answer"),
    ):
        first = api.get(f"{path}?page_size=2", person=world.member).json()
        second = api.get(f"{path}?page_size=2&page=2", person=world.member).json()
        assert first["count"] == 3, path
        assert [comment["body"] for comment in first["items"] + second["items"]] == [
            f"{prefix} {n}" for n in range(3)
        ]
    shown = api.get(f"/api/v1/answers/{answer.pk}/comments", person=world.convener).json()
    assert shown["count"] == 4 and shown["items"][-1]["hidden"] is True
