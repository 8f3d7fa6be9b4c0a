"""Mentions: `@[Full Name](123)` names a person in a post by their id.

Names in this network are written in Cyrillic and Latin scripts and contain spaces, so a
mention cannot be a bare `@word`: the editor's autocomplete inserts the person's name (for the
reader) and id (for Trellis). The markdown parser in `trellis.core.markdown` recognises the token,
so a mention inside code is not a mention, exactly as the page shows it.
"""

import re
from typing import Any

from trellis.core.markdown import MENTION_NAME_MAX_LENGTH, markdown_mentions

# At most this many people are notified from one post: a list of everyone is not a mention.
MENTIONS_PER_POST = 20

_UNSAFE_IN_NAME = re.compile(r"[\[\]\r\n]+")


def mention_ids(text: str) -> list[int]:
    """Ids of the people the text mentions, in order of first mention, each once."""
    return markdown_mentions(text)[:MENTIONS_PER_POST]


def mention_token(person: Any) -> str:
    """The token the editor inserts for a person: their name as they write it, and their id."""
    name = " ".join(_UNSAFE_IN_NAME.sub(" ", str(person.full_name or person.pk)).split())
    return f"@[{name[:MENTION_NAME_MAX_LENGTH]}]({person.pk})"
