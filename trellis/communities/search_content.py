"""Reindexing what belongs to a community when the community changes.

Who may find a community's activities, conversations and agenda depends on its visibility, and
their entries carry its name; but those things belong to apps above this one in the layers.
Each registers, in its AppConfig.ready(), how to ask for its entries of a community to be
reindexed, and `community_update` calls them all.
"""

from collections.abc import Callable

# The search index's kind for people (their source is the accounts app's): a membership
# decides who finds the profile of a person who shows it to their communities only.
PERSON_KIND = "person"

_reindexers: list[Callable[[int], None]] = []


def community_content_reindex_register(reindex: Callable[[int], None]) -> None:
    """`reindex(community_id)` asks for that community's entries of one app to be reindexed."""
    if reindex not in _reindexers:
        _reindexers.append(reindex)


def community_content_reindex_later(*, community_id: int) -> None:
    for reindex in _reindexers:
        reindex(community_id)
