"""Reading the contribution log."""

from typing import TYPE_CHECKING

from django.db.models import QuerySet

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
    """How many acts stand in the whole log."""
    return Contribution.objects.standing().count()


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
