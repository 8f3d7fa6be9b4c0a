"""Reads about the network and its communities: which the viewer may see, one community, its
sponsors and stakeholders, its stage history and audit trail."""

from collections.abc import Iterable
from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce
from django.http import Http404

from trellis.communities import permissions
from trellis.communities.models import (
    AuditEntry,
    Community,
    Membership,
    MembershipState,
    Network,
    StageChange,
    Stakeholder,
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


def network_usual_languages() -> list[str]:
    """The languages the network works in, which language lists offer first."""
    return list(network_get().working_languages)


def community_visible_list(*, viewer: Any) -> QuerySet[Community]:
    """Communities the viewer may see: public ones, and for a signed-in person the ones they
    belong to or hold a role in; everything for a network admin.

    Visibility is decided by the ids of the viewer's own communities, which the permission
    predicates load once per request, never by joining memberships: the rows stay one per
    community and can be counted, annotated or used as a filter by the caller, and the list
    and `can_view_community` cannot disagree.
    """
    communities = Community.objects.all()
    if permissions.is_network_admin(viewer):
        return communities
    visible = Q(visibility=Visibility.PUBLIC)
    mine = permissions.visible_community_ids(viewer)
    if mine:
        visible |= Q(pk__in=mine)
    return communities.filter(visible)


def _with_member_count(communities: QuerySet[Community]) -> QuerySet[Community]:
    """Each community with `member_count`, its active members, as the membership services
    keep it (`member_count_refresh`): read, not counted."""
    return communities.annotate(member_count=Coalesce(F("stats__members"), 0))


# What a community's card shows; its long texts (domain, value proposition) stay in the database.
CARD_FIELDS = ("code", "slug", "name", "description", "stage", "visibility", "join_policy")


def community_list(*, viewer: Any) -> QuerySet[Community]:
    """Communities the viewer may see, each with `member_count`, its active members."""
    return _with_member_count(community_visible_list(viewer=viewer)).order_by("code")


def community_card_list(*, viewer: Any) -> QuerySet[Community]:
    """The communities the viewer may see as cards: the viewer's own first, then by code."""
    communities = community_list(viewer=viewer).only(*CARD_FIELDS)
    if not permissions.is_signed_in(viewer):
        return communities
    mine = Exists(
        Membership.objects.filter(
            community=OuterRef("pk"), person=viewer, state=MembershipState.ACTIVE
        )
    )
    return communities.annotate(mine=mine).order_by("-mine", "code")


def community_ids_by_slug(*, slugs: Iterable[str] | None = None) -> dict[str, int]:
    """Every community's id by its slug (only those named, when `slugs` is given), for work
    done on behalf of the system rather than a person (scheduled snapshots)."""
    communities = Community.objects.order_by("pk")
    if slugs is not None:
        communities = communities.filter(slug__in=list(slugs))
    return dict(communities.values_list("slug", "pk"))


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


def audit_list(*, community: Community) -> QuerySet[AuditEntry]:
    return community.audit_entries.select_related("actor")


def stakeholder_list(*, community: Community) -> QuerySet[Stakeholder]:
    """The community's sponsors and stakeholders, sponsors first."""
    return community.stakeholders.all()


def access_stakeholder(*, community: Community, stakeholder_id: int) -> Stakeholder:
    """A sponsor or stakeholder of the community (loaded by `access_community`), or 404."""
    stakeholder = community.stakeholders.filter(pk=stakeholder_id).first()
    if stakeholder is None:
        raise Http404
    return stakeholder


def stage_change_list(*, community: Community) -> QuerySet[StageChange]:
    """The community's development stages, the latest first, with who changed them."""
    return community.stage_changes.select_related("changed_by")
