"""The help desk's pages: lists and filters, the question page, forms that keep what was typed,
htmx fragments, privacy of private communities, and query counts that do not grow."""

import pytest
from django.urls import reverse
from django.utils import timezone

from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import Answer, HelpfulMark, Question
from trellis.conversations.services import questions as services
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.core.pagination import DEFAULT_PAGE_SIZE
from trellis.notifications.registry import target_url

pytestmark = pytest.mark.django_db


def detail_url(question):
    return reverse("conversations:question_detail", args=[question.pk])


def colleague(community, **fields):
    person = UserFactory(**fields)
    MembershipFactory(community=community, person=person)
    return person


def test_a_member_asks_another_answers_and_the_asker_accepts(client, world):
    topic = ExpertiseTopicFactory(slug="cash")
    client.force_login(world.member)
    response = client.post(
        reverse("conversations:community_question_ask", args=[world.public.slug]),
        {
            "title": "How do you forecast cash?",
            "body": "Daily **forecasts**",
            "topics": [topic.pk],
            "language": "en",
            "country_context": "AL",
        },
    )
    question = Question.objects.get()
    assert response.status_code == 302 and response["Location"] == detail_url(question)
    assert question.community == world.public

    answerer = colleague(world.public, full_name="Nodira Karimova")
    client.force_login(answerer)
    response = client.post(
        reverse("conversations:answer_create", args=[question.pk]),
        {"body": "A rolling 13-week forecast.", "language": "en"},
    )
    answer = Answer.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"#answer-{answer.pk}")

    client.force_login(world.member)
    page = client.get(detail_url(question)).content.decode()
    assert "Accept this answer" in page and "Nodira Karimova" in page
    client.post(reverse("conversations:answer_accept", args=[answer.pk]))
    question.refresh_from_db()
    assert question.accepted_answer == answer
    assert "Accepted answer" in client.get(detail_url(question)).content.decode()


def test_the_accepted_answer_comes_first_then_the_most_helpful(client, world):
    question = QuestionFactory(community=world.public, author=world.member)
    AnswerFactory(question=question, body="Plain answer")
    helpful = AnswerFactory(question=question, body="Helpful answer")
    accepted = AnswerFactory(question=question, body="Accepted answer body")
    HelpfulMark.objects.create(answer=helpful, person=world.convener)
    Question.objects.filter(pk=question.pk).update(accepted_answer=accepted)
    client.force_login(world.member)
    page = client.get(detail_url(question)).content.decode()
    assert (
        page.index("Accepted answer body")
        < page.index("Helpful answer")
        < page.index("Plain answer")
    )


def test_a_bad_answer_keeps_what_was_typed(client, world):
    question = QuestionFactory(community=world.public)
    client.force_login(world.member)
    response = client.post(
        reverse("conversations:answer_create", args=[question.pk]),
        {"body": "My careful answer", "language": "xx"},
    )
    assert response.status_code == 422
    assert "My careful answer" in response.content.decode()
    assert not Answer.objects.exists()


def test_a_bad_question_keeps_what_was_typed(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("conversations:question_ask"),
        {"title": "", "body": "The context I wrote", "language": "en"},
    )
    assert response.status_code == 200
    assert "The context I wrote" in response.content.decode()
    assert not Question.objects.exists()


def test_helpful_toggle_answers_htmx_with_the_fragment(client, world):
    answer = AnswerFactory(question=QuestionFactory(community=world.public), author=world.convener)
    client.force_login(world.member)
    url = reverse("conversations:answer_helpful", args=[answer.pk])
    response = client.post(url, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith(f'<div class="helpful actions" id="helpful-{answer.pk}">')
    assert "1 person found this helpful" in body and 'aria-pressed="true"' in body
    response = client.post(url, {"withdraw": "1"}, headers={"HX-Request": "true"})
    assert "0 people found this helpful" in response.content.decode()
    assert not HelpfulMark.objects.exists()


def test_commenting_with_htmx_answers_the_comments_fragment(client, world):
    question = QuestionFactory(community=world.public)
    client.force_login(world.member)
    response = client.post(
        reverse("conversations:question_comment", args=[question.pk]),
        {"body": "Which horizon?", "language": "en"},
        headers={"HX-Request": "true"},
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<div class="comments" id="comments-question">')
    assert "Which horizon?" in body and "<html" not in body


def test_the_author_invites_a_co_author_and_both_are_credited(client, world):
    question = QuestionFactory(community=world.public)
    answer = AnswerFactory(question=question, author=world.member)
    partner = colleague(world.public, full_name="Jovana Petrović")
    client.force_login(world.member)
    page = client.get(detail_url(question)).content.decode()
    assert "Write this answer together" in page
    assert "Jovana" not in page  # the page names no candidates: the author searches for them
    search = reverse("conversations:answer_coauthors", args=[answer.pk])
    found = client.get(search, {"q": "jovana"}).content.decode()
    assert "Jovana Petrović" in found and f'value="{partner.pk}"' in found
    assert "Member Person" not in found.split("<main", 1)[1]  # not the author themselves
    client.post(search, {"person": partner.pk})
    page = client.get(detail_url(question)).content.decode()
    assert "Joint response" in page and "Jovana Petrović" in page and "Member Person" in page


def test_the_asker_sees_expert_suggestions_and_invites(client, world):
    topic = ExpertiseTopicFactory(slug="cash")
    question = QuestionFactory(community=world.public, author=world.member)
    question.topics.add(topic)
    expert = colleague(world.public, full_name="Expert From Kazakhstan", country="KZ")
    expert.expertise.add(topic)
    client.force_login(world.member)
    page = client.get(detail_url(question)).content.decode()
    assert "Ask an expert" in page and "Expert From Kazakhstan" in page
    client.post(reverse("conversations:expert_invite", args=[question.pk]), {"person": expert.pk})
    assert question.expert_invitations.filter(person=expert).exists()
    client.force_login(world.convener)
    assert "Expert From Kazakhstan" in client.get(detail_url(question)).content.decode()
    client.force_login(expert)
    assert "Ask an expert" not in client.get(detail_url(question)).content.decode()


def test_hidden_posts_are_shown_only_to_moderators(client, world):
    question = QuestionFactory(community=world.public)
    AnswerFactory(question=question, body="A hidden answer", hidden=True)
    client.force_login(world.member)
    assert "A hidden answer" not in client.get(detail_url(question)).content.decode()
    client.force_login(world.convener)
    assert "A hidden answer" in client.get(detail_url(question)).content.decode()
    hidden_question = QuestionFactory(community=world.public, hidden=True, title="Hidden one")
    client.force_login(world.member)
    assert client.get(detail_url(hidden_question)).status_code == 404
    assert "Hidden one" not in client.get(reverse("conversations:question_list")).content.decode()
    client.force_login(world.convener)
    assert client.get(detail_url(hidden_question)).status_code == 200


def test_a_locked_question_offers_no_answer_form(client, world):
    question = QuestionFactory(community=world.public, locked=True)
    client.force_login(world.member)
    page = client.get(detail_url(question)).content.decode()
    assert "Post the answer" not in page and "is locked" in page


def test_private_questions_never_reach_outsiders_or_sponsors_in_lists(client, world):
    QuestionFactory(community=world.private, title="Secret arrears question")
    QuestionFactory(community=world.public, title="Open cash question")
    QuestionFactory(community=None, title="Network-wide question")
    for person in (world.outsider, world.sponsor):
        client.force_login(person)
        for url in (
            reverse("conversations:question_list"),
            reverse("conversations:question_unanswered"),
            reverse("conversations:question_list") + "?status=unanswered",
        ):
            page = client.get(url).content.decode()
            assert "Open cash question" in page and "Network-wide question" in page
            assert "Secret arrears question" not in page
    client.force_login(world.member)
    assert (
        "Secret arrears question"
        in client.get(reverse("conversations:question_list")).content.decode()
    )
    client.logout()
    page = client.get(reverse("conversations:question_list")).content.decode()
    assert "Open cash question" in page and "Network-wide question" not in page


def test_list_filters_by_topic_language_and_status(client, world):
    topic = ExpertiseTopicFactory(slug="audit")
    tagged = QuestionFactory(community=world.public, title="Tagged audit question", language="ru")
    tagged.topics.add(topic)
    answered = QuestionFactory(
        community=world.public, title="Answered question", first_answered_at=timezone.now()
    )
    AnswerFactory(question=answered)
    client.force_login(world.member)
    url = reverse("conversations:community_questions", args=[world.public.slug])
    page = client.get(url, {"topic": "audit"}).content.decode()
    assert "Tagged audit question" in page and "Answered question" not in page
    page = client.get(url, {"language": "en"}).content.decode()
    assert "Tagged audit question" not in page and "Answered question" in page
    page = client.get(url, {"status": "unanswered"}).content.decode()
    assert "Tagged audit question" in page and "Answered question" not in page


def test_the_unanswered_queue_shows_its_figures(client, world):
    asked = timezone.now() - timezone.timedelta(days=10)
    question = QuestionFactory(community=world.public)
    Question.objects.filter(pk=question.pk).update(
        created_at=asked, first_answered_at=asked + timezone.timedelta(hours=24)
    )
    QuestionFactory(community=world.public, title="Still waiting")
    client.force_login(world.member)
    page = client.get(
        reverse("conversations:community_unanswered", args=[world.public.slug])
    ).content.decode()
    assert "Still waiting" in page
    assert "50%" in page and "24.0 hours" in page


def _questions(world, count):
    """Questions in the network and in a community; every third one still waits for an answer."""
    topic = ExpertiseTopicFactory(slug="cash")
    questions = []
    for index in range(count):
        question = QuestionFactory(community=world.public if index % 2 else None)
        question.topics.add(topic)
        if index % 3:
            AnswerFactory(question=question)
        questions.append(question)
    return questions


@pytest.mark.parametrize("count", [3, 30])
def test_list_pages_run_a_fixed_number_of_queries(
    client, world, django_assert_max_num_queries, count
):
    questions = _questions(world, count)
    client.force_login(world.member)
    for url, shown in (
        (reverse("conversations:question_list"), questions),
        (
            reverse("conversations:community_questions", args=[world.public.slug]),
            [question for question in questions if question.community == world.public],
        ),
        (
            reverse("conversations:question_unanswered"),
            [question for question in questions if not question.answers.exists()],
        ),
    ):
        # With the data generations, and on a community's help desk the member's visit (a
        # read, and a write at most once a minute: `community_visit_record`).
        with django_assert_max_num_queries(16):
            response = client.get(url)
        page = response.content.decode()
        assert shown and all(question.title in page for question in shown), url


@pytest.mark.parametrize("count", [2, 20])
def test_the_question_page_runs_a_fixed_number_of_queries(
    client, world, django_assert_max_num_queries, count
):
    topic = ExpertiseTopicFactory(slug="cash")
    question = QuestionFactory(community=world.public, author=world.member)
    question.topics.add(topic)
    AnswerFactory(question=question, author=world.member)
    for index in range(count):
        expert = colleague(world.public, country="KZ")
        expert.expertise.add(topic)
        answer = AnswerFactory(question=question, author=expert, body=f"Answer number {index}.")
        answer.coauthors.add(world.convener)
        services.comment_post(person=world.convener, answer=answer, body="Yes", language="en")
        HelpfulMark.objects.create(answer=answer, person=world.convener)
    client.force_login(world.member)
    # 23: the expert suggestions read the topic catalogue once, for topics the question's
    # words name (the same for 2 answers or 20).
    with django_assert_max_num_queries(23):
        page = client.get(detail_url(question)).content.decode()
    assert "Ask an expert" in page and "Write this answer together" in page
    assert all(f"Answer number {index}." in page for index in range(count))


def test_edit_pages_go_through_post_edit(client, world):
    question = QuestionFactory(community=world.public, author=world.member)
    answer = AnswerFactory(question=question, author=world.member)
    client.force_login(world.member)
    client.post(
        reverse("conversations:question_edit", args=[question.pk]),
        {"title": "A clearer title", "body": "Clearer", "language": "en"},
    )
    client.post(reverse("conversations:answer_edit", args=[answer.pk]), {"body": "Better"})
    question.refresh_from_db()
    answer.refresh_from_db()
    assert question.title == "A clearer title" and question.edited_at is not None
    assert answer.body == "Better" and answer.edited_at is not None


def _many_answers(question, author, count):
    """`count` answers in the order the page shows them (none accepted, none marked helpful)."""
    return [
        AnswerFactory(question=question, author=author, body=f"Answer number {index}.")
        for index in range(count)
    ]


def shown_answers(response):
    page = response.content.decode()
    return [line for line in page.split('class="card answer') if "Answer number" in line]


def test_the_question_page_shows_a_page_of_answers_the_accepted_one_first(client, world):
    question = QuestionFactory(community=world.public, author=world.member)
    answers = _many_answers(question, colleague(world.public), DEFAULT_PAGE_SIZE + 5)
    Question.objects.filter(pk=question.pk).update(accepted_answer=answers[-1])
    client.force_login(world.member)

    first = client.get(detail_url(question))
    second = client.get(detail_url(question) + "?page=2")

    assert len(shown_answers(first)) == DEFAULT_PAGE_SIZE
    assert len(shown_answers(second)) == 5
    body = first.content.decode()
    assert f"{DEFAULT_PAGE_SIZE + 5} answers" in body and "Page 1 of 2" in body
    assert body.index(f"Answer number {DEFAULT_PAGE_SIZE + 4}.") < body.index("Answer number 0.")
    assert 'rel="next"' in body and "?page=2" in body
    assert f"Answer number {DEFAULT_PAGE_SIZE - 1}." in second.content.decode()
    assert f"Answer number {DEFAULT_PAGE_SIZE - 1}." not in body


def test_a_link_to_an_answer_opens_the_page_it_is_on(client, world):
    question = QuestionFactory(community=world.public, author=world.member)
    answerer = colleague(world.public)
    answers = _many_answers(question, answerer, DEFAULT_PAGE_SIZE + 2)
    late = answers[-1]
    client.force_login(answerer)

    edited = client.post(
        reverse("conversations:answer_edit", args=[late.pk]), {"body": "Answer number 31, edited."}
    )
    assert edited.status_code == 302
    assert edited["Location"] == detail_url(question) + f"?answer={late.pk}#answer-{late.pk}"
    page = client.get(edited["Location"]).content.decode()
    assert f'id="answer-{late.pk}"' in page and "Page 2 of 2" in page
    # A page asked for wins over the answer; an answer one may not see, or no answer, opens the
    # first page; nonsense is no error.
    asked = client.get(f"{detail_url(question)}?answer={late.pk}&page=1")
    assert "Page 1 of 2" in asked.content.decode()
    for value in ("0", "abc", "9" * 5000, "١٢", str(late.pk + 1000)):
        response = client.get(f"{detail_url(question)}?answer={value}")
        assert response.status_code == 200 and "Page 1 of 2" in response.content.decode()


def test_notices_about_an_answer_or_its_comment_lead_to_its_page(client, world):
    question = QuestionFactory(community=world.public, author=world.member)
    answerer = colleague(world.public)
    late = _many_answers(question, answerer, DEFAULT_PAGE_SIZE + 1)[-1]
    comment = services.comment_post(person=world.convener, answer=late, body="Yes", language="en")

    for target, anchor in ((late, f"#answer-{late.pk}"), (comment, f"#comment-{comment.pk}")):
        url = target_url(target)
        assert url == detail_url(question) + f"?answer={late.pk}{anchor}"
        client.force_login(world.member)
        page = client.get(url).content.decode()
        assert f'id="{anchor[1:]}"' in page and "Page 2 of 2" in page


def test_a_refused_comment_on_an_answer_comes_back_on_the_page_of_that_answer(client, world):
    question = QuestionFactory(community=world.public, author=world.member)
    late = _many_answers(question, colleague(world.public), DEFAULT_PAGE_SIZE + 1)[-1]
    client.force_login(world.member)

    response = client.post(
        reverse("conversations:answer_comment", args=[late.pk]), {"body": "", "language": "en"}
    )

    assert response.status_code == 422
    page = response.content.decode()
    assert f'id="comments-answer-{late.pk}"' in page and "Page 2 of 2" in page
