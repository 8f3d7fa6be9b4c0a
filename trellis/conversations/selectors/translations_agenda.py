"""The learning agenda's items in the reader's language: the source conversations registers with
the communities app (`agenda_translations_register`), which shows them without knowing where
translations are kept."""

from typing import Any

from django.urls import reverse

from trellis.communities.agenda_translations import AgendaItemVersion, TranslateLink
from trellis.communities.models import AgendaItem, Community
from trellis.conversations.selectors.translatable import AGENDA_ITEM
from trellis.conversations.selectors.translations import translations_attach


def _url(name: str, item: AgendaItem, **kwargs: Any) -> str:
    arguments = {"kind": AGENDA_ITEM, "post_id": item.pk, **kwargs}
    return reverse(f"conversations:{name}", kwargs=arguments)


def _communities_load(items: list[AgendaItem]) -> None:
    """Give each item its community (what its permissions read) in at most one query."""
    missing = {item.community_id for item in items if not AgendaItem.community.is_cached(item)}
    if not missing:
        return
    communities = Community.objects.in_bulk(missing)
    for item in items:
        if not AgendaItem.community.is_cached(item):
            item.community = communities[item.community_id]


def agenda_item_versions(
    *, viewer: Any, items: list[AgendaItem], original: bool = False
) -> dict[int, AgendaItemVersion]:
    """Each item's version for the viewer, in a fixed number of queries (`translations_attach`
    per community, and one for the items' communities when they were not loaded)."""
    _communities_load(items)
    by_community: dict[int, list[AgendaItem]] = {}
    for item in items:
        by_community.setdefault(item.community_id, []).append(item)
    versions: dict[int, AgendaItemVersion] = {}
    for community_items in by_community.values():
        community = community_items[0].community
        translations_attach(
            viewer=viewer, posts=community_items, community=community, original=original
        )
        for item in community_items:
            version = item.version  # type: ignore[attr-defined]
            shown = version.translation
            versions[item.pk] = AgendaItemVersion(
                title=shown.title if shown else "",
                description=shown.body if shown else "",
                language=shown.language if shown else "",
                translator=shown.translator.full_name if shown and shown.translator else "",
                edit_url=_url("translation_edit", item, language=shown.language)
                if shown and version.can_edit_translation
                else "",
                missing=version.missing,
                ask_url=_url("translation_ask", item) if version.can_ask else "",
                asked=version.asked,
                translate_links=tuple(
                    TranslateLink(code, _url("post_translate", item) + f"?language={code}")
                    for code in version.translate_into
                ),
            )
    return versions
