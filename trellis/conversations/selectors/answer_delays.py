"""How quickly questions were answered, counted by the database: for value indicators
(`trellis.value`), which read aggregates and check their own permissions."""

from datetime import datetime, timedelta

from django.db.models import F, Min, Q

from trellis.conversations.models import Question


def questions_answered_within(
    *,
    since: datetime,
    until: datetime,
    within: timedelta,
    community_id: int | None = None,
    country: str = "",
) -> tuple[int, int]:
    """(visible questions asked in [since, until), how many of them had a first visible answer
    by someone else within `within` of being asked), in two grouped queries. `country` keeps
    the questions of askers from that country."""
    questions = Question.objects.filter(hidden=False, created_at__gte=since, created_at__lt=until)
    if community_id is not None:
        questions = questions.filter(community_id=community_id)
    if country:
        questions = questions.filter(author__country=country)
    asked = questions.count()
    first_answer = Min(
        "answers__created_at",
        filter=Q(answers__hidden=False) & ~Q(answers__author_id=F("author_id")),
    )
    answered = (
        questions.order_by()
        .annotate(first_answer=first_answer)
        .filter(first_answer__lte=F("created_at") + within)
        .count()
    )
    return asked, answered
