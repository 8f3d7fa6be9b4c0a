"""Writing to the contribution log.

The log is append-only: an act that is taken back (a withdrawn vote or helpful mark, an
unmarked attendance, an acceptance moved to another answer) keeps its row, with the time it was
withdrawn, and readers count only what stands (`Contribution.objects.standing()`). Doing the act
again records a new row.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

if TYPE_CHECKING:
    from trellis.accounts.models import User

Mark = TypeVar("Mark", bound=models.Model)


def contribution_record(
    *,
    person: "User",
    kind: ContributionKind | str,
    community: models.Model | None = None,
    target: models.Model | None = None,
    occurred_at: datetime | None = None,
    details: dict[str, Any] | None = None,
) -> Contribution:
    """Record one meaningful act: who did what kind of thing, in which community, on what, when.

    Every capability calls this for each act it wants counted in participation and value
    analytics. It writes inside the caller's transaction, so an act that rolls back leaves no
    trace in the log. An act that belongs to several communities (an activity they share) is
    recorded once for each of them, so that each community's count includes it.
    """
    kind = ContributionKind(kind)
    return Contribution.objects.create(
        person=person,
        kind=kind,
        community_id=community.pk if community is not None else None,
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=target.pk if target is not None else None,
        occurred_at=occurred_at or timezone.now(),
        details=details or {},
    )


@dataclass(slots=True)
class ContributionEntry:
    """One act to record in bulk: what `contribution_record` takes, by primary keys. (Not
    frozen: the scale generator makes a million of these, and frozen ones are slower to make.)"""

    person_id: int
    kind: str
    community_id: int | None
    target_model: type[models.Model]
    target_id: int
    occurred_at: datetime
    details: dict[str, Any] = field(default_factory=dict)


def contribution_bulk_record(
    *, entries: Iterable[ContributionEntry], batch_size: int = 2000
) -> int:
    """Record many acts at once, as they happened: for generators of past history (the demo
    network, the scale benchmark), which write the rows the services would have recorded.

    The entries are trusted (no check of the kind or the target), inserted `batch_size` rows
    per statement. Returns how many were recorded.
    """
    content_types: dict[type[models.Model], int] = {}
    rows = []
    for entry in entries:
        model = entry.target_model
        if model not in content_types:
            content_types[model] = ContentType.objects.get_for_model(model).pk
        rows.append(
            Contribution(
                person_id=entry.person_id,
                kind=entry.kind,
                community_id=entry.community_id,
                target_type_id=content_types[model],
                target_id=entry.target_id,
                occurred_at=entry.occurred_at,
                details=entry.details,
            )
        )
    Contribution.objects.bulk_create(rows, batch_size=batch_size)
    return len(rows)


def contribution_withdraw(
    *,
    kind: ContributionKind | str,
    target: models.Model,
    person: "User | None" = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Withdraw acts that no longer stand: a withdrawn vote or helpful mark, an unmarked
    attendance, an acceptance moved to another answer. Returns how many were withdrawn.

    The rows stay in the log with the time of their withdrawal, and no reader counts them any
    more. Only standing rows of the given kind on the given target (and person, and details
    when given) are withdrawn; withdrawing twice does nothing.
    """
    contributions = Contribution.objects.standing().on(target).filter(kind=ContributionKind(kind))
    if person is not None:
        contributions = contributions.filter(person=person)
    for key, value in (details or {}).items():
        contributions = contributions.filter(**{f"details__{key}": value})
    return contributions.update(withdrawn_at=timezone.now())


def mark_once(
    *,
    model: type[Mark],
    person: "User",
    kind: ContributionKind | str,
    community: models.Model | None,
    target: models.Model,
    **lookup: Any,
) -> Mark:
    """Create a person's one mark on something (a vote, a helpful mark) unless it exists.

    Marking twice is harmless: the existing mark is returned and nothing is recorded. The
    first mark is recorded in the contribution log in the same transaction. The model has a
    unique constraint on `lookup` plus the person; when a second request of the same person
    wins the race, its mark stands for both.
    """
    existing = model._default_manager.filter(person=person, **lookup).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            mark = model._default_manager.create(person=person, **lookup)
            contribution_record(person=person, kind=kind, community=community, target=target)
    except IntegrityError:
        return model._default_manager.get(person=person, **lookup)
    return mark


def mark_withdraw(
    *,
    model: type[models.Model],
    person: "User",
    kind: ContributionKind | str,
    target: models.Model,
    **lookup: Any,
) -> bool:
    """Withdraw a person's mark (nothing happens when there is none). The mark goes; its
    contribution is withdrawn (kept in the log with the time, no longer counted), so marking
    again records a new one. Says whether one was withdrawn.
    """
    with transaction.atomic():
        deleted, _by_model = model._default_manager.filter(person=person, **lookup).delete()
        if deleted:
            contribution_withdraw(person=person, kind=kind, target=target)
    return bool(deleted)
