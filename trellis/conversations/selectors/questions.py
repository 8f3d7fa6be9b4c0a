"""Reads of the help desk, always on behalf of the person asking.

A question is visible where its community's conversations are (network-wide ones to everyone
signed in); hidden questions, answers and comments only to moderators.
"""

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThan
from django.http import Http404
from django.utils import timezone

from trellis.accounts.models import ExpertiseTopic, User
from trellis.accounts.selectors import expertise_by_name
from trellis.communities.models import Community, MembershipState
from trellis.conversations import permissions
from trellis.conversations.models import Answer, Comment, HelpfulMark, Question
from trellis.conversations.search_reindex import QUESTION
from trellis.conversations.selectors.scope import conversation_scope
from trellis.core.errors import LoginRequired
from trellis.search.ranking import ranked_by_search

FIGURES_PERIOD = timedelta(days=365)
ANSWERED_QUICKLY = timedelta(hours=72)
MAX_ID = 2**63 - 1


def _visible_answer_count() -> Coalesce:
    """Each question's answers not hidden, counted per row of the page in a subquery on the
    (question, hidden) index: never a join of every question with every answer."""
    answers = (
        Answer.objects.filter(question=OuterRef("pk"), hidden=False)
        .order_by()
        .values("question")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(answers), 0)


def question_list(
    *,
    viewer: Any,
    community: Community | None = None,
    topic: str | None = None,
    language: str | None = None,
    status: str | None = None,
    network_wide_only: bool = False,
    search: str = "",
) -> QuerySet[Question]:
    """Questions the viewer may see, most recently active first, with what a list shows.

    `community` narrows to one community's help desk, `network_wide_only` to questions asked of
    the whole network; `status` is "answered" or "unanswered"; `search` keeps those the search
    engine finds for it, best match first.
    """
    questions = (
        Question.objects.filter(conversation_scope(viewer=viewer).filter())
        .select_related("community", "author")
        .prefetch_related("topics")
        .annotate(answer_count=_visible_answer_count())
        .order_by("-last_activity_at", "-id")
    )
    if community is not None:
        questions = questions.filter(community=community)
    elif network_wide_only:
        questions = questions.filter(community__isnull=True)
    if topic:
        questions = questions.filter(topics__slug=topic)
    if language:
        questions = questions.filter(language=language)
    if status == "answered":
        questions = questions.filter(first_answered_at__isnull=False)
    elif status == "unanswered":
        questions = questions.filter(first_answered_at__isnull=True)
    if search:
        questions = ranked_by_search(
            questions,
            viewer=viewer,
            q=search,
            kind=QUESTION,
            community_ids=[community.pk] if community is not None else None,
        )
    return questions


def unanswered_list(*, viewer: Any, community: Community | None = None) -> QuerySet[Question]:
    """The questions still waiting for a first answer, the longest waiting first."""
    return (
        question_list(viewer=viewer, community=community, status="unanswered")
        .filter(locked=False)
        .order_by("created_at", "id")
    )


def access_question(*, viewer: Any, question_id: int) -> Question:
    """The question, or 404 when it does not exist or the viewer may not see it."""
    question = (
        Question.objects.select_related("community", "author", "accepted_answer")
        .prefetch_related("topics")
        .filter(pk=min(max(question_id, 0), MAX_ID))
        .first()
    )
    if question is None:
        raise Http404
    if question.community is None and not permissions.is_signed_in(viewer):
        # Network-wide questions are for everyone signed in: a visitor is asked to log in.
        raise LoginRequired
    if not permissions.can_see_post(viewer, question, question.community):
        raise Http404
    return question


def access_answer(*, viewer: Any, answer_id: int) -> Answer:
    """The answer with its question, or 404 when either is hidden from the viewer."""
    answer = (
        Answer.objects.select_related("author", "question")
        .filter(pk=min(max(answer_id, 0), MAX_ID))
        .first()
    )
    if answer is None:
        raise Http404
    question = access_question(viewer=viewer, question_id=answer.question_id)
    if not permissions.can_see_post(viewer, answer, question.community):
        raise Http404
    answer.question = question
    return answer


def topic_list() -> list[ExpertiseTopic]:
    """The topics a question can be filed under, to filter the help desk by."""
    return list(expertise_by_name())


def askable_community_list(*, person: Any) -> QuerySet[Community]:
    """The communities a person may ask a question of when asking from the network's help desk:
    those they are an active member of."""
    return Community.objects.filter(
        memberships__person=person, memberships__state=MembershipState.ACTIVE
    ).order_by("code")


def coauthor_candidate_list(*, question: Question, search: str = "") -> QuerySet[User]:
    """Whom an answer's author may write it with: active members of the question's community
    (anyone active for a network-wide question); `search` keeps those whose name contains it."""
    people = User.objects.filter(is_active=True).order_by("full_name", "pk")
    if question.community is not None:
        people = people.filter(
            memberships__community=question.community,
            memberships__state=MembershipState.ACTIVE,
        )
    if search:
        people = people.filter(
            Q(full_name__icontains=search) | Q(full_name_latin__icontains=search)
        )
    return people


def expert_invitee_get(*, person_id: int) -> User | None:
    """The person the asker chose to invite; the invitation service decides whether they may
    be invited."""
    return User.objects.filter(pk=min(max(person_id, 0), MAX_ID)).first()


def _visible_comments(
    viewer: Any, question: Question, comments: Any = Comment.objects
) -> QuerySet[Comment]:
    """The comments the viewer may see, oldest first; `comments` is where they are taken from
    (a post's own comments know the post without a query)."""
    comments = comments.select_related("author").order_by("created_at", "id")
    if not permissions.can_moderate(viewer, question.community):
        comments = comments.filter(hidden=False)
    return comments


def _helpful_count() -> Coalesce:
    marks = (
        HelpfulMark.objects.filter(answer=OuterRef("pk"))
        .order_by()
        .values("answer")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(marks), 0)


def answer_list(*, viewer: Any, question: Question) -> QuerySet[Answer]:
    """The answers shown on the question's page, in its order: the accepted one first, then
    the most helpful, then the oldest; ordered by the database so that a page of them is read
    on its own.

    Each carries `helpful_count`, `viewer_marked`, `is_accepted`, its co-authors and comments;
    each answer and comment knows the question (read through it, not once per post).
    """
    answers = (
        # Through the question: each answer gets this question object, community included.
        question.answers.select_related("author")
        .prefetch_related(
            "coauthors",
            Prefetch("comments", queryset=_visible_comments(viewer, question)),
        )
        .annotate(
            helpful_count=_helpful_count(),
            # No accepted answer: `pk IS NULL`, false for every answer.
            is_accepted=ExpressionWrapper(
                Q(pk=question.accepted_answer_id), output_field=BooleanField()
            ),
        )
    )
    if permissions.is_signed_in(viewer):
        answers = answers.annotate(
            viewer_marked=Exists(HelpfulMark.objects.filter(answer=OuterRef("pk"), person=viewer))
        )
    else:
        answers = answers.annotate(viewer_marked=Value(False, output_field=BooleanField()))
    if not permissions.can_moderate(viewer, question.community):
        answers = answers.filter(hidden=False)
    return answers.order_by(F("is_accepted").desc(), F("helpful_count").desc(), "created_at", "id")


def answer_position(*, viewer: Any, question: Question, answer_id: int) -> int | None:
    """Where an answer stands in `answer_list` (0 for the first), to show the page it is on;
    None when the viewer does not see it under this question."""
    ordered = list(
        answer_list(viewer=viewer, question=question)
        .prefetch_related(None)
        .values_list("pk", flat=True)
    )
    return ordered.index(answer_id) if answer_id in ordered else None


def answer_with_counts(*, viewer: Any, answer: Answer) -> Answer:
    """One answer as `answer_list` gives it, for an htmx fragment or the API."""
    found = answer_list(viewer=viewer, question=answer.question).filter(pk=answer.pk).first()
    if found is None:
        raise Http404
    return found


def question_comment_list(*, viewer: Any, question: Question) -> QuerySet[Comment]:
    """Comments on the question itself, oldest first."""
    return _visible_comments(viewer, question, question.comments)


def answer_comment_list(*, viewer: Any, answer: Answer) -> QuerySet[Comment]:
    """Comments on an answer the viewer may see (`access_answer`), oldest first."""
    return _visible_comments(viewer, answer.question, answer.comments)


@dataclass(frozen=True)
class AnswerFigures:
    """How well a help desk answers, over the questions asked in a period."""

    since: datetime
    until: datetime
    asked: int
    answered: int
    answered_quickly: int
    median_time_to_answer: timedelta | None

    @property
    def share_answered(self) -> float | None:
        return self.answered / self.asked if self.asked else None

    @property
    def share_answered_quickly(self) -> float | None:
        """The share answered within 72 hours of being asked."""
        return self.answered_quickly / self.asked if self.asked else None

    @property
    def median_hours(self) -> float | None:
        if self.median_time_to_answer is None:
            return None
        return self.median_time_to_answer.total_seconds() / 3600


class _SecondsBetween(Func):
    """Seconds from one date-time to a later one, in the database's own functions: Django's
    date arithmetic on SQLite calls back into Python for every row."""

    output_field = FloatField()
    arg_joiner = " - "
    template = "CAST(EXTRACT(EPOCH FROM (%(expressions)s)) AS double precision)"

    def as_sqlite(self, compiler: Any, connection: Any, **extra_context: Any) -> Any:
        return self.as_sql(
            compiler,
            connection,
            template="((julianday(%(expressions)s)) * 86400.0)",
            arg_joiner=") - julianday(",
            **extra_context,
        )


def answer_figures(
    *,
    viewer: Any,
    community: Community | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> AnswerFigures:
    """Share answered, share answered within 72 hours and the median time to a first answer,
    for the questions asked in the period (by default the last 365 days).

    Without a community: every question the viewer may see. Hidden questions do not count.
    """
    until = until or timezone.now()
    since = since or until - FIGURES_PERIOD
    # Counted and ranked by the database: a busy help desk asks thousands of questions a year,
    # and loading each to count it in Python cost more than the rest of the page.
    questions = Question.objects.filter(
        conversation_scope(viewer=viewer).filter(),
        hidden=False,
        created_at__gte=since,
        created_at__lt=until,
    ).order_by()
    if community is not None:
        questions = questions.filter(community=community)
    wait = _SecondsBetween("first_answered_at", "created_at")
    counts = questions.aggregate(
        asked=Count("pk"),
        answered=Count("first_answered_at"),
        answered_quickly=Count("pk", filter=Q(first_answered_at__isnull=False))
        # SQLite's julianday() is exact to a fraction of a millisecond: a millisecond of
        # tolerance keeps an answer at exactly 72 hours counted as quick on both databases.
        - Count("pk", filter=GreaterThan(wait, ANSWERED_QUICKLY.total_seconds() + 0.001)),
    )
    answered = counts["answered"]
    # The middle wait, or the two middle ones when their number is even (always one query,
    # so the page's query count does not depend on whether anything was answered).
    middle = list(
        questions.filter(first_answered_at__isnull=False)
        .annotate(wait=wait)
        .order_by("wait", "id")
        .values_list("wait", flat=True)[max(answered - 1, 0) // 2 : answered // 2 + 1]
    )
    return AnswerFigures(
        since=since,
        until=until,
        asked=counts["asked"],
        answered=answered,
        answered_quickly=counts["answered_quickly"],
        median_time_to_answer=timedelta(
            seconds=round(statistics.median(float(wait) for wait in middle), 3)
        )
        if middle
        else None,
    )
