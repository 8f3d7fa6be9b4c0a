"""Reading the contribution log. Every reader sees only what stands: withdrawn acts stay in
the log for history but are counted by nobody."""

from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet

from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

if TYPE_CHECKING:
    from trellis.accounts.models import User


def contribution_list(
    *, person: "User | None" = None, community_id: int | None = None
) -> QuerySet[Contribution]:
    contributions = Contribution.objects.standing().select_related("person", "target_type")
    if person is not None:
        contributions = contributions.filter(person=person)
    if community_id is not None:
        contributions = contributions.filter(community_id=community_id)
    return contributions


def _on_target(
    *, kind: ContributionKind | str, target: models.Model, person: "User | None"
) -> QuerySet[Contribution]:
    contributions = Contribution.objects.standing().filter(
        kind=ContributionKind(kind),
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
    )
    if person is not None:
        contributions = contributions.filter(person=person)
    return contributions


def contribution_exists(
    *, kind: ContributionKind | str, target: models.Model, person: "User | None" = None
) -> bool:
    """Whether an act of this kind on `target` (by `person`, when given) stands."""
    return _on_target(kind=kind, target=target, person=person).exists()


def contribution_details_list(
    *, kind: ContributionKind | str, target: models.Model, person: "User | None" = None
) -> list[dict[str, Any]]:
    """The `details` of the standing acts of this kind on `target` (by `person`, when given),
    for a service that decides from what was recorded (who a post already mentions)."""
    rows = _on_target(kind=kind, target=target, person=person).values_list("details", flat=True)
    return [details for details in rows if isinstance(details, dict)]


def contribution_count() -> int:
    """How many acts stand in the whole log."""
    return Contribution.objects.standing().count()
