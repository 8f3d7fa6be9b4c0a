"""Discussions (their replies folded into the text) and learning agenda items as the search
finds them, with their translations.

Agenda items are indexed here rather than by the communities app: their translations are kept
with the translations of posts, in this app, which sits above communities in the layers.
"""

from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from trellis.communities.models import AgendaItem, Community
from trellis.communities.selectors import community_visible_list
from trellis.conversations.models import Discussion, Reply
from trellis.conversations.search_reindex import AGENDA_ITEM, DISCUSSION
from trellis.conversations.search_source import conversation_audience, translations_of
from trellis.conversations.selectors.scope import conversation_scope
from trellis.core.network_time import network_date
from trellis.core.search_text import search_lines
from trellis.search.sources import (
    Audience,
    SearchDoc,
    search_docs_in_batches,
    visible_ids_among,
)


def _discussion_docs(batch: list[Discussion]) -> Iterator[SearchDoc]:
    translations = translations_of(Discussion, (each.pk for each in batch))
    for discussion in batch:
        audience, community_ids = conversation_audience(discussion.community)
        yield SearchDoc(
            kind=DISCUSSION,
            object_id=discussion.pk,
            title=discussion.title,
            body=search_lines(
                discussion.body,
                *translations.get(discussion.pk, []),
                *(reply.body for reply in discussion.replies.all()),
            ),
            url=reverse(
                "conversations:discussion_detail",
                args=[discussion.community.slug, discussion.pk],
            ),
            audience=audience,
            community_ids=community_ids,
            language=discussion.language,
            date=network_date(discussion.created_at),
            extra={"replies": len(discussion.replies.all())},
        )


def _agenda_item_docs(batch: list[AgendaItem]) -> Iterator[SearchDoc]:
    translations = translations_of(AgendaItem, (item.pk for item in batch))
    for item in batch:
        # The agenda is seen where its community is (`can_view_agenda`).
        community = item.community
        audience = Audience.MEMBERS if community.is_private else Audience.PUBLIC
        yield SearchDoc(
            kind=AGENDA_ITEM,
            object_id=item.pk,
            title=item.title,
            body=search_lines(item.description, *translations.get(item.pk, [])),
            url=reverse("communities:agenda_item", args=[community.slug, item.pk]),
            audience=audience,
            community_ids=(community.pk,),
            language=item.language,
            date=network_date(item.created_at),
            extra={"status": item.status},
        )


class DiscussionSource:
    kind = DISCUSSION
    label = _("Discussions")

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        discussions = Discussion.objects.filter(hidden=False).prefetch_related(
            Prefetch("community", queryset=Community.objects.only("pk", "slug", "visibility")),
            Prefetch(
                "replies",
                queryset=Reply.objects.filter(hidden=False)
                .only("pk", "discussion_id", "body")
                .order_by("created_at", "pk"),
            ),
        )
        yield from search_docs_in_batches(discussions, ids=ids, build=_discussion_docs)

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        scope = conversation_scope(viewer=viewer)
        return visible_ids_among(Discussion.objects.filter(scope.community_filter()), ids=ids)


class AgendaItemSource:
    kind = AGENDA_ITEM
    label = _("Learning agenda")

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        items = AgendaItem.objects.prefetch_related(
            Prefetch("community", queryset=Community.objects.only("pk", "slug", "visibility"))
        )
        yield from search_docs_in_batches(items, ids=ids, build=_agenda_item_docs)

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        communities = community_visible_list(viewer=viewer).values("pk")
        return visible_ids_among(AgendaItem.objects.filter(community__in=communities), ids=ids)


discussion_source = DiscussionSource()
agenda_item_source = AgendaItemSource()
