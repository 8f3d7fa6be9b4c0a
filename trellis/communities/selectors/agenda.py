"""Reads about the learning agenda: the items a viewer may see, one item with its timeline,
who may own an item."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.http import Http404

from trellis.communities import permissions
from trellis.communities.agenda_documents import AgendaDocument
from trellis.communities.models import (
    AgendaItem,
    AgendaStatus,
    AgendaStatusChange,
    AgendaVote,
    Community,
    MembershipState,
    RoleAssignment,
)

AGENDA_STATUS_ORDER = [
    AgendaStatus.ACTIVE,
    AgendaStatus.PRIORITISED,
    AgendaStatus.PROPOSED,
    AgendaStatus.REVISITED,
    AgendaStatus.ADDRESSED,
]


def _visible_activities(*, viewer: Any, community: Community) -> QuerySet[Any]:
    """Activities as the viewer may see them on the agenda: drafts only for those who plan.

    The activities app sits above this one, so its model is reached through the relation.
    """
    activity_model = AgendaItem._meta.get_field("activities").related_model
    activities = activity_model._default_manager.all()
    if not permissions.can_manage_community(viewer, community):
        activities = activities.exclude(status="draft")
    return activities


def _count_of(rows: QuerySet[Any], link: str) -> Coalesce:
    """How many of `rows` point at the item, as a subquery on the indexed link: counting by
    joining would multiply the item's rows by its votes and its activities."""
    return Coalesce(
        Subquery(
            rows.filter(**{link: OuterRef("pk")})
            .order_by()
            .values(link)
            .annotate(count=Count("pk"))
            .values("count")
        ),
        0,
    )


def _agenda_items(
    *, viewer: Any, community: Community, prefetch_activities: bool = True
) -> QuerySet[AgendaItem]:
    activities = _visible_activities(viewer=viewer, community=community)
    count = _count_of(activities, "agenda_items")
    items = (
        AgendaItem.objects.filter(community=community)
        .select_related("proposer", "owner")
        .annotate(vote_count=_count_of(AgendaVote.objects.all(), "item"), activity_count=count)
    )
    if prefetch_activities:
        items = items.prefetch_related(
            Prefetch("activities", queryset=activities.order_by("starts_at", "pk"))
        )
    if permissions.is_signed_in(viewer):
        items = items.annotate(
            viewer_voted=Exists(AgendaVote.objects.filter(item=OuterRef("pk"), person=viewer))
        )
    else:
        items = items.annotate(viewer_voted=Value(False, output_field=BooleanField()))
    return items


def agenda_latest_activities_attach(
    items: list[AgendaItem], *, viewer: Any, community: Community, latest: int
) -> list[AgendaItem]:
    """Give each item `latest_activities`: the `latest` activities that addressed it, the
    most recent first, in one query however many items and activities there are."""
    through = AgendaItem.activities.through
    rows = through.objects.filter(agendaitem__in=[item.pk for item in items])
    if not permissions.can_manage_community(viewer, community):
        rows = rows.exclude(activity__status="draft")
    rows = (
        rows.annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("agendaitem_id")],
                order_by=[F("activity__starts_at").desc(), F("activity_id").desc()],
            )
        )
        .filter(rank__lte=latest)  # type: ignore[misc]  # the plugin does not see annotations
        .select_related("activity")
        .order_by("agendaitem_id", "rank")
    )
    latest_by_item: dict[int, list[Any]] = {}
    for row in rows:
        latest_by_item.setdefault(row.agendaitem_id, []).append(row.activity)
    for item in items:
        item.latest_activities = latest_by_item.get(item.pk, [])  # type: ignore[attr-defined]
    return items


def agenda_item_list(
    *,
    viewer: Any,
    community: Community,
    status: str | None = None,
    prefetch_activities: bool = True,
) -> QuerySet[AgendaItem]:
    """The community's agenda, high priority first, then the most supported.

    Each item carries `vote_count`, `viewer_voted`, `activity_count` and (unless told not to)
    its prefetched `activities`.
    """
    if not permissions.can_view_agenda(viewer, community):
        raise Http404
    items = _agenda_items(
        viewer=viewer, community=community, prefetch_activities=prefetch_activities
    )
    if status:
        items = items.filter(status=status)
    return items.order_by(
        F("priority").asc(nulls_last=True), F("vote_count").desc(), "-created_at", "-pk"
    )


def agenda_item_groups(
    *, viewer: Any, community: Community, per_group: int, latest_activities: int
) -> list[tuple[str, str, list[AgendaItem], int]]:
    """(status, its label, its first `per_group` items, how many it has) in the order the
    work moves, leaving out empty groups; each item with its `latest_activities`."""
    items = agenda_item_list(viewer=viewer, community=community, prefetch_activities=False)
    totals = dict(
        AgendaItem.objects.filter(community=community)
        .order_by()
        .values("status")
        .annotate(count=Count("pk"))
        .values_list("status", "count")
    )
    ranked = items.annotate(
        rank=Window(
            RowNumber(),
            partition_by=[F("status")],
            order_by=[
                F("priority").asc(nulls_last=True),
                F("vote_count").desc(),
                F("created_at").desc(),
                F("pk").desc(),
            ],
        )
    )
    shown = agenda_latest_activities_attach(
        list(ranked.filter(rank__lte=per_group)),
        viewer=viewer,
        community=community,
        latest=latest_activities,
    )
    grouped: dict[str, list[AgendaItem]] = {}
    for item in shown:
        grouped.setdefault(item.status, []).append(item)
    return [
        (status_value, str(status_value.label), grouped[status_value], totals[status_value])
        for status_value in AGENDA_STATUS_ORDER
        if status_value in grouped
    ]


def access_agenda_item(*, viewer: Any, community: Community, item_id: int) -> AgendaItem:
    """One item of the community's agenda with its counts, or 404."""
    item = (
        agenda_item_list(viewer=viewer, community=community)
        .select_related("community")
        .filter(pk=item_id)
        .first()
    )
    if item is None:
        raise Http404
    return item


def agenda_items_by_ids(ids: list[int]) -> list[AgendaItem]:
    """The agenda items of these ids, to link to an activity; whether the person linking them
    may see each one is the planning service's check."""
    return list(AgendaItem.objects.filter(pk__in=ids).select_related("community"))


def access_agenda_item_by_id(*, viewer: Any, item_id: int) -> AgendaItem:
    """An item found by its number alone (the API), or 404 when its community is hidden."""
    community = Community.objects.filter(agenda__pk=item_id).first()
    if community is None or not permissions.can_view_agenda(viewer, community):
        raise Http404
    return access_agenda_item(viewer=viewer, community=community, item_id=item_id)


@dataclass(frozen=True)
class AgendaTimelineEntry:
    """One moment in an item's life: a status change, an activity that addressed it, or a
    document that came out of it."""

    when: datetime
    status_change: AgendaStatusChange | None = None
    activity: Any = None
    document: AgendaDocument | None = None


def agenda_status_history(*, item: AgendaItem) -> QuerySet[AgendaStatusChange]:
    return item.status_changes.select_related("changed_by").order_by("changed_at", "pk")


def agenda_item_timeline(
    *, item: AgendaItem, documents: Sequence[AgendaDocument] = ()
) -> list[AgendaTimelineEntry]:
    """Status changes, the activities (by their start) and the documents (by when they became
    available) interleaved, oldest first.

    `item` comes from `access_agenda_item`, so its activities are already the ones the viewer
    may see; `documents` come from `agenda_documents_for`, which filters them the same way.
    """
    entries = [
        AgendaTimelineEntry(when=change.changed_at, status_change=change)
        for change in agenda_status_history(item=item)
    ]
    entries += [
        AgendaTimelineEntry(when=activity.starts_at, activity=activity)
        for activity in item.activities.all()
    ]
    entries += [
        AgendaTimelineEntry(when=document.when, document=document) for document in documents
    ]
    return sorted(entries, key=lambda entry: entry.when)


def agenda_owner_choices(*, community: Community, item: AgendaItem | None = None) -> QuerySet[Any]:
    """People who may own an item (`permissions.can_own_agenda_item` as a query), and the
    item's current owner (who may have left since), so saving other changes keeps them."""
    people = get_user_model().objects.filter(is_active=True)
    current_owner = Q(pk=item.owner_id) if item is not None and item.owner_id else Q(pk__in=[])
    return (
        people.filter(
            current_owner
            | Q(memberships__community=community, memberships__state=MembershipState.ACTIVE)
            | Q(
                pk__in=RoleAssignment.objects.current()
                .filter(community=community, role__code__in=permissions.AGENDA_OWNER_ROLES)
                .values("person")
            )
        )
        .distinct()
        .order_by("full_name")
    )
