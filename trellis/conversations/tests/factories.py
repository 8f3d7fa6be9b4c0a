import factory
from factory.django import DjangoModelFactory

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import CommunityFactory
from trellis.conversations.models import Answer, Discussion, PeerAssist, Question, Reply


class QuestionFactory(DjangoModelFactory):
    class Meta:
        model = Question

    community = factory.SubFactory(CommunityFactory)
    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"How do you forecast cash for month {n}?")
    body = "We struggle with **daily** forecasts."


class AnswerFactory(DjangoModelFactory):
    class Meta:
        model = Answer

    question = factory.SubFactory(QuestionFactory)
    author = factory.SubFactory(UserFactory)
    body = "We use a rolling 13-week forecast."


class DiscussionFactory(DjangoModelFactory):
    class Meta:
        model = Discussion

    community = factory.SubFactory(CommunityFactory)
    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Hot topic {n}: spending reviews")
    body = "What do you think?"


class ReplyFactory(DjangoModelFactory):
    class Meta:
        model = Reply

    discussion = factory.SubFactory(DiscussionFactory)
    author = factory.SubFactory(UserFactory)
    body = "I agree."


class PeerAssistFactory(DjangoModelFactory):
    class Meta:
        model = PeerAssist

    community = factory.SubFactory(CommunityFactory)
    requester = factory.SubFactory(UserFactory)
    title = "Introducing a treasury single account"
    problem = "Our ministries keep accounts in commercial banks."
