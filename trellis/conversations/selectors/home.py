"""What the conversations add to a person's home: questions they could answer, peers asking
for help, what is new in their communities' help desks and discussions, and flagged posts for
those who moderate."""

from collections.abc import Callable
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trellis.communities.home.parts import MAX_ITEMS, HomeItem, HomeParts, HomeViewer, NewCount
from trellis.communities.selectors.home import community_name
from trellis.conversations.models import (
    Discussion,
    ExpertInvitation,
    Flag,
    FlagState,
    PeerAssistOffer,
    PeerAssistStatus,
    Question,
)
from trellis.conversations.selectors.peer_assists import peer_assist_list
from trellis.conversations.selectors.questions import unanswered_list


def _where(viewer: HomeViewer, question: Question) -> str:
    if question.community_id is None:
        return _("the whole network")
    community = question.community
    return community_name(viewer, question.community_id) or (community.code if community else "")


def _questions_for_me(viewer: HomeViewer) -> list[HomeItem]:
    """Unanswered questions the person did not ask: those they were invited to answer, then
    those filed under a topic of their declared expertise."""
    person = viewer.person
    invited = Exists(ExpertInvitation.objects.filter(question=OuterRef("pk"), person=person))
    in_expertise = Exists(
        Question.topics.through.objects.filter(
            question=OuterRef("pk"), expertisetopic__in=person.expertise.all()
        )
    )
    questions = (
        unanswered_list(viewer=person)
        .exclude(author=person)
        .annotate(invited=invited)
        .filter(Q(invited=True) | Q(in_expertise))
        .order_by("-invited", "created_at", "id")[:MAX_ITEMS]
    )
    return [
        HomeItem(
            kind=_("You are asked to answer") if question.invited else _("In your expertise"),
            title=question.title,
            language=question.language,
            url=reverse("conversations:question_detail", args=[question.pk]),
            detail=_where(viewer, question),
        )
        for question in questions
    ]


def _peer_assists_for_me(viewer: HomeViewer) -> list[HomeItem]:
    """Peer assists the person was chosen for and that are not over, then requests of their
    communities' members that still look for peers and that they have not answered."""
    person = viewer.person
    offers = PeerAssistOffer.objects.filter(peer_assist=OuterRef("pk"), person=person)
    assists = (
        peer_assist_list(viewer=person)
        .annotate(chosen=Exists(offers.filter(chosen=True)), offered=Exists(offers))
        .filter(
            Q(chosen=True, status__in=[PeerAssistStatus.MATCHED, PeerAssistStatus.SCHEDULED])
            | Q(
                offered=False,
                status=PeerAssistStatus.REQUESTED,
                community_id__in=viewer.community_ids,
            )
        )
        .exclude(requester=person)
        .prefetch_related(None)
        .order_by("-chosen", "-created_at", "-id")[:MAX_ITEMS]
    )
    return [
        HomeItem(
            kind=_("You help as a peer") if assist.chosen else _("Asks for peers"),
            title=assist.title,
            url=reverse(
                "conversations:peer_assist_detail", args=[assist.community.slug, assist.pk]
            ),
            detail=community_name(viewer, assist.community_id) or assist.community.code,
        )
        for assist in assists
    ]


def _counts(
    viewer: HomeViewer, posts: Any, label: Callable[[int], str], url_name: str
) -> dict[int, NewCount]:
    counts = (
        posts.filter(viewer.new_since("created_at"), hidden=False)
        .values_list("community_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {
        community_id: NewCount(
            label=label(count),
            url=reverse(url_name, args=[viewer.communities[community_id].slug]),
            count=count,
        )
        for community_id, count in counts
    }


def _new_questions(count: int) -> str:
    return ngettext("%(count)d new question", "%(count)d new questions", count) % {"count": count}


def _new_discussions(count: int) -> str:
    return ngettext("%(count)d new discussion", "%(count)d new discussions", count) % {
        "count": count
    }


def _new_posts(viewer: HomeViewer) -> dict[int, list[NewCount]]:
    questions = _counts(
        viewer, Question.objects.all(), _new_questions, "conversations:community_questions"
    )
    discussions = _counts(
        viewer, Discussion.objects.all(), _new_discussions, "conversations:discussion_list"
    )
    return {
        pk: [count for count in (questions.get(pk), discussions.get(pk)) if count is not None]
        for pk in questions.keys() | discussions.keys()
    }


def _flagged_posts(viewer: HomeViewer) -> list[HomeItem]:
    """Posts waiting for a moderator, counted per community (network-wide ones for admins)."""
    where = viewer.managed()
    if viewer.is_network_admin:
        where = Q()  # every community's flags, and those of network-wide questions
    posts: dict[int | None, set[tuple[int, int]]] = {}
    rows = (
        Flag.objects.filter(where, state=FlagState.OPEN)
        .values_list("community_id", "target_type_id", "target_id")
        .distinct()
        .order_by()
    )
    for flagged_in, target_type, target_id in rows:
        if flagged_in is None or flagged_in in viewer.communities:
            posts.setdefault(flagged_in, set()).add((target_type, target_id))
    items = []
    for community_id, flagged in sorted(posts.items(), key=lambda row: -len(row[1]))[:MAX_ITEMS]:
        if community_id is None:
            url, detail = reverse("conversations:network_flags"), _("the whole network")
        else:
            slug = viewer.communities[community_id].slug
            url = reverse("conversations:community_flags", args=[slug])
            detail = community_name(viewer, community_id)
        items.append(
            HomeItem(
                kind=_("Flagged posts"),
                title=ngettext(
                    "%(count)d post waits for a moderator",
                    "%(count)d posts wait for a moderator",
                    len(flagged),
                )
                % {"count": len(flagged)},
                url=url,
                detail=detail,
            )
        )
    return items


def conversations_home_source(viewer: HomeViewer) -> HomeParts:
    return HomeParts(
        needs_me=[*_questions_for_me(viewer), *_peer_assists_for_me(viewer)],
        new_in=_new_posts(viewer),
        for_conveners=_flagged_posts(viewer) if viewer.runs_communities else [],
    )
