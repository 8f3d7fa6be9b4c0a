"""Rows for the help desk: question lists, the unanswered queue, a question's page and what is
done on it, and the questions API.

Sponsors are not members: a private community's questions are a 404 for them, like for
outsiders, while its lists answer 403 (they may know the community exists).
"""

from typing import Any

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conftest import World
from trellis.conversations.models import Answer, Comment, ExpertInvitation, Question
from trellis.tests.permission_rows import EVERYONE, Row, community_url

SEEN_PRIVATE = "404 404 ok ok 404 ok"
LISTS_PRIVATE = "404 404 ok ok 403 ok"
PARTICIPANTS = "login 403 ok ok 403 ok"
PARTICIPANTS_LIST_PRIVATE = "404 404 ok ok 403 ok"
API_PARTICIPANTS = "401 403 ok ok 403 ok"


def a_question(world: World, community: Any) -> Question:
    """A question the member asked in the community."""
    return Question.objects.create(
        community=community, author=world.member, title="How do you forecast cash?", body="Daily?"
    )


def an_answer(world: World, community: Any) -> Answer:
    """An answer by another member to the member's question."""
    colleague = UserFactory(email=f"colleague-{community.slug}@example.org", country="KZ")
    MembershipFactory(community=community, person=colleague)
    return Answer.objects.create(
        question=a_question(world, community), author=colleague, body="A 13-week forecast."
    )


def a_members_answer(world: World, community: Any) -> Answer:
    return Answer.objects.create(
        question=a_question(world, community), author=world.member, body="We use a model."
    )


def question_url(suffix: str = "") -> Any:
    return lambda w, c: f"/questions/{a_question(w, c).pk}/{suffix}"


def answer_url(suffix: str, make: Any = an_answer) -> Any:
    return lambda w, c: f"/answers/{make(w, c).pk}/{suffix}"


def api_question(suffix: str = "") -> Any:
    return lambda w, c: f"/api/v1/questions/{a_question(w, c).pk}{suffix}"


def api_answer(suffix: str, make: Any = an_answer) -> Any:
    return lambda w, c: f"/api/v1/answers/{make(w, c).pk}{suffix}"


ANSWER = {"body": "Try a rolling forecast.", "language": "en"}
QUESTION = {"title": "Who audits arrears?", "body": "In your country?", "language": "en"}


def a_colleague(world: World, community: Any) -> dict[str, Any]:
    """Someone else in the community, to invite to answer or to write an answer with."""
    colleague = UserFactory(email=f"expert-{community.slug}@example.org", country="AM")
    MembershipFactory(community=community, person=colleague)
    return {"person": colleague.pk}


def the_question(world: World, community: Any) -> tuple[str, str]:
    question = Question.objects.filter(community=community).latest("pk")
    return question.title, question.body


def the_members_answer(world: World, community: Any) -> str:
    return Answer.objects.get(author=world.member).body


ROWS = [
    Row("conversations:question_list", "GET", lambda w, c: "/questions/", EVERYONE),
    Row(
        "conversations:question_unanswered", "GET", lambda w, c: "/questions/unanswered/", EVERYONE
    ),
    Row(
        "conversations:question_ask",
        "GET",
        lambda w, c: "/questions/ask/",
        "login ok ok ok ok ok",
    ),
    Row(
        "conversations:question_ask",
        "POST",
        lambda w, c: "/questions/ask/",
        "login ok ok ok ok ok",
        data=QUESTION,
        effect=lambda w, c: Question.objects.count(),
    ),
    Row(
        "conversations:question_similar",
        "GET",
        lambda w, c: "/questions/similar/?title=forecast",
        "login ok ok ok ok ok",
    ),
    Row("conversations:question_detail", "GET", question_url(), EVERYONE, SEEN_PRIVATE),
    Row("conversations:question_edit", "GET", question_url("edit/"), PARTICIPANTS, SEEN_PRIVATE),
    Row(
        "conversations:question_edit",
        "POST",
        question_url("edit/"),
        PARTICIPANTS,
        SEEN_PRIVATE,
        data={**QUESTION, "title": "How do you forecast cash daily?"},
        effect=the_question,
    ),
    Row(
        "conversations:answer_create",
        "POST",
        question_url("answer/"),
        PARTICIPANTS,
        SEEN_PRIVATE,
        data=ANSWER,
    ),
    Row(
        "conversations:question_comment",
        "POST",
        question_url("comment/"),
        PARTICIPANTS,
        SEEN_PRIVATE,
        data=ANSWER,
    ),
    Row(
        "conversations:expert_invite",
        "POST",
        question_url("experts/"),
        PARTICIPANTS,
        SEEN_PRIVATE,
        data=a_colleague,
    ),
    Row(
        "conversations:answer_edit",
        "GET",
        answer_url("edit/", a_members_answer),
        PARTICIPANTS,
        SEEN_PRIVATE,
    ),
    Row(
        "conversations:answer_edit",
        "POST",
        answer_url("edit/", a_members_answer),
        PARTICIPANTS,
        SEEN_PRIVATE,
        data={"body": "We use a model, and check it monthly."},
        effect=the_members_answer,
    ),
    Row(
        "conversations:answer_comment",
        "POST",
        answer_url("comment/"),
        PARTICIPANTS,
        SEEN_PRIVATE,
        data=ANSWER,
    ),
    Row("conversations:answer_accept", "POST", answer_url("accept/"), PARTICIPANTS, SEEN_PRIVATE),
    Row("conversations:answer_helpful", "POST", answer_url("helpful/"), PARTICIPANTS, SEEN_PRIVATE),
    Row(
        "conversations:answer_coauthors",
        "GET",
        answer_url("coauthors/?q=Person", a_members_answer),
        "login 403 ok 403 403 403",
        "404 404 ok 403 404 403",
    ),
    Row(
        "conversations:answer_coauthors",
        "POST",
        answer_url("coauthors/", a_members_answer),
        "login 403 ok 403 403 403",
        "404 404 ok 403 404 403",
        data=a_colleague,
    ),
    Row(
        "conversations:community_questions",
        "GET",
        community_url("questions/"),
        EVERYONE,
        LISTS_PRIVATE,
    ),
    Row(
        "conversations:community_unanswered",
        "GET",
        community_url("questions/unanswered/"),
        EVERYONE,
        LISTS_PRIVATE,
    ),
    Row(
        "conversations:community_question_ask",
        "GET",
        community_url("questions/ask/"),
        PARTICIPANTS,
        PARTICIPANTS_LIST_PRIVATE,
    ),
    Row(
        "conversations:community_question_ask",
        "POST",
        community_url("questions/ask/"),
        PARTICIPANTS,
        PARTICIPANTS_LIST_PRIVATE,
        data=QUESTION,
        effect=lambda w, c: Question.objects.filter(community=c).count(),
    ),
    Row("api:question_list", "GET", lambda w, c: "/api/v1/questions", EVERYONE),
    Row(
        "api:question_create",
        "POST",
        lambda w, c: "/api/v1/questions",
        API_PARTICIPANTS,
        data={"community": "public-cop", **QUESTION},
        json=True,
    ),
    Row("api:question_get", "GET", api_question(), EVERYONE, SEEN_PRIVATE),
    Row(
        "api:question_update",
        "PATCH",
        api_question(),
        API_PARTICIPANTS,
        SEEN_PRIVATE,
        data={"title": "How do you forecast cash daily?"},
        json=True,
    ),
    Row("api:answer_list", "GET", api_question("/answers"), EVERYONE, SEEN_PRIVATE),
    Row(
        "api:answer_create",
        "POST",
        api_question("/answers"),
        API_PARTICIPANTS,
        SEEN_PRIVATE,
        data=ANSWER,
        json=True,
    ),
    Row("api:answer_accept", "POST", api_answer("/accept"), API_PARTICIPANTS, SEEN_PRIVATE),
    Row("api:answer_helpful_mark", "POST", api_answer("/helpful"), API_PARTICIPANTS, SEEN_PRIVATE),
    Row(
        "api:answer_helpful_unmark",
        "DELETE",
        api_answer("/helpful"),
        "401 ok ok ok ok ok",
        SEEN_PRIVATE,
    ),
    Row("api:question_experts", "GET", api_question("/experts"), API_PARTICIPANTS, SEEN_PRIVATE),
    # What the pages do, the API does too: the unanswered queue and its figures, editing an
    # answer, comments, joint answers and expert invitations.
    Row(
        "api:question_unanswered",
        "GET",
        lambda w, c: f"/api/v1/questions/unanswered?community={c.slug}",
        EVERYONE,
        LISTS_PRIVATE,
    ),
    Row(
        "api:question_figures",
        "GET",
        lambda w, c: f"/api/v1/questions/figures?community={c.slug}",
        EVERYONE,
        LISTS_PRIVATE,
    ),
    Row(
        "api:answer_update",
        "PATCH",
        api_answer("", a_members_answer),
        API_PARTICIPANTS,
        SEEN_PRIVATE,
        data={"body": "We use a model, and check it monthly."},
        json=True,
        effect=the_members_answer,
    ),
    Row("api:question_comment_list", "GET", api_question("/comments"), EVERYONE, SEEN_PRIVATE),
    Row(
        "api:question_comment_create",
        "POST",
        api_question("/comments"),
        API_PARTICIPANTS,
        SEEN_PRIVATE,
        data=ANSWER,
        json=True,
        effect=lambda w, c: Comment.objects.filter(question__community=c).count(),
    ),
    Row("api:answer_comment_list", "GET", api_answer("/comments"), EVERYONE, SEEN_PRIVATE),
    Row(
        "api:answer_comment_create",
        "POST",
        api_answer("/comments"),
        API_PARTICIPANTS,
        SEEN_PRIVATE,
        data=ANSWER,
        json=True,
        effect=lambda w, c: Comment.objects.filter(answer__question__community=c).count(),
    ),
    Row(
        "api:answer_coauthor_invite",
        "POST",
        api_answer("/coauthors", a_members_answer),
        "401 403 ok 403 403 403",
        "404 404 ok 403 404 403",
        data=a_colleague,
        json=True,
        effect=lambda w, c: Answer.coauthors.through.objects.count(),
    ),
    Row(
        "api:expert_invite",
        "POST",
        api_question("/expert-invitations"),
        API_PARTICIPANTS,
        SEEN_PRIVATE,
        data=a_colleague,
        json=True,
        effect=lambda w, c: ExpertInvitation.objects.filter(question__community=c).count(),
    ),
]
