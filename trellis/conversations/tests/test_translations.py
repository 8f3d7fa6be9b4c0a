"""Translating posts: who may add, edit and ask for a translation, and what bad input says."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation as django_translation

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import AuditEntry
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models_translations import PostTranslation, TranslationRequest
from trellis.conversations.selectors.translations import translation_queue
from trellis.conversations.services.translations import (
    post_translation_add,
    post_translation_edit,
    translation_request_create,
)
from trellis.conversations.tests.factories import (
    AnswerFactory,
    QuestionFactory,
    ReplyFactory,
)
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def english_question(world, community=None, **kwargs):
    return QuestionFactory(
        community=community or world.public,
        author=world.member,
        title="How do you forecast cash?",
        body="We struggle with **daily** forecasts.",
        language="en",
        **kwargs,
    )


def add_russian(world, post, actor, community=None):
    return post_translation_add(
        actor=actor,
        post=post,
        community=community or world.public,
        language="ru",
        title="Как вы прогнозируете денежные потоки?" if hasattr(post, "title") else None,
        body="Нам трудно с **ежедневными** прогнозами.",
    )


def test_a_member_translates_a_question_credited_and_counted(world):
    question = english_question(world)
    translator = world.convener
    translation = add_russian(world, question, translator)
    assert translation.translator == translator
    assert translation.title == "Как вы прогнозируете денежные потоки?"
    contribution = Contribution.objects.get(kind=ContributionKind.POST_TRANSLATED)
    assert contribution.person == translator
    assert contribution.community == world.public
    assert contribution.details == {"language": "ru"}


def test_the_author_may_translate_their_own_answer(world):
    answer = AnswerFactory(question=english_question(world), author=world.member, language="en")
    translation = add_russian(world, answer, world.member)
    assert translation.title == ""
    assert translation.body.startswith("Нам трудно")


@pytest.mark.parametrize("role", ["outsider", "sponsor"])
def test_who_does_not_take_part_in_a_private_community_cannot_translate(world, role):
    question = english_question(world, community=world.private)
    with pytest.raises(PermissionDenied):
        add_russian(world, question, world.person(role), community=world.private)
    assert not PostTranslation.objects.exists()


def test_a_non_member_cannot_translate_a_public_communitys_post(world):
    question = english_question(world)
    with pytest.raises(PermissionDenied, match="Members who can read a post"):
        add_russian(world, question, world.outsider)


def test_bad_input_gives_clear_messages(world):
    question = english_question(world)
    with pytest.raises(ValidationError) as empty:
        post_translation_add(
            actor=world.member,
            post=question,
            community=world.public,
            language="ru",
            title="Заголовок",
            body="   ",
        )
    assert empty.value.message_dict == {"body": ["Write something: the text cannot be empty."]}
    with pytest.raises(ValidationError) as same:
        add_russian(world, QuestionFactory(community=world.public, language="ru"), world.member)
    assert same.value.message_dict == {
        "language": ["This post is already written in Russian: choose another language."]
    }
    with pytest.raises(ValidationError) as unknown:
        post_translation_add(
            actor=world.member, post=question, community=world.public, language="xx", body="x"
        )
    assert unknown.value.message_dict == {"language": ["Choose one of the network's languages."]}
    add_russian(world, question, world.member)
    with pytest.raises(ValidationError) as duplicate:
        add_russian(world, question, world.convener)
    assert duplicate.value.message_dict == {
        "language": ["This post already has a translation into Russian: edit it instead."]
    }


def test_the_messages_are_translated(world):
    question = english_question(world)
    with django_translation.override("ru"), pytest.raises(ValidationError) as same:
        post_translation_add(
            actor=world.member, post=question, community=world.public, language="en", body="x"
        )
    assert same.value.message_dict == {
        "language": ["Этот пост уже написан на языке «Английский»: выберите другой язык."]
    }


def test_translator_edits_without_audit_and_moderator_edits_are_audited(world):
    reply = ReplyFactory(discussion__community=world.public, author=world.convener, language="en")
    translation = add_russian(world, reply, world.member)
    post_translation_edit(
        actor=world.member,
        translation=translation,
        post=reply,
        community=world.public,
        body="Исправлено",
    )
    assert not AuditEntry.objects.filter(action="post.translation_edited").exists()
    post_translation_edit(
        actor=world.convener,
        translation=translation,
        post=reply,
        community=world.public,
        body="Исправлено модератором",
    )
    translation.refresh_from_db()
    assert translation.body == "Исправлено модератором"
    assert translation.translator == world.member
    assert translation.edited_by == world.convener
    entry = AuditEntry.objects.get(action="post.translation_edited")
    assert entry.actor == world.convener
    assert entry.changes["language"] == "ru"


def test_another_member_cannot_edit_someone_elses_translation(world):
    question = english_question(world)
    translation = add_russian(world, question, world.member)
    other = UserFactory()
    MembershipFactory(community=world.public, person=other)
    with pytest.raises(PermissionDenied, match="Only the person who translated"):
        post_translation_edit(
            actor=other,
            translation=translation,
            post=question,
            community=world.public,
            body="Чужая правка",
            title="Чужой заголовок",
        )


def test_asking_for_a_translation_forms_the_queue_and_adding_it_fulfils_it(world):
    question = english_question(world)
    request = translation_request_create(
        actor=world.member, post=question, community=world.public, language="ru"
    )
    again = translation_request_create(
        actor=world.convener, post=question, community=world.public, language="ru"
    )
    assert again.pk == request.pk
    assert list(translation_queue(viewer=world.convener, language="ru")) == [request]
    assert list(translation_queue(viewer=world.convener, language="en")) == []
    add_russian(world, question, world.convener)
    request.refresh_from_db()
    assert request.fulfilled_at is not None
    assert list(translation_queue(viewer=world.convener)) == []
    with pytest.raises(ValidationError, match="already translated into Russian"):
        translation_request_create(
            actor=world.member, post=question, community=world.public, language="ru"
        )


def test_the_queue_keeps_private_communities_posts_to_their_readers(world):
    private = english_question(world, community=world.private)
    translation_request_create(
        actor=world.member, post=private, community=world.private, language="ru"
    )
    assert translation_queue(viewer=world.convener).count() == 1
    assert translation_queue(viewer=world.outsider).count() == 0
    assert translation_queue(viewer=world.sponsor).count() == 0


def test_a_visitor_or_a_non_reader_cannot_ask(world):
    private = english_question(world, community=world.private)
    with pytest.raises(PermissionDenied):
        translation_request_create(
            actor=world.outsider, post=private, community=world.private, language="ru"
        )
    assert not TranslationRequest.objects.exists()
