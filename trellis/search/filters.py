"""The filters a person chooses on the page or in the API, checked and turned into ids."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from trellis.search.scope import community_resolve
from trellis.search.selectors import SearchResult, search
from trellis.search.sources import all_sources


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    count: int


def search_kind_choices() -> list[tuple[str, str]]:
    """(kind, translated label) of every registered source, in label order."""
    return sorted(((s.kind, str(s.label)) for s in all_sources()), key=lambda pair: pair[1])


def search_run(
    *,
    viewer: Any,
    q: str,
    kind: str = "",
    community: str = "",
    language: str = "",
    country: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    page: int = 1,
    per_page: int = 20,
) -> SearchResult:
    """`search` with the filters as a person gives them: a kind's name, a community's slug.

    Raises ValidationError (by field) for an unknown kind, a community the viewer cannot know,
    or dates in the wrong order."""
    errors: dict[str, str] = {}
    kinds = dict(search_kind_choices())
    if kind and kind not in kinds:
        errors["kind"] = _("There is nothing of this kind to search.")
    community_id = None
    if "\x00" in community:
        errors["community"] = _("There is no such community, or it is not visible to you.")
    if community and "\x00" not in community:
        community_id = community_resolve(viewer=viewer, slug=community)
        if community_id is None:
            errors["community"] = _("There is no such community, or it is not visible to you.")
    if date_from and date_to and date_from > date_to:
        errors["date_to"] = _("The end date must not be before the start date.")
    if errors:
        raise ValidationError(errors)
    return search(
        viewer=viewer,
        q=q,
        kinds=[kind] if kind else None,
        community_ids=[community_id] if community_id is not None else None,
        language=language or None,
        country=country or None,
        date_from=date_from,
        date_to=date_to,
        page=page,
        per_page=per_page,
    )


def kind_counts(result: SearchResult) -> list[KindCount]:
    """Every registered kind with its number of hits, in label order."""
    return [
        KindCount(kind=kind, label=label, count=result.counts.get(kind, 0))
        for kind, label in search_kind_choices()
    ]
