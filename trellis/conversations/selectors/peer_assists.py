"""Reads about peer assists, on behalf of the person asking.

Peer assists are conversations of a community: visible where its conversations are, so the
sponsors of a private community never see its members' problems.
"""

from typing import Any

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from trellis.communities.models import Community
from trellis.conversations.models import PeerAssist, PeerAssistOffer, PeerAssistStatus
from trellis.conversations.permissions import can_view_conversations, is_signed_in
from trellis.conversations.selectors.scope import conversation_scope


def _offer_count() -> Coalesce:
    """Each peer assist's offers, counted per row of the page in a subquery: never a join of
    every peer assist with every offer."""
    offers = (
        PeerAssistOffer.objects.filter(peer_assist=OuterRef("pk"))
        .order_by()
        .values("peer_assist")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(offers), 0)


def peer_assist_list(
    *, viewer: Any, community: Community | None = None, status: str | None = None
) -> QuerySet[PeerAssist]:
    """Peer assists the viewer may read, newest first, with requester, community, the number
    of offers and the chosen peers loaded in a fixed number of queries."""
    assists = PeerAssist.objects.filter(
        ~Q(community__in=conversation_scope(viewer=viewer).not_visible)
    )
    if community is not None:
        assists = assists.filter(community=community)
    if status:
        assists = assists.filter(status=status)
    return (
        assists.select_related("requester", "community", "activity")
        .prefetch_related(
            Prefetch(
                "offers",
                queryset=PeerAssistOffer.objects.filter(chosen=True).select_related("person"),
                to_attr="chosen_offers",
            )
        )
        .annotate(offer_count=_offer_count())
        .order_by("-created_at", "-id")
    )


def access_peer_assist(
    *, viewer: Any, peer_assist_id: int, community: Community | None = None
) -> PeerAssist:
    """The peer assist with its offers, or 404 when the viewer may not know it exists."""
    assists = (
        PeerAssist.objects.select_related("requester", "community", "activity")
        .prefetch_related(
            Prefetch(
                "offers",
                queryset=PeerAssistOffer.objects.select_related("person").order_by(
                    "-chosen", "created_at", "id"
                ),
            )
        )
        .filter(pk=peer_assist_id)
    )
    if community is not None:
        assists = assists.filter(community=community)
    peer_assist = assists.first()
    if peer_assist is None or not can_view_conversations(viewer, peer_assist.community):
        raise Http404
    return peer_assist


def offer_of(*, person: Any, peer_assist: PeerAssist) -> PeerAssistOffer | None:
    """The person's own offer, from the offers `access_peer_assist` loaded."""
    if not is_signed_in(person):
        return None
    return next((offer for offer in peer_assist.offers.all() if offer.person_id == person.pk), None)


def open_for_offers(peer_assist: PeerAssist) -> bool:
    return peer_assist.status in {PeerAssistStatus.REQUESTED, PeerAssistStatus.MATCHED}
