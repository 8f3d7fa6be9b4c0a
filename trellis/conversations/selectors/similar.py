"""Has this been asked before? Questions like the one a member is typing."""

from typing import Any

from django.db.models import Case, IntegerField, Value, When

from trellis.conversations.models import Question
from trellis.conversations.search_reindex import QUESTION
from trellis.conversations.selectors.scope import conversation_scope
from trellis.core.stemming import content_words
from trellis.search.selectors import search_object_ids

SIMILAR_SHOWN = 5
MAX_SIMILAR_WORDS = 12


def question_similar_list(*, viewer: Any, title: str, limit: int = SIMILAR_SHOWN) -> list[Question]:
    """Questions the viewer may see that look like the one being typed ("has this been asked
    before?"), best first.

    The engine finds entries having every word asked, which a whole new question rarely
    shares with an old one: its telling words are tried all together, then its three and two
    longest, until `limit` are found (at most three searches)."""
    words = content_words(title)[:MAX_SIMILAR_WORDS]
    longest = sorted(words, key=len, reverse=True)
    found: list[int] = []
    for attempt in dict.fromkeys((tuple(words), tuple(longest[:3]), tuple(longest[:2]))):
        if len(found) >= limit or not attempt:
            break
        for pk in search_object_ids(viewer=viewer, q=" ".join(attempt), kind=QUESTION, limit=limit):
            if pk not in found:
                found.append(pk)
    if not found:
        return []
    rank = Case(
        *(When(pk=pk, then=Value(position)) for position, pk in enumerate(found)),
        output_field=IntegerField(),
    )
    visible = Question.objects.filter(conversation_scope(viewer=viewer).filter(), pk__in=found)
    return list(visible.only("pk", "title", "language").order_by(rank, "pk")[:limit])
