"""Schemas every app's API shares: the error body, input rules, translated text, pagination.

Apps' `api.py` modules build on these; `trellis.api` maps exceptions to the error body.
"""

from typing import Annotated, Any

from django.utils.translation import gettext as _
from ninja import Field, Schema
from ninja.pagination import PageNumberPagination
from pydantic import ConfigDict, StringConstraints, model_validator

MAX_PAGE = 10_000
MAX_PAGE_SIZE = 100
MAX_LANGUAGES = 10

# Statuses any endpoint can answer: a body that is not JSON, a wrong or revoked token.
COMMON_ERROR_STATUSES = (400, 401)


class ErrorDetail(Schema):
    code: str = Field(description="A stable, machine-readable code such as validation_error.")
    message: str = Field(description="What went wrong, in the language of the request.")
    fields: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Messages by input field (dotted path for nested fields); __all__ for the "
        "input as a whole.",
    )


class ErrorSchema(Schema):
    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int, type[ErrorSchema]]:
    """The error part of an operation's `response=` map, so OpenAPI documents every error."""
    return dict.fromkeys(sorted({*COMMON_ERROR_STATUSES, *statuses}), ErrorSchema)


def _contains_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_contains_nul(key) or _contains_nul(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(_contains_nul(item) for item in value)
    return False


class InputSchema(Schema):
    """Base for request bodies and filters: unknown fields and NUL characters are refused.

    PostgreSQL cannot store a NUL character in text, so it is refused here, as a validation
    error, instead of failing deep in the database.
    """

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _refuse_nul(cls, data: Any) -> Any:
        if _contains_nul(data):
            raise ValueError(_("Text must not contain NUL characters."))
        return data


LanguageCode = Annotated[str, StringConstraints(max_length=8)]
# {language code: text}, with bounded text; a third language needs no schema change.
TranslatedName = Annotated[
    dict[LanguageCode, Annotated[str, StringConstraints(max_length=200, strip_whitespace=True)]],
    Field(max_length=MAX_LANGUAGES),
]
TranslatedLongText = Annotated[
    dict[LanguageCode, Annotated[str, StringConstraints(max_length=20_000, strip_whitespace=True)]],
    Field(max_length=MAX_LANGUAGES),
]
TranslatedTextOut = dict[str, str]


class Pagination(PageNumberPagination):
    """Page-numbered lists with bounded page numbers and sizes."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_page_size", MAX_PAGE_SIZE)
        super().__init__(**kwargs)
