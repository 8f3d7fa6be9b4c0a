"""The personal home: the person's facts, the communities' own lines, and every source's."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Exists, Max, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trellis.communities import permissions
from trellis.communities.home.parts import (
    MAX_ITEMS,
    HomeItem,
    HomeParts,
    HomeViewer,
    NewCount,
    home_sources,
)
from trellis.communities.models import (
    AgendaItem,
    AgendaStatus,
    AgendaVote,
    Community,
    CommunityVisit,
    Invitation,
    Membership,
    MembershipState,
)
from trellis.core.translated import translated

# "My communities" lists this many, those with the most news first; the others are on the
# communities page.
HOME_MY_COMMUNITIES = 12
COMMUNITY_FIELDS = ("code", "slug", "name", "visibility")
NEWS_WINDOW = timedelta(days=30)


@dataclass(frozen=True)
class MyCommunity:
    community: Any
    since: datetime
    # Where `since` comes from: "visit" (their last), "joined" (they have not opened the
    # community's pages since joining it) or "window" (nor in the last `NEWS_WINDOW`).
    counted_from: str
    new: list[NewCount]


@dataclass
class PersonalHome:
    viewer: HomeViewer
    my_communities: list[MyCommunity] = field(default_factory=list)
    more_communities: bool = False
    parts: HomeParts = field(default_factory=HomeParts)


def community_visit_latest(*, person: Any) -> datetime | None:
    """The person's latest visit to any community: it moves whenever a visit is recorded, so
    a remembered home keyed on it never shows news the person has since read."""
    if not permissions.is_signed_in(person):
        return None
    latest: datetime | None = CommunityVisit.objects.filter(person=person).aggregate(
        latest=Max("visited_at")
    )["latest"]
    return latest


def home_viewer_build(*, person: Any, now: datetime | None = None) -> HomeViewer:
    """The person's communities (with since when their news counts) and those they run.
    At most three queries: memberships, visits, and the communities they lead or (network
    admins) look after beyond their own."""
    now = now or timezone.now()
    memberships = list(
        Membership.objects.filter(person=person, state=MembershipState.ACTIVE)
        .select_related("community")
        .only("joined_at", "created_at", *(f"community__{name}" for name in COMMUNITY_FIELDS))
        .order_by("community__code")
    )
    visits = dict(
        CommunityVisit.objects.filter(person=person).values_list("community_id", "visited_at")
    )
    communities = {membership.community_id: membership.community for membership in memberships}
    # Without a visit, news counts from the joining, but from no further back than the window:
    # "105 new members since 2013" would tell a long-standing member nothing.
    window_start = now - NEWS_WINDOW
    since = {
        membership.community_id: visits.get(membership.community_id)
        or max(membership.joined_at or membership.created_at, window_start)
        for membership in memberships
    }
    is_admin = permissions.is_network_admin(person)
    # A network admin looks after every community; others after those they lead.
    others = (
        Community.objects.all()
        if is_admin
        else Community.objects.filter(pk__in=permissions.visible_community_ids(person))
    )
    if is_admin or set(permissions.visible_community_ids(person)) - set(communities):
        for community in others.exclude(pk__in=list(communities)).only(*COMMUNITY_FIELDS):
            communities[community.pk] = community
    managed = tuple(
        pk for pk, community in communities.items() if permissions.is_convener(person, community)
    )
    return HomeViewer(
        person=person,
        community_ids=tuple(membership.community_id for membership in memberships),
        since=since,
        managed_ids=managed,
        is_network_admin=is_admin,
        now=now,
        communities=communities,
        visited_ids=frozenset(visits),
    )


def community_name(viewer: HomeViewer, community_id: int | None) -> str:
    """A community's name as the person reads it; "" for the whole network."""
    community = viewer.communities.get(community_id) if community_id is not None else None
    if community is None:
        return ""
    return translated(community.name) or community.code


def _invitations(viewer: HomeViewer) -> list[HomeItem]:
    email = getattr(viewer.person, "email", "")
    if not email:
        return []
    invitations = (
        Invitation.objects.filter(
            email__iexact=email, accepted_at__isnull=True, expires_at__gt=viewer.now
        )
        .exclude(community_id__in=viewer.community_ids)
        .select_related("community")
        .only("token", "community__name", "community__code")
        .order_by("-created_at")[:MAX_ITEMS]
    )
    return [
        HomeItem(
            kind=_("Invitation"),
            title=translated(invitation.community.name) or invitation.community.code,
            url=reverse("communities:invitation", args=[invitation.token]),
            detail=_("You are invited to join this community."),
        )
        for invitation in invitations
    ]


def _agenda_votes(viewer: HomeViewer) -> list[HomeItem]:
    """Proposals of the person's communities waiting for support, which they neither made nor
    voted for yet."""
    voted = AgendaVote.objects.filter(item=OuterRef("pk"), person=viewer.person)
    items = (
        AgendaItem.objects.filter(
            community_id__in=viewer.community_ids, status=AgendaStatus.PROPOSED
        )
        .exclude(proposer=viewer.person)
        .exclude(Exists(voted))
        .only("title", "language", "community_id")
        .order_by("-created_at", "-id")[:MAX_ITEMS]
    )
    return [
        HomeItem(
            kind=_("Open for your vote"),
            title=item.title,
            language=item.language,
            url=reverse(
                "communities:agenda_item",
                args=[viewer.communities[item.community_id].slug, item.pk],
            ),
            detail=community_name(viewer, item.community_id),
        )
        for item in items
    ]


def _new_members(viewer: HomeViewer) -> dict[int, list[NewCount]]:
    counts = (
        Membership.objects.filter(viewer.new_since("joined_at"), state=MembershipState.ACTIVE)
        .exclude(person=viewer.person)
        .values_list("community_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {
        community_id: [
            NewCount(
                label=ngettext("%(count)d new member", "%(count)d new members", count)
                % {"count": count},
                url=reverse("communities:members", args=[viewer.communities[community_id].slug]),
                count=count,
            )
        ]
        for community_id, count in counts
    }


def _join_requests(viewer: HomeViewer) -> list[HomeItem]:
    counts = (
        Membership.objects.filter(viewer.managed(), state=MembershipState.PENDING)
        .values_list("community_id", "community__slug", "community__name", "community__code")
        .annotate(count=Count("pk"))
        .order_by("-count", "community__code")[:MAX_ITEMS]
    )
    return [
        HomeItem(
            kind=_("Requests to join"),
            title=ngettext("%(count)d person asks to join", "%(count)d people ask to join", count)
            % {"count": count},
            url=reverse("communities:manage", args=[slug]),
            detail=translated(name) or code,
        )
        for _pk, slug, name, code, count in counts
    ]


def _communities_source(viewer: HomeViewer) -> HomeParts:
    return HomeParts(
        needs_me=[*_invitations(viewer), *_agenda_votes(viewer)],
        new_in=_new_members(viewer),
        for_conveners=_join_requests(viewer) if viewer.runs_communities else [],
    )


def _counted_from(viewer: HomeViewer, community_id: int) -> str:
    if community_id in viewer.visited_ids:
        return "visit"
    return "window" if viewer.since[community_id] <= viewer.now - NEWS_WINDOW else "joined"


def personal_home(*, viewer: Any) -> PersonalHome:
    """Everything the person's home shows, from the communities app and every registered
    source, in a number of queries that does not depend on the network's size."""
    home_viewer = home_viewer_build(person=viewer)
    parts = _communities_source(home_viewer)
    for source in home_sources():
        parts.add(source(home_viewer))
    # The most news first, then by code (`community_ids` is by code; the sort keeps it).
    mine = sorted(
        (home_viewer.communities[pk] for pk in home_viewer.community_ids),
        key=lambda community: -sum(new.count for new in parts.new_in.get(community.pk, [])),
    )
    return PersonalHome(
        viewer=home_viewer,
        my_communities=[
            MyCommunity(
                community=community,
                since=home_viewer.since[community.pk],
                counted_from=_counted_from(home_viewer, community.pk),
                new=parts.new_in.get(community.pk, []),
            )
            for community in mine[:HOME_MY_COMMUNITIES]
        ],
        more_communities=len(mine) > HOME_MY_COMMUNITIES,
        parts=parts,
    )
