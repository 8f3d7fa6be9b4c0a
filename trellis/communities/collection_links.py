"""The collections a community's page and an activity's page link to.

Collections live in the library, which sits above this app (and above activities) in the
layers, so neither looks them up itself: the library registers a source
(`collection_links_register`) when it is ready, and the pages ask it for the collections their
reader may see (`collection_links_for`). Without a source a page simply links none.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CollectionLink:
    """A collection as another app's page shows it."""

    title: str
    url: str
    kind: str  # the kind's label, in the reader's language
    document_count: int  # the documents in it the reader may see


# source(viewer=..., community_id=..., activity_id=...) → the collections of the community,
# or the "materials of an activity" of the activity, that the viewer may see, in one query.
CollectionLinkSource = Callable[..., list[CollectionLink]]
_sources: dict[str, CollectionLinkSource] = {}


def collection_links_register(source: CollectionLinkSource) -> None:
    """Let `source` list collections; registered once per callable."""
    _sources[f"{source.__module__}.{source.__qualname__}"] = source


def collection_links_for(
    *, viewer: Any, community_id: int | None = None, activity_id: int | None = None
) -> list[CollectionLink]:
    """A community's collections, or an activity's materials, that the viewer may see."""
    found: list[CollectionLink] = []
    for source in _sources.values():
        found.extend(source(viewer=viewer, community_id=community_id, activity_id=activity_id))
    return found
