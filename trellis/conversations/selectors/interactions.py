"""Who answered whom, wrote an answer together or worked on a peer assist: plain pairs of
people for the interaction network (`trellis.analytics`), a few set-based queries whatever the
number of questions. Hidden posts (moderated away) are not interactions; a post whose author
left (no author) makes no pair. The permission to see the network is the reader's to check."""

from datetime import datetime
from typing import NamedTuple

from django.db.models import F

from trellis.conversations.models import Answer, PeerAssistOffer


class InteractionPair(NamedTuple):
    """Two people who interacted at a moment; `first` is the one who asked or requested."""

    first: int
    second: int
    at: datetime


def answer_pair_list(
    *, community_id: int, since: datetime, until: datetime
) -> list[InteractionPair]:
    """(asker, answerer, when answered) for every visible answer written in [since, until) to a
    visible question of the community; one query."""
    rows = (
        Answer.objects.filter(
            question__community_id=community_id,
            hidden=False,
            question__hidden=False,
            created_at__gte=since,
            created_at__lt=until,
            author__isnull=False,
            question__author__isnull=False,
        )
        .exclude(author=F("question__author"))
        .order_by()
        .values_list("question__author_id", "author_id", "created_at")
    )
    return [InteractionPair(*row) for row in rows]


def coauthor_pair_list(
    *, community_id: int, since: datetime, until: datetime
) -> list[InteractionPair]:
    """(answer's author, co-author, when written) for every visible joint answer written in
    [since, until) to a question of the community; one query."""
    links = Answer.coauthors.through.objects.filter(
        answer__question__community_id=community_id,
        answer__hidden=False,
        answer__question__hidden=False,
        answer__created_at__gte=since,
        answer__created_at__lt=until,
        answer__author__isnull=False,
    ).exclude(user_id=F("answer__author_id"))
    rows = links.order_by().values_list("answer__author_id", "user_id", "answer__created_at")
    return [InteractionPair(*row) for row in rows]


def peer_assist_pair_list(
    *, community_id: int, since: datetime, until: datetime
) -> list[InteractionPair]:
    """(requester, peer, when offered) for every peer who offered help (chosen or not) in
    [since, until) on a peer assist of the community; one query."""
    rows = (
        PeerAssistOffer.objects.filter(
            peer_assist__community_id=community_id,
            created_at__gte=since,
            created_at__lt=until,
            peer_assist__requester__isnull=False,
        )
        .exclude(person_id=F("peer_assist__requester_id"))
        .order_by()
        .values_list("peer_assist__requester_id", "person_id", "created_at")
    )
    return [InteractionPair(*row) for row in rows]
