"""Questions and answers as the search finds them, with their translations, found where the
conversation rules show them (`can_see_post`).

A community's conversations are public when the community is, a private community's are for its
members, network-wide questions for everyone signed in; a hidden post is for moderators, so it
is not indexed (nor are the answers of a hidden question).
"""

from collections.abc import Iterable, Iterator
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import ExpertiseTopic
from trellis.communities.models import Community
from trellis.conversations.models import Answer, Question
from trellis.conversations.models_translations import PostTranslation
from trellis.conversations.search_reindex import ANSWER, QUESTION
from trellis.conversations.selectors.scope import conversation_scope
from trellis.core.network_time import network_date
from trellis.core.search_text import country_code, country_names, every_language, search_lines
from trellis.search.sources import (
    Audience,
    SearchDoc,
    search_docs_in_batches,
    visible_ids_among,
)


def conversation_audience(community: Community | None) -> tuple[Audience, tuple[int, ...]]:
    """Who reads a conversation, by the rule of `can_view_conversations`."""
    if community is None:
        return Audience.SIGNED_IN, ()
    if community.is_private:
        return Audience.MEMBERS, (community.pk,)
    return Audience.PUBLIC, (community.pk,)


def translations_of(model: type[Model], ids: Iterable[int]) -> dict[int, list[str]]:
    """The translated titles and texts of these posts, in one query."""
    found: dict[int, list[str]] = {}
    rows = PostTranslation.objects.filter(
        target_type=ContentType.objects.get_for_model(model), target_id__in=list(ids)
    ).values_list("target_id", "title", "body")
    for target_id, title, body in rows:
        found.setdefault(target_id, []).extend([title, body])
    return found


def _community_only() -> Any:
    return Community.objects.only("pk", "slug", "visibility")


def _question_docs(batch: list[Question]) -> Iterator[SearchDoc]:
    translations = translations_of(Question, (question.pk for question in batch))
    for question in batch:
        audience, community_ids = conversation_audience(question.community)
        yield SearchDoc(
            kind=QUESTION,
            object_id=question.pk,
            title=question.title,
            body=search_lines(
                question.body,
                *translations.get(question.pk, []),
                *(every_language(topic.name) for topic in question.topics.all()),
                country_names(country_code(question.country_context)),
            ),
            url=reverse("conversations:question_detail", args=[question.pk]),
            audience=audience,
            community_ids=community_ids,
            language=question.language,
            country=country_code(question.country_context),
            date=network_date(question.created_at),
            extra={"answered": question.first_answered_at is not None},
        )


def _answer_docs(batch: list[Answer]) -> Iterator[SearchDoc]:
    translations = translations_of(Answer, (answer.pk for answer in batch))
    for answer in batch:
        question = answer.question
        audience, community_ids = conversation_audience(question.community)
        yield SearchDoc(
            kind=ANSWER,
            object_id=answer.pk,
            title=question.title,
            body=search_lines(answer.body, *translations.get(answer.pk, [])),
            # The question's page showing the answer (answers are paginated).
            url=reverse("conversations:question_detail", args=[question.pk])
            + f"?answer={answer.pk}#answer-{answer.pk}",
            audience=audience,
            community_ids=community_ids,
            language=answer.language,
            country=country_code(question.country_context),
            date=network_date(answer.created_at),
            extra={"question_id": question.pk},
        )


class QuestionSource:
    kind = QUESTION
    label = _("Questions")

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        questions = Question.objects.filter(hidden=False).prefetch_related(
            Prefetch("community", queryset=_community_only()),
            Prefetch("topics", queryset=ExpertiseTopic.objects.only("pk", "name")),
        )
        yield from search_docs_in_batches(questions, ids=ids, build=_question_docs)

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        scope = conversation_scope(viewer=viewer)
        return visible_ids_among(Question.objects.filter(scope.filter()), ids=ids)


class AnswerSource:
    kind = ANSWER
    label = _("Answers")

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        answers = Answer.objects.filter(hidden=False, question__hidden=False).select_related(
            "question", "question__community"
        )
        yield from search_docs_in_batches(answers, ids=ids, build=_answer_docs)

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        scope = conversation_scope(viewer=viewer)
        visible_questions = Question.objects.filter(scope.filter()).values("pk")
        answers = Answer.objects.filter(question__in=visible_questions)
        if not scope.moderates_everything:
            # A hidden answer is for the moderators of its question's community.
            answers = answers.filter(Q(hidden=False) | Q(question__community__in=scope.moderated))
        return visible_ids_among(answers, ids=ids)


question_source = QuestionSource()
answer_source = AnswerSource()
