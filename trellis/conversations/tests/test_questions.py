"""The help desk's services: asking, answering, commenting, accepting, helpful marks, joint
responses and expert invitations, with their permissions, contributions and notifications."""

import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from trellis.accounts.models import ExpertiseTopic
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models import Comment, ExpertInvitation, HelpfulMark, Question
from trellis.conversations.services import questions as services
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.core.errors import LoginRequired
from trellis.notifications.models import Notification, NotificationKind
from trellis.notifications.selectors import is_following
from trellis.notifications.services import follow
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

MEMBERS_TAKE_PART = re.escape(
    "Only members of the community, and those who run it, can take part in its conversations."
)
ASKER_ACCEPTS = re.escape(
    "Only the person who asked the question, or a convener, can accept an answer."
)
AUTHOR_INVITES_COAUTHORS = re.escape(
    "Only the author of an answer, while they take part in its community, can invite co-authors."
)
ASKER_INVITES_EXPERTS = re.escape(
    "Only the person who asked the question, or a convener, can invite experts to answer it."
)
AUTHORS_EDIT = re.escape(
    "Only a post's authors and the community's conveners can edit it; once it is "
    "locked, only the conveners."
)

pytestmark = pytest.mark.django_db


def contributions(kind, **filters):
    """The standing acts: what participation analytics count."""
    return Contribution.objects.standing().filter(kind=kind, **filters)


def withdrawn(kind, **filters):
    return Contribution.objects.filter(kind=kind, withdrawn_at__isnull=False, **filters)


def notified(person, kind):
    return Notification.objects.filter(recipient=person, kind=kind)


def colleague(community, **fields):
    person = UserFactory(**fields)
    MembershipFactory(community=community, person=person)
    return person


PUBLIC = object()


def ask(world, community=PUBLIC, **fields):
    values = {
        "person": world.member,
        "community": world.public if community is PUBLIC else community,
        "title": "How do you forecast cash?",
        "body": "We struggle with daily forecasts.",
        "language": "en",
    }
    values.update(fields)
    return services.question_ask(**values)


def test_a_member_asks_and_follows_the_question(world):
    topic = ExpertiseTopicFactory(slug="treasury")
    question = ask(world, topics=[topic], country_context="AL")
    assert question.community == world.public
    assert list(question.topics.all()) == [topic]
    assert question.country_context == "AL"
    assert is_following(person=world.member, target=question)
    assert contributions(
        ContributionKind.QUESTION_ASKED, person=world.member, community=world.public
    ).exists()


def test_followers_of_the_community_and_topics_hear_of_a_new_question(world):
    topic = ExpertiseTopicFactory(slug="treasury")
    by_community = colleague(world.public)
    by_topic = colleague(world.public)
    follow(person=by_community, target=world.public)
    follow(person=by_topic, target=topic)
    ask(world, topics=[topic])
    assert notified(by_community, NotificationKind.NEW_QUESTION).count() == 1
    assert notified(by_topic, NotificationKind.NEW_QUESTION).count() == 1
    assert not notified(world.member, NotificationKind.NEW_QUESTION).exists()


def test_topic_followers_outside_a_private_community_hear_nothing(world):
    topic = ExpertiseTopicFactory(slug="treasury")
    follow(person=world.outsider, target=topic)
    follow(person=world.sponsor, target=topic)
    ask(world, community=world.private, topics=[topic])
    assert not Notification.objects.filter(recipient__in=[world.outsider, world.sponsor]).exists()


def test_anyone_signed_in_asks_the_network_but_only_members_ask_a_community(world):
    question = ask(world, community=None, person=world.outsider)
    assert question.community is None
    with pytest.raises(PermissionDenied, match=MEMBERS_TAKE_PART):
        ask(world, person=world.outsider)
    with pytest.raises(PermissionDenied, match=MEMBERS_TAKE_PART):
        ask(world, community=world.private, person=world.sponsor)


def test_a_question_needs_a_title_a_body_and_a_known_language(world):
    with pytest.raises(ValidationError, match="Write your question") as error:
        ask(world, title="  ", body=" ")
    assert set(error.value.message_dict) == {"title", "body"}
    with pytest.raises(ValidationError, match="Choose one of the network's languages") as error:
        ask(world, language="xx")
    assert "language" in error.value.message_dict
    assert not Question.objects.exists()


def test_the_first_answer_sets_first_answered_and_followers_are_told(world):
    question = ask(world)
    follower = colleague(world.public)
    follow(person=follower, target=question)
    answerer = colleague(world.public)
    before = Question.objects.get(pk=question.pk).last_activity_at
    answer = services.answer_post(
        person=answerer, question=question, body="Rolling.", language="en"
    )
    question.refresh_from_db()
    first = question.first_answered_at
    assert first is not None and question.last_activity_at >= before
    assert notified(world.member, NotificationKind.NEW_ANSWER).count() == 1
    assert notified(follower, NotificationKind.NEW_ANSWER).count() == 1
    assert contributions(ContributionKind.ANSWER_POSTED, person=answerer, target_id=answer.pk)

    services.answer_post(person=world.convener, question=question, body="Also.", language="ru")
    question.refresh_from_db()
    assert question.first_answered_at == first


def test_outsiders_cannot_answer_a_community_question_and_visitors_must_log_in(world):
    question = ask(world)
    with pytest.raises(PermissionDenied, match=MEMBERS_TAKE_PART):
        services.answer_post(person=world.outsider, question=question, body="Hi", language="en")
    with pytest.raises(PermissionDenied, match=MEMBERS_TAKE_PART):
        services.answer_post(person=world.sponsor, question=question, body="Hi", language="en")
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(LoginRequired, match=re.escape("This needs a signed-in person.")):
        services.answer_post(person=AnonymousUser(), question=question, body="Hi", language="en")


def test_a_locked_question_takes_no_answers_or_comments(world):
    question = ask(world)
    services.question_moderate(actor=world.convener, question=question, locked=True)
    with pytest.raises(
        ValidationError, match="This question is locked: it takes no new answers or comments"
    ):
        services.answer_post(person=world.convener, question=question, body="Hi", language="en")
    with pytest.raises(
        ValidationError, match="This question is locked: it takes no new answers or comments"
    ):
        services.comment_post(person=world.convener, question=question, body="Hi", language="en")


def test_comments_update_activity_notify_the_author_and_count(world):
    question = ask(world)
    answer = AnswerFactory(question=question, author=colleague(world.public))
    Question.objects.filter(pk=question.pk).update(
        last_activity_at=timezone.now() - timezone.timedelta(days=3)
    )
    services.comment_post(person=world.convener, question=question, body="Which?", language="en")
    comment = services.comment_post(
        person=world.member, answer=answer, body="Thanks", language="en"
    )
    question.refresh_from_db()
    assert timezone.now() - question.last_activity_at < timezone.timedelta(minutes=1)
    assert comment.answer == answer and comment.question is None
    assert notified(world.member, NotificationKind.NEW_COMMENT).count() == 1
    assert notified(answer.author, NotificationKind.NEW_COMMENT).count() == 1
    assert contributions(ContributionKind.COMMENT_POSTED).count() == 2
    assert Comment.objects.count() == 2


def test_the_asker_accepts_and_may_change_their_mind(world):
    question = ask(world)
    first = AnswerFactory(question=question, author=colleague(world.public))
    second = AnswerFactory(question=question, author=colleague(world.public))
    services.answer_accept(actor=world.member, answer=first)
    assert Question.objects.get(pk=question.pk).accepted_answer == first
    assert contributions(ContributionKind.ANSWER_ACCEPTED, person=first.author).count() == 1
    assert notified(first.author, NotificationKind.ANSWER_ACCEPTED).count() == 1

    services.answer_accept(actor=world.convener, answer=second)
    assert Question.objects.get(pk=question.pk).accepted_answer == second
    assert not contributions(ContributionKind.ANSWER_ACCEPTED, person=first.author).exists()
    assert withdrawn(ContributionKind.ANSWER_ACCEPTED, person=first.author).count() == 1
    assert contributions(ContributionKind.ANSWER_ACCEPTED, person=second.author).count() == 1

    services.answer_accept(actor=world.member, answer=second)
    assert contributions(ContributionKind.ANSWER_ACCEPTED, person=second.author).count() == 1
    services.answer_accept(actor=world.member, answer=first)
    assert contributions(ContributionKind.ANSWER_ACCEPTED, person=first.author).count() == 1
    assert withdrawn(ContributionKind.ANSWER_ACCEPTED, person=first.author).count() == 1


def test_only_the_asker_or_a_convener_accepts(world):
    question = ask(world)
    answer = AnswerFactory(question=question, author=world.convener)
    other = colleague(world.public)
    with pytest.raises(PermissionDenied, match=ASKER_ACCEPTS):
        services.answer_accept(actor=other, answer=answer)
    with pytest.raises(PermissionDenied, match=ASKER_ACCEPTS):
        services.answer_accept(actor=world.sponsor, answer=answer)


def test_helpful_marks_are_one_per_person_and_withdrawn_with_their_contribution(world):
    question = ask(world)
    answer = AnswerFactory(question=question, author=world.convener)
    services.helpful_mark(person=world.member, answer=answer)
    services.helpful_mark(person=world.member, answer=answer)
    assert HelpfulMark.objects.filter(answer=answer).count() == 1
    assert contributions(ContributionKind.ANSWER_MARKED_HELPFUL, person=world.member).count() == 1
    services.helpful_unmark(person=world.member, answer=answer)
    assert not HelpfulMark.objects.exists()
    assert not contributions(ContributionKind.ANSWER_MARKED_HELPFUL).exists()
    kept = withdrawn(ContributionKind.ANSWER_MARKED_HELPFUL, person=world.member).get()
    assert kept.occurred_at <= kept.withdrawn_at
    services.helpful_mark(person=world.member, answer=answer)
    assert contributions(ContributionKind.ANSWER_MARKED_HELPFUL, person=world.member).count() == 1


def test_people_cannot_mark_their_own_answer_and_outsiders_cannot_mark(world):
    answer = AnswerFactory(question=ask(world), author=world.convener)
    with pytest.raises(ValidationError, match="You cannot mark your own answer as helpful"):
        services.helpful_mark(person=world.convener, answer=answer)
    with pytest.raises(PermissionDenied, match=MEMBERS_TAKE_PART):
        services.helpful_mark(person=world.outsider, answer=answer)


def test_a_joint_response_credits_every_author(world):
    question = ask(world)
    author = colleague(world.public)
    coauthor = colleague(world.public)
    answer = AnswerFactory(question=question, author=author)
    services.coauthor_invite(actor=author, answer=answer, person=coauthor)
    services.coauthor_invite(actor=author, answer=answer, person=coauthor)
    assert list(answer.coauthors.all()) == [coauthor]
    assert contributions(ContributionKind.ANSWER_COAUTHORED, person=coauthor).count() == 1
    assert notified(coauthor, NotificationKind.COAUTHOR_INVITED).count() == 1

    services.answer_accept(actor=world.member, answer=answer)
    credited = set(contributions(ContributionKind.ANSWER_ACCEPTED).values_list("person", flat=True))
    assert credited == {author.pk, coauthor.pk}
    assert notified(coauthor, NotificationKind.ANSWER_ACCEPTED).count() == 1

    services.answer_edit(actor=coauthor, answer=answer, body="Rewritten together.")
    answer.refresh_from_db()
    assert answer.body == "Rewritten together." and answer.edited_at is not None


def test_only_the_author_invites_co_authors_and_only_members(world):
    question = ask(world)
    author = colleague(world.public)
    answer = AnswerFactory(question=question, author=author)
    with pytest.raises(PermissionDenied, match=AUTHOR_INVITES_COAUTHORS):
        services.coauthor_invite(actor=world.convener, answer=answer, person=world.member)
    with pytest.raises(
        ValidationError, match="Only people who may answer this question can write it with you"
    ):
        services.coauthor_invite(actor=author, answer=answer, person=world.outsider)
    with pytest.raises(ValidationError, match="You are already the author of this answer"):
        services.coauthor_invite(actor=author, answer=answer, person=author)


def test_the_asker_invites_an_expert_who_is_notified_once(world):
    question = ask(world)
    expert = colleague(world.public)
    services.expert_invite(actor=world.member, question=question, person=expert)
    services.expert_invite(actor=world.member, question=question, person=expert)
    assert ExpertInvitation.objects.filter(question=question, person=expert).count() == 1
    assert notified(expert, NotificationKind.EXPERT_INVITED).count() == 1
    with pytest.raises(PermissionDenied, match=ASKER_INVITES_EXPERTS):
        services.expert_invite(actor=expert, question=question, person=world.convener)


def test_nobody_is_invited_to_a_private_question_they_cannot_see(world):
    question = ask(world, community=world.private)
    with pytest.raises(ValidationError, match="This person cannot see the question"):
        services.expert_invite(actor=world.member, question=question, person=world.sponsor)
    with pytest.raises(ValidationError, match="This person cannot see the question"):
        services.expert_invite(actor=world.member, question=question, person=world.outsider)


def test_editing_a_question_keeps_a_revision(world):
    topic = ExpertiseTopicFactory(slug="audit")
    question = ask(world)
    services.question_edit(
        actor=world.member,
        question=question,
        title="How do you forecast cash daily?",
        body="Now clearer.",
        topics=ExpertiseTopic.objects.filter(pk=topic.pk),
        language="ru",
    )
    question.refresh_from_db()
    assert question.title == "How do you forecast cash daily?"
    assert question.language == "ru" and list(question.topics.all()) == [topic]
    assert question.edited_at is not None
    with pytest.raises(PermissionDenied, match=AUTHORS_EDIT):
        services.question_edit(
            actor=world.convener.__class__.objects.get(pk=colleague(world.public).pk),
            question=question,
            title="Mine now",
            body="No",
        )


def test_mentions_in_an_answer_notify_the_person(world):
    question = ask(world)
    mentioned = colleague(world.public, full_name="Aida Serikova")
    services.answer_post(
        person=world.convener,
        question=question,
        body=f"Ask @[Aida Serikova]({mentioned.pk}), she did it.",
        language="en",
    )
    assert notified(mentioned, NotificationKind.MENTIONED).count() == 1
    assert contributions(ContributionKind.MENTIONED_SOMEONE, person=world.convener).exists()


def test_a_hidden_answer_cannot_be_accepted(world):
    answer = AnswerFactory(question=ask(world), author=world.convener, hidden=True)
    with pytest.raises(ValidationError, match="A hidden answer cannot be accepted"):
        services.answer_accept(actor=world.member, answer=answer)


def test_network_wide_questions_notify_only_active_followers(world):
    question = QuestionFactory(community=None, author=world.member)
    follow(person=world.member, target=question)
    services.answer_post(person=world.outsider, question=question, body="Yes", language="en")
    assert notified(world.member, NotificationKind.NEW_ANSWER).count() == 1
