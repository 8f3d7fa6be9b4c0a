"""The unanswered queue, its figures over a period, and the digest's "questions you could
answer" section."""

from datetime import timedelta

import pytest
from django.utils import timezone

from trellis.accounts.tests.factories import ExpertiseTopicFactory
from trellis.conversations.digest import questions_you_could_answer
from trellis.conversations.models import ExpertInvitation, Question
from trellis.conversations.selectors.questions import answer_figures, unanswered_list
from trellis.conversations.tests.factories import QuestionFactory
from trellis.notifications.digests import DigestItem

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)


def asked(community, *, days_ago, answered_after_hours=None, **fields):
    question = QuestionFactory(community=community, **fields)
    created = NOW - timedelta(days=days_ago)
    first = created + timedelta(hours=answered_after_hours) if answered_after_hours else None
    Question.objects.filter(pk=question.pk).update(created_at=created, first_answered_at=first)
    return question


def test_figures_from_known_timestamps(world):
    asked(world.public, days_ago=30, answered_after_hours=2)
    asked(world.public, days_ago=20, answered_after_hours=48)
    asked(world.public, days_ago=10, answered_after_hours=100)
    asked(world.public, days_ago=5)
    asked(world.public, days_ago=400, answered_after_hours=1)  # before the period
    asked(world.private, days_ago=3, answered_after_hours=1)  # another community
    figures = answer_figures(viewer=world.member, community=world.public, until=NOW)
    assert figures.asked == 4
    assert figures.answered == 3
    assert figures.share_answered == 0.75
    assert figures.answered_quickly == 2
    assert figures.share_answered_quickly == 0.5
    assert figures.median_time_to_answer == timedelta(hours=48)
    assert figures.median_hours == 48


def test_the_median_of_an_even_number_is_halfway(world):
    asked(world.public, days_ago=9, answered_after_hours=10)
    asked(world.public, days_ago=8, answered_after_hours=20)
    figures = answer_figures(viewer=world.member, community=world.public, until=NOW)
    assert figures.median_time_to_answer == timedelta(hours=15)


def test_an_answer_at_exactly_72_hours_is_quick_and_a_second_later_is_not(world):
    asked(world.public, days_ago=9, answered_after_hours=72)
    late = asked(world.public, days_ago=8, answered_after_hours=72)
    Question.objects.filter(pk=late.pk).update(
        first_answered_at=NOW - timedelta(days=8) + timedelta(hours=72, seconds=1)
    )
    figures = answer_figures(viewer=world.member, community=world.public, until=NOW)
    assert figures.answered == 2
    assert figures.answered_quickly == 1
    assert figures.median_time_to_answer == timedelta(hours=72, milliseconds=500)


def test_network_figures_count_only_what_the_viewer_may_see(world):
    asked(world.public, days_ago=5, answered_after_hours=1)
    asked(world.private, days_ago=5)
    asked(None, days_ago=5)
    assert answer_figures(viewer=world.member, until=NOW).asked == 3
    assert answer_figures(viewer=world.sponsor, until=NOW).asked == 2
    empty = answer_figures(viewer=world.member, community=world.public, since=NOW, until=NOW)
    assert empty.asked == 0 and empty.share_answered is None and empty.median_hours is None


def test_the_queue_lists_unanswered_questions_oldest_first(world):
    newer = asked(world.public, days_ago=1)
    older = asked(world.public, days_ago=9)
    asked(world.public, days_ago=5, answered_after_hours=1)
    asked(world.public, days_ago=30, locked=True)
    assert list(unanswered_list(viewer=world.member, community=world.public)) == [older, newer]


def test_digest_lists_questions_on_ones_expertise_and_invitations(world):
    topic = ExpertiseTopicFactory(slug="cash")
    world.member.expertise.add(topic)
    since = NOW - timedelta(days=1)
    mine = asked(world.public, days_ago=0, title="On my topic")
    mine.topics.add(topic)
    old = asked(world.public, days_ago=3, title="Old on my topic")
    old.topics.add(topic)
    invited = asked(None, days_ago=10, title="I was invited")
    ExpertInvitation.objects.create(question=invited, person=world.member)
    secret = asked(world.private, days_ago=0, title="Private on topic")
    secret.topics.add(topic)
    own = asked(world.public, days_ago=0, title="My own", author=world.member)
    own.topics.add(topic)
    answered = asked(world.public, days_ago=0, answered_after_hours=1, title="Answered")
    answered.topics.add(topic)

    items = questions_you_could_answer(world.member, since)
    assert all(isinstance(item, DigestItem) for item in items)
    assert {item.title for item in items} == {"On my topic", "I was invited", "Private on topic"}
    assert {item.url for item in items} >= {f"/questions/{mine.pk}/"}

    world.sponsor.expertise.add(topic)
    titles = {item.title for item in questions_you_could_answer(world.sponsor, since)}
    assert titles == {"On my topic", "My own"}
