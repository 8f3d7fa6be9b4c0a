"""Reading the contribution log."""

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Case, Count, IntegerField, QuerySet, Sum, Value, When
from django.db.models.functions import TruncDate
from django.utils import timezone

from trellis.participation.models import Contribution

if TYPE_CHECKING:
    from typing import Any

    from django.db.models import Model

    from trellis.accounts.models import User
    from trellis.participation.kinds import ContributionKind


def contribution_exists(
    *, kind: "ContributionKind | str", target: "Model", person: "User | None" = None
) -> bool:
    """Whether an act of this kind on `target` (by `person`, when given) stands."""
    contributions = Contribution.objects.standing().on(target).filter(kind=kind)
    if person is not None:
        contributions = contributions.filter(person=person)
    return contributions.exists()


def contribution_details_list(
    *, kind: "ContributionKind | str", target: "Model"
) -> "list[dict[str, Any]]":
    """The `details` of the standing acts of this kind on `target`, for a service that decides
    from what was recorded (whom a post already mentions)."""
    rows = Contribution.objects.standing().on(target).filter(kind=kind)
    return [details for details in rows.values_list("details", flat=True) if details]


def contribution_count() -> int:
    """How many acts stand in the whole log. An act in an activity shared by several
    communities has a row in each of them (so that each community's figures count it); across
    the network it is one act, so rows are counted once per person, kind, target and moment."""
    return (
        Contribution.objects.standing()
        .order_by()
        .values("person_id", "kind", "target_type_id", "target_id", "occurred_at")
        .distinct()
        .count()
    )


def contribution_list(
    *, person: "User | None" = None, community_id: int | None = None
) -> QuerySet[Contribution]:
    """The acts that stand (withdrawn ones stay in the log for history, counted by nobody)."""
    contributions = Contribution.objects.standing().select_related("person", "target_type")
    if person is not None:
        contributions = contributions.filter(person=person)
    if community_id is not None:
        contributions = contributions.filter(community_id=community_id)
    return contributions


def contribution_scores(
    *,
    weights: Mapping[str, int],
    since: datetime,
    until: datetime,
    community_ids: Iterable[int] | None = None,
) -> QuerySet:
    """Each person's weighted count of standing acts in each community, between two moments
    (`since` included, `until` not): rows of `community_id`, `person_id`, `score`, computed by
    the database in one grouped query. Kinds weighing nothing are left out; a person with no
    weighed act in a community has no row there."""
    weighed = {kind: weight for kind, weight in weights.items() if weight}
    score = Sum(
        Case(
            *(When(kind=kind, then=Value(weight)) for kind, weight in weighed.items()),
            default=Value(0),
            output_field=IntegerField(),
        )
    )
    contributions = Contribution.objects.standing().filter(
        occurred_at__gte=since,
        occurred_at__lt=until,
        community_id__isnull=False,
        kind__in=list(weighed),
    )
    if community_ids is not None:
        contributions = contributions.filter(community_id__in=list(community_ids))
    return (
        contributions.order_by()
        .values("community_id", "person_id")
        .annotate(score=score)
        .values_list("community_id", "person_id", "score")
    )


def contribution_daily_counts(*, person_id: int, since: datetime, until: datetime) -> QuerySet:
    """One person's standing acts per community, day of the network's calendar and kind,
    between two moments (`since` included, `until` not): rows of `community_id`, `day`, `kind`,
    `n`, in one grouped query whatever the range. Weighing is left to the reader, whose rules
    may differ from one community to the next."""
    return (
        Contribution.objects.standing()
        .filter(
            person_id=person_id,
            occurred_at__gte=since,
            occurred_at__lt=until,
            community_id__isnull=False,
        )
        .annotate(day=TruncDate("occurred_at", tzinfo=timezone.get_default_timezone()))
        .order_by()
        .values("community_id", "day", "kind")
        .annotate(n=Count("id"))
        .values_list("community_id", "day", "kind", "n")
    )


def contribution_scores_by_period(
    *,
    weights: Mapping[str, int],
    boundaries: Sequence[datetime],
    community_ids: Iterable[int] | None = None,
) -> QuerySet:
    """`contribution_scores` for many consecutive periods in one grouped query: the periods
    run from each boundary (included) to the next (not), and the rows are `community_id`,
    `person_id`, `period` (the index of the period, from 0), `score`. A reader who needs
    scores over many windows made of whole periods adds them up, instead of asking the
    database to read the same acts once per window."""
    weighed = {kind: weight for kind, weight in weights.items() if weight}
    score = Sum(
        Case(
            *(When(kind=kind, then=Value(weight)) for kind, weight in weighed.items()),
            default=Value(0),
            output_field=IntegerField(),
        )
    )
    period = Case(
        *(
            When(occurred_at__lt=boundary, then=Value(index))
            for index, boundary in enumerate(boundaries[1:])
        ),
        output_field=IntegerField(),
    )
    contributions = Contribution.objects.standing().filter(
        occurred_at__gte=boundaries[0],
        occurred_at__lt=boundaries[-1],
        community_id__isnull=False,
        kind__in=list(weighed),
    )
    if community_ids is not None:
        contributions = contributions.filter(community_id__in=list(community_ids))
    return (
        contributions.order_by()
        .annotate(period=period)
        .values("community_id", "person_id", "period")
        .annotate(score=score)
        .values_list("community_id", "person_id", "period", "score")
    )
