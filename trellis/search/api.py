"""Search through the API: the same query, filters and permissions as the /search/ page."""

import datetime
from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from pydantic import ConfigDict, StringConstraints

from trellis.core.api_schemas import CountryCode, InputSchema, error_responses
from trellis.search.filters import kind_counts, search_run
from trellis.search.selectors import MAX_PAGE, MAX_PER_PAGE

router = Router(tags=["search"])


class SearchParams(InputSchema):
    # NUL characters are refused (InputSchema); other query parameters are ignored, as links
    # may carry more than the search needs.
    model_config = ConfigDict(extra="ignore")

    q: Annotated[str, StringConstraints(max_length=500)] = Field(
        "", description="Words to find, in any form (plain words: no operators)."
    )
    kind: Annotated[str, StringConstraints(max_length=40)] = Field(
        "", description="Only this kind of thing (see `counts` for the kinds)."
    )
    community: Annotated[str, StringConstraints(max_length=60)] = Field(
        "", description="Only things of this community (its slug)."
    )
    language: Annotated[str, StringConstraints(pattern=r"^([a-z]{2,3})?$")] = Field(
        "", description="An ISO 639-1 language code."
    )
    country: CountryCode = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    page: int = Field(1, ge=1, le=MAX_PAGE)
    page_size: int = Field(20, ge=1, le=MAX_PER_PAGE)


class SearchHitOut(Schema):
    kind: str
    object_id: int
    title: str
    url: str
    language: str
    country: str
    date: datetime.date | None
    snippet: str = Field(description="HTML: escaped text with the matched words in <mark>.")


class KindCountOut(Schema):
    kind: str
    label: str
    count: int


class SearchOut(Schema):
    q: str
    total: int
    page: int
    pages: int
    counts: list[KindCountOut]
    hits: list[SearchHitOut]


@router.get("/search", response={200: SearchOut, **error_responses(422)})
def search_endpoint(request: HttpRequest, params: Query[SearchParams]) -> SearchOut:
    """Things one may see that match the words, best first, with counts per kind."""
    result = search_run(
        viewer=request.user,
        q=params.q,
        kind=params.kind,
        community=params.community,
        language=params.language,
        country=params.country,
        date_from=params.date_from,
        date_to=params.date_to,
        page=params.page,
        per_page=params.page_size,
    )
    return SearchOut(
        q=result.q,
        total=result.total,
        page=result.page,
        pages=result.num_pages,
        counts=[
            KindCountOut(kind=c.kind, label=c.label, count=c.count) for c in kind_counts(result)
        ],
        hits=[
            SearchHitOut(
                kind=hit.kind,
                object_id=hit.object_id,
                title=hit.title,
                url=hit.url,
                language=hit.language,
                country=hit.country,
                date=hit.date,
                snippet=str(hit.snippet),
            )
            for hit in result.hits
        ],
    )
