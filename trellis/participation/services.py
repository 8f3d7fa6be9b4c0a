"""Writing to the contribution log."""

from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from trellis.participation.models import Contribution, ContributionKind

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
    trace in the log.
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


def contribution_withdraw(
    *,
    kind: ContributionKind | str,
    target: models.Model,
    person: "User | None" = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Forget acts that no longer stand: a withdrawn vote or helpful mark, an unmarked
    attendance, an acceptance moved to another answer. Returns how many rows went.

    The log keeps what stands now rather than pairing each act with its undoing, so analytics
    can count rows without knowing which acts can be taken back. Only rows of the given kind
    on the given target (and person, and details when given) are removed.
    """
    contributions = Contribution.objects.filter(
        kind=ContributionKind(kind),
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
    )
    if person is not None:
        contributions = contributions.filter(person=person)
    for key, value in (details or {}).items():
        contributions = contributions.filter(**{f"details__{key}": value})
    deleted, _by_model = contributions.delete()
    return deleted


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
    """Withdraw a person's mark (nothing happens when there is none); its contribution row
    goes with it, so the log says what a person stands by now. Says whether one was withdrawn.
    """
    with transaction.atomic():
        deleted, _by_model = model._default_manager.filter(person=person, **lookup).delete()
        if deleted:
            contribution_withdraw(person=person, kind=kind, target=target)
    return bool(deleted)
