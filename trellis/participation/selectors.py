"""Reading the contribution log."""

from typing import TYPE_CHECKING

from django.db.models import QuerySet

from trellis.participation.models import Contribution

if TYPE_CHECKING:
    from trellis.accounts.models import User


def contribution_list(
    *, person: "User | None" = None, community_id: int | None = None
) -> QuerySet[Contribution]:
    contributions = Contribution.objects.select_related("person", "target_type")
    if person is not None:
        contributions = contributions.filter(person=person)
    if community_id is not None:
        contributions = contributions.filter(community_id=community_id)
    return contributions
