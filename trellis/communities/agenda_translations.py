"""Learning agenda items in the reader's language.

Members write an item in one language; its translations are kept with the translations of
posts, in the conversations app, which sits above this one in the layers. So this app does not
look them up itself: conversations registers a source (`agenda_translations_register`) when it is
ready, as apps register the parts of the personal home, and the agenda's pages ask it for the
version of each item their reader sees (`agenda_versions_attach`). Without a source, every item
reads as it was written.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TranslateLink:
    """Where to translate the item into `language`."""

    language: str
    url: str


@dataclass(frozen=True)
class AgendaItemVersion:
    """What a reader is shown of one item's text, and what they may do about its translation.

    `language` is the language of the translation shown, "" when the item reads as written.
    """

    title: str = ""
    description: str = ""
    language: str = ""
    # The translator's name; "" when they have left.
    translator: str = ""
    edit_url: str = ""
    # The reader's language when the item has no translation into it, and where to ask for one
    # ("" when the reader may not ask).
    missing: str = ""
    ask_url: str = ""
    asked: bool = False
    translate_links: tuple[TranslateLink, ...] = ()

    @property
    def translated(self) -> bool:
        return bool(self.language)

    @property
    def has_actions(self) -> bool:
        return bool((self.missing and self.ask_url) or self.translate_links)


# source(viewer=..., items=..., original=...) → item id → its version. Each source answers in
# a fixed number of queries, whatever the number of items.
AgendaVersionSource = Callable[..., dict[int, AgendaItemVersion]]
_sources: dict[str, AgendaVersionSource] = {}


def agenda_translations_register(source: AgendaVersionSource) -> None:
    """Let `source` give agenda items their versions; registered once per callable."""
    _sources[f"{source.__module__}.{source.__qualname__}"] = source


def agenda_versions_attach(
    *, viewer: Any, community: Any, items: Sequence[Any], original: bool = False
) -> list[AgendaItemVersion]:
    """Set `item.version` (an `AgendaItemVersion`) on each item of one page of `community`'s
    agenda; returns them in the items' order.

    With `original`, the reader asked to read every item as it was written: no translation is
    shown, though the links to translate or ask for one still are.
    """
    items = list(items)
    for item in items:
        # The page's items are the community's: a source reads it without loading it again.
        if item.community_id == community.pk:
            item.community = community
    versions: dict[int, AgendaItemVersion] = {}
    if items:
        for source in _sources.values():
            versions.update(source(viewer=viewer, items=items, original=original))
    for item in items:
        item.version = versions.get(item.pk, AgendaItemVersion())
    return [item.version for item in items]
