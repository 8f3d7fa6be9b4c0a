"""Every write that changes what the search shows of a conversation asks, once it commits, for
the entries it touched to be reindexed."""

import pytest

from trellis.communities.models import Visibility
from trellis.communities.services import (
    agenda_item_propose,
    agenda_item_update,
    community_update,
)
from trellis.conversations.models import Question
from trellis.conversations.models_translations import PostTranslation
from trellis.conversations.services.discussions import discussion_create, reply_create
from trellis.conversations.services.moderation import post_hide, post_restore
from trellis.conversations.services.questions import (
    answer_edit,
    answer_post,
    question_ask,
    question_edit,
)
from trellis.conversations.services.translations import (
    post_translation_add,
    post_translation_edit,
)
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    QuestionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks, search_index_requests):
    """Run a write as its own committed transaction; the reindexing it asked for."""

    def run(write):
        search_index_requests.clear()
        with django_capture_on_commit_callbacks(execute=True):
            write()
        return list(search_index_requests)

    return run


def test_asking_editing_and_answering_a_question(world, committed):
    member = world.member
    requests = committed(
        lambda: question_ask(
            person=member, community=world.public, title="Budget?", body="How?", language="en"
        )
    )
    question = Question.objects.get(title="Budget?")
    assert requests == [("question", [question.pk])]

    answer = AnswerFactory(question=question)
    assert committed(
        lambda: question_edit(actor=member, question=question, title="Budgets?", body="How?")
    ) == [("question", [question.pk]), ("answer", [answer.pk])]

    requests = committed(
        lambda: answer_post(person=world.convener, question=question, body="So.", language="en")
    )
    new = question.answers.latest("pk")
    assert requests == [("answer", [new.pk]), ("question", [question.pk])]

    assert committed(lambda: answer_edit(actor=world.convener, answer=new, body="Like so.")) == [
        ("answer", [new.pk])
    ]


def test_hiding_and_restoring_a_question_reindexes_it_and_its_answers(world, committed):
    question = QuestionFactory(community=world.public)
    answer = AnswerFactory(question=question)
    expected = [("question", [question.pk]), ("answer", [answer.pk])]

    assert (
        committed(lambda: post_hide(actor=world.convener, post=question, community=world.public))
        == expected
    )
    assert (
        committed(lambda: post_restore(actor=world.convener, post=question, community=world.public))
        == expected
    )


def test_starting_and_replying_to_a_discussion(world, committed):
    requests = committed(
        lambda: discussion_create(
            actor=world.member, community=world.private, title="Audits", body="Let us talk."
        )
    )
    discussion = world.private.discussions.get()
    assert requests == [("discussion", [discussion.pk])]
    assert committed(
        lambda: reply_create(actor=world.convener, discussion=discussion, body="Agreed.")
    ) == [("discussion", [discussion.pk])]


def test_translating_a_post_reindexes_it(world, committed):
    discussion = DiscussionFactory(community=world.public, language="en")
    requests = committed(
        lambda: post_translation_add(
            actor=world.member,
            post=discussion,
            community=world.public,
            language="ru",
            title="Аудит",
            body="Обсудим.",
        )
    )
    assert requests == [("discussion", [discussion.pk])]
    translation = PostTranslation.objects.get()
    assert committed(
        lambda: post_translation_edit(
            actor=world.member,
            translation=translation,
            post=discussion,
            community=world.public,
            title="Аудиты",
            body="Обсудим.",
        )
    ) == [("discussion", [discussion.pk])]


def test_proposing_and_rewording_an_agenda_item(world, committed):
    requests = committed(
        lambda: agenda_item_propose(
            person=world.member, community=world.public, title="Audit follow-up", language="en"
        )
    )
    item = world.public.agenda.get()
    assert requests == [("agenda_item", [item.pk])]
    assert committed(
        lambda: agenda_item_update(actor=world.convener, item=item, title="Audit follow-ups")
    ) == [("agenda_item", [item.pk])]


def test_a_community_turning_private_reindexes_its_conversations_and_agenda(world, committed):
    question = QuestionFactory(community=world.public)
    answer = AnswerFactory(question=question)
    discussion = DiscussionFactory(community=world.public)
    item = world.public.agenda.create(title="Open data", language="en")

    requests = committed(
        lambda: community_update(
            actor=world.admin, community=world.public, visibility=Visibility.PRIVATE
        )
    )

    assert ("question", [question.pk]) in requests
    assert ("answer", [answer.pk]) in requests
    assert ("discussion", [discussion.pk]) in requests
    assert ("agenda_item", [item.pk]) in requests
