"""Remembering when a person last looked at a community (for "new since my last visit")."""

from datetime import timedelta
from typing import Any

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from trellis.communities import permissions
from trellis.communities.models import Community, CommunityVisit

# A visit is written at most once a minute per person and community: the home page counts
# news from the minute anyway (it is remembered by the minute).
VISIT_PRECISION = timedelta(minutes=1)


def community_visit_record(*, person: Any, slug: str) -> None:
    """Note that a member opened the community's pages now. Not a contribution and not
    audited: it only moves the point from which their home counts what is new.

    One read, and a write only when the last visit is more than a minute old. The table is
    not watched by the data generations, so this write does not make the page uncacheable."""
    if not permissions.is_signed_in(person):
        return
    last_visit = CommunityVisit.objects.filter(person=person, community=OuterRef("pk"))
    community = (
        Community.objects.filter(slug=slug)
        .only("pk")
        .annotate(last_visit=Subquery(last_visit.values("visited_at")[:1]))
        .first()
    )
    if community is None or not permissions.is_member(person, community):
        return
    now = timezone.now()
    if community.last_visit is not None and now - community.last_visit < VISIT_PRECISION:
        return
    CommunityVisit.objects.bulk_create(
        [CommunityVisit(person=person, community=community, visited_at=now)],
        update_conflicts=True,
        unique_fields=["person", "community"],
        update_fields=["visited_at"],
    )
