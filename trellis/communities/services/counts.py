"""Counts kept beside the community, so that lists show them without counting on every page."""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count

from trellis.communities.models import Community, CommunityStats, Membership, MembershipState


def member_count_refresh(*, community_ids: Iterable[int] | None = None) -> None:
    """Recount the active members of the given communities (all when None).

    The membership services call it in the transaction that changes a membership; loaders
    that insert memberships in bulk call it once at the end. The counts' rows are locked
    before counting, so two people joining at once are both counted; and it is a recount
    rather than an increment, so a count that was ever wrong (a change made in the Django
    admin) heals at the next change.
    """
    ids = (
        list(Community.objects.values_list("pk", flat=True))
        if community_ids is None
        else sorted(set(community_ids))
    )
    with transaction.atomic():
        CommunityStats.objects.bulk_create(
            [CommunityStats(community_id=pk) for pk in ids], ignore_conflicts=True
        )
        rows = list(
            CommunityStats.objects.select_for_update().filter(community_id__in=ids).order_by("pk")
        )
        counts = dict(
            Membership.objects.filter(community_id__in=ids, state=MembershipState.ACTIVE)
            .order_by()
            .values("community_id")
            .annotate(count=Count("pk"))
            .values_list("community_id", "count")
        )
        for row in rows:
            row.members = counts.get(row.community_id, 0)
        CommunityStats.objects.bulk_update(rows, ["members"], batch_size=500)
