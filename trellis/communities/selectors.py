"""Reads about the network and its communities, always on behalf of the person asking."""

from collections.abc import Iterable
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
)
from django.db.models.functions import Coalesce
from django.http import Http404

from trellis.communities import permissions
from trellis.communities.models import (
    AgendaItem,
    AgendaStatus,
    AgendaStatusChange,
    AgendaVote,
    AuditEntry,
    Community,
    Invitation,
    Membership,
    MembershipEvent,
    MembershipState,
    Network,
    Role,
    RoleAssignment,
    StageChange,
    Stakeholder,
    TransactionalParticipant,
    Visibility,
)


def network_get() -> Network:
    """The installation's network; created empty on first use so a fresh database works."""
    network = Network.objects.order_by("pk").first()
    if network is None:
        network = Network.objects.create(
            name={"en": "Trellis network", "ru": "Сеть Trellis"}, working_languages=["en", "ru"]
        )
    return network


def community_visible_list(*, viewer: Any) -> QuerySet[Community]:
    """Communities the viewer may see: public ones, and for a signed-in person the ones they
    belong to or hold a role in; everything for a network admin.

    Visibility is decided by subqueries, never by joining memberships, so the rows stay one per
    community and can be counted, annotated or used as a filter by the caller.
    """
    communities = Community.objects.all()
    if permissions.is_network_admin(viewer):
        return communities
    visible = Q(visibility=Visibility.PUBLIC)
    if permissions.is_signed_in(viewer):
        visible |= Q(
            pk__in=Membership.objects.filter(person=viewer, state=MembershipState.ACTIVE).values(
                "community"
            )
        )
        visible |= Q(
            pk__in=RoleAssignment.objects.current().filter(person=viewer).values("community")
        )
    return communities.filter(visible)


def _with_member_count(communities: QuerySet[Community]) -> QuerySet[Community]:
    """Each community with `member_count`, its active members, counted in a subquery."""
    active_members = (
        Membership.objects.filter(community=OuterRef("pk"), state=MembershipState.ACTIVE)
        .order_by()
        .values("community")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return communities.annotate(member_count=Coalesce(Subquery(active_members), 0))


def community_list(*, viewer: Any) -> QuerySet[Community]:
    """Communities the viewer may see, each with `member_count`, its active members."""
    return _with_member_count(community_visible_list(viewer=viewer)).order_by("code")


def access_community(*, viewer: Any, slug: str) -> Community:
    """The community, or 404 when it does not exist or the viewer may not know it exists."""
    community = _with_member_count(Community.objects.filter(slug=slug)).first()
    if community is None or not permissions.can_view_community(viewer, community):
        raise Http404
    return community


def communities_visible_to(*, viewer: Any, communities: Iterable[Community]) -> list[Community]:
    """Those of `communities` the viewer may see, in the order given.

    Whatever lists the communities of an object that can span several (a boundary activity
    of a public and a private community) shows them through this, so a private community's
    name and address reach nobody who may not see it. It asks the permission predicate, whose
    facts are loaded once per person, so a prefetched list costs no further query.
    """
    return [
        community for community in communities if permissions.can_view_community(viewer, community)
    ]


def membership_get(*, person: Any, community: Community) -> Membership | None:
    if not permissions.is_signed_in(person):
        return None
    return Membership.objects.filter(person=person, community=community).first()


def member_list(
    *, community: Community, level: str | None = None, search: str | None = None
) -> QuerySet[Membership]:
    """Active members with their people loaded, core group first."""
    members = (
        Membership.objects.filter(community=community, state=MembershipState.ACTIVE)
        .select_related("person")
        .order_by("declared_level", "person__full_name")
    )
    if level:
        members = members.filter(declared_level=level)
    if search:
        members = members.filter(
            Q(person__full_name__icontains=search) | Q(person__full_name_latin__icontains=search)
        )
    return members


def pending_request_list(*, community: Community) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(community=community, state=MembershipState.PENDING)
        .select_related("person")
        .order_by("updated_at")
    )


def access_membership(*, viewer: Any, community: Community, membership_id: int) -> Membership:
    """A membership (in any state) of the community with its person, or 404 when there is none
    or the viewer is neither its person nor a leader of the community (`community` comes from
    `access_community`)."""
    membership = (
        Membership.objects.select_related("person", "community")
        .filter(pk=membership_id, community=community)
        .first()
    )
    if membership is None or not permissions.can_view_membership(viewer, membership):
        raise Http404
    return membership


def membership_event_list(*, membership: Membership) -> QuerySet[MembershipEvent]:
    """Joined, left, rejoined, level changes: one membership's story, oldest first."""
    return membership.events.select_related("actor")


def invitation_list(*, community: Community) -> QuerySet[Invitation]:
    return community.invitations.select_related("invited_by", "accepted_by")


def access_invitation(*, community: Community, invitation_id: int) -> Invitation:
    invitation = invitation_list(community=community).filter(pk=invitation_id).first()
    if invitation is None:
        raise Http404
    return invitation


def transactional_participant_list(*, community: Community) -> QuerySet[TransactionalParticipant]:
    return community.transactional_participants.select_related("person")


def stakeholder_list(*, community: Community) -> QuerySet[Stakeholder]:
    return community.stakeholders.all()


def access_stakeholder(*, community: Community, stakeholder_id: int) -> Stakeholder:
    stakeholder = stakeholder_list(community=community).filter(pk=stakeholder_id).first()
    if stakeholder is None:
        raise Http404
    return stakeholder


def role_assignment_list(*, community: Community | None, current_only: bool = True) -> Any:
    assignments = RoleAssignment.objects.filter(community=community).select_related(
        "role", "person"
    )
    if current_only:
        assignments = assignments.current()
    return assignments.order_by("role__position", "person__full_name")


def access_role_assignment(*, viewer: Any, assignment_id: int) -> RoleAssignment:
    """A role assignment, or 404 when it does not exist or names a community the viewer may
    not know exists. Whether the viewer may change it is the services' question."""
    assignment = (
        RoleAssignment.objects.select_related("community", "role", "person")
        .filter(pk=assignment_id)
        .first()
    )
    if assignment is None or (
        assignment.community is not None
        and not permissions.can_view_community(viewer, assignment.community)
    ):
        raise Http404
    return assignment


def leadership_list(*, community: Community) -> list[tuple[Role, list[Any]]]:
    """Current role holders grouped by role, in the catalogue's order."""
    grouped: dict[int, tuple[Role, list[Any]]] = {}
    for assignment in role_assignment_list(community=community):
        grouped.setdefault(assignment.role_id, (assignment.role, []))[1].append(assignment.person)
    return list(grouped.values())


def role_list(*, for_community: bool) -> QuerySet[Role]:
    roles = Role.objects.all()
    if for_community:
        roles = roles.filter(network_scope_only=False)
    return roles


def audit_list(*, community: Community) -> QuerySet[AuditEntry]:
    return community.audit_entries.select_related("actor")


def stage_change_list(*, community: Community) -> QuerySet[StageChange]:
    """The community's stages, latest first, with who changed them."""
    return community.stage_changes.select_related("changed_by")


def invitation_get_open(*, token: str) -> Invitation:
    invitation = Invitation.objects.select_related("community").filter(token=token).first()
    if invitation is None:
        raise Http404
    return invitation


def invitation_received_get(*, viewer: Any, token: str) -> Invitation:
    """The invitation as its link shows it: while it is open, and to the person who accepted
    it; 404 otherwise, as for a link that never existed."""
    invitation = invitation_get_open(token=token)
    if not invitation.is_open and invitation.accepted_by_id != getattr(viewer, "pk", None):
        raise Http404
    return invitation


# The learning agenda.

AGENDA_STATUS_ORDER = [
    AgendaStatus.ACTIVE,
    AgendaStatus.PRIORITISED,
    AgendaStatus.PROPOSED,
    AgendaStatus.REVISITED,
    AgendaStatus.ADDRESSED,
]


def _agenda_activities(*, viewer: Any, community: Community) -> Prefetch[Any]:
    """The activities that addressed each item, oldest first; drafts only for those who plan.

    The activities app sits above this one, so its model is reached through the relation.
    """
    activity_model = AgendaItem._meta.get_field("activities").related_model
    activities = activity_model._default_manager.order_by("starts_at", "pk")
    if not permissions.can_manage_community(viewer, community):
        activities = activities.exclude(status="draft")
    return Prefetch("activities", queryset=activities)


def _agenda_items(*, viewer: Any, community: Community) -> QuerySet[AgendaItem]:
    items = (
        AgendaItem.objects.filter(community=community)
        .select_related("proposer", "owner")
        .annotate(vote_count=Count("votes", distinct=True))
        .prefetch_related(_agenda_activities(viewer=viewer, community=community))
    )
    if permissions.is_signed_in(viewer):
        items = items.annotate(
            viewer_voted=Exists(AgendaVote.objects.filter(item=OuterRef("pk"), person=viewer))
        )
    else:
        items = items.annotate(viewer_voted=Value(False, output_field=BooleanField()))
    return items


def agenda_item_list(
    *, viewer: Any, community: Community, status: str | None = None
) -> QuerySet[AgendaItem]:
    """The community's agenda, high priority first, then the most supported.

    Each item carries `vote_count`, `viewer_voted` and its (prefetched) `activities`.
    """
    if not permissions.can_view_agenda(viewer, community):
        raise Http404
    items = _agenda_items(viewer=viewer, community=community)
    if status:
        items = items.filter(status=status)
    return items.order_by(
        F("priority").asc(nulls_last=True), F("vote_count").desc(), "-created_at", "-pk"
    )


def agenda_item_groups(
    *, viewer: Any, community: Community, status: str | None = None
) -> list[tuple[str, str, list[AgendaItem]]]:
    """(status, its label, items) in the order the work moves, leaving out empty groups."""
    grouped: dict[str, list[AgendaItem]] = {}
    for item in agenda_item_list(viewer=viewer, community=community, status=status):
        grouped.setdefault(item.status, []).append(item)
    return [
        (status_value, str(status_value.label), grouped[status_value])
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


def access_agenda_item_by_id(*, viewer: Any, item_id: int) -> AgendaItem:
    """An item found by its number alone (the API), or 404 when its community is hidden."""
    community = Community.objects.filter(agenda__pk=item_id).first()
    if community is None or not permissions.can_view_agenda(viewer, community):
        raise Http404
    return access_agenda_item(viewer=viewer, community=community, item_id=item_id)


@dataclass(frozen=True)
class AgendaTimelineEntry:
    """One moment in an item's life: a status change, or an activity that addressed it."""

    when: datetime
    status_change: AgendaStatusChange | None = None
    activity: Any = None


def agenda_status_history(*, item: AgendaItem) -> QuerySet[AgendaStatusChange]:
    return item.status_changes.select_related("changed_by").order_by("changed_at", "pk")


def agenda_item_timeline(*, item: AgendaItem) -> list[AgendaTimelineEntry]:
    """Status changes and the activities (by their start) interleaved, oldest first.

    `item` comes from `access_agenda_item`, so its activities are already the ones the viewer
    may see.
    """
    entries = [
        AgendaTimelineEntry(when=change.changed_at, status_change=change)
        for change in agenda_status_history(item=item)
    ]
    entries += [
        AgendaTimelineEntry(when=activity.starts_at, activity=activity)
        for activity in item.activities.all()
    ]
    return sorted(entries, key=lambda entry: entry.when)


def agenda_owner_choices(*, community: Community, item: AgendaItem | None = None) -> QuerySet[Any]:
    """People who may own an item: active members, agenda setters and conveners, and the
    item's current owner (who may have left since), so saving other changes keeps them."""
    people = get_user_model().objects.filter(is_active=True)
    current_owner = Q(pk=item.owner_id) if item is not None and item.owner_id else Q(pk__in=[])
    return (
        people.filter(
            current_owner
            | Q(memberships__community=community, memberships__state=MembershipState.ACTIVE)
            | Q(
                pk__in=RoleAssignment.objects.current()
                .filter(
                    community=community, role__code__in=[permissions.AGENDA_SETTER, Role.CONVENER]
                )
                .values("person")
            )
        )
        .distinct()
        .order_by("full_name")
    )
