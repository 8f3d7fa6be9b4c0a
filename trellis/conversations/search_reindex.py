"""Which index entries a change to a conversation touches, asked for after the write commits.

An answer's entry carries its question's title and audience, and a discussion's carries its
replies, so a change to one post can touch the entries of others.
"""

from typing import Any

from trellis.communities.models import AgendaItem
from trellis.communities.services.agenda import AGENDA_ITEM_KIND
from trellis.conversations.models import Answer, Discussion, Question, Reply
from trellis.search.indexing import search_index_later

QUESTION = "question"
ANSWER = "answer"
DISCUSSION = "discussion"
AGENDA_ITEM = AGENDA_ITEM_KIND


def post_reindex_later(post: Any) -> None:
    """Reindex what shows this post (a question, answer, discussion, reply or agenda item);
    comments are not searched."""
    if isinstance(post, Question):
        search_index_later(kind=QUESTION, ids=[post.pk])
        answer_ids = list(Answer.objects.filter(question=post).values_list("pk", flat=True))
        if answer_ids:
            search_index_later(kind=ANSWER, ids=answer_ids)
    elif isinstance(post, Answer):
        search_index_later(kind=ANSWER, ids=[post.pk])
    elif isinstance(post, Discussion):
        search_index_later(kind=DISCUSSION, ids=[post.pk])
    elif isinstance(post, Reply):
        search_index_later(kind=DISCUSSION, ids=[post.discussion_id])
    elif isinstance(post, AgendaItem):
        search_index_later(kind=AGENDA_ITEM, ids=[post.pk])


def community_conversations_reindex_later(community_id: int) -> None:
    """Reindex a community's conversations and agenda, after its visibility changed."""
    for kind, ids in (
        (QUESTION, Question.objects.filter(community_id=community_id)),
        (ANSWER, Answer.objects.filter(question__community_id=community_id)),
        (DISCUSSION, Discussion.objects.filter(community_id=community_id)),
        (AGENDA_ITEM, AgendaItem.objects.filter(community_id=community_id)),
    ):
        found = list(ids.values_list("pk", flat=True))
        if found:
            search_index_later(kind=kind, ids=found)
