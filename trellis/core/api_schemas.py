"""Schemas every app's API shares: the error body, input rules, translated text, pagination.

Apps' `api.py` modules build on these; `trellis.api` maps exceptions to the error body.
"""

import zoneinfo
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, get_args

from django.conf import settings
from django.utils.translation import gettext as _
from django_countries import countries
from ninja import Field, Path, Schema
from ninja.pagination import PageNumberPagination
from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from trellis.core.languages import LANGUAGE_CHOICES
from trellis.core.single_line import SINGLE_LINE_PATTERN

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
    """Base for request bodies and filters: unknown fields, NUL characters and null where a
    field cannot be null are refused.

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

    @field_validator("*", mode="before")
    @classmethod
    def _refuse_null(cls, value: Any, info: ValidationInfo) -> Any:
        """Null for a field whose type does not include it, named as such (not as a wrong
        type), whether the field is required, has a default or is `Omittable`."""
        if value is None and info.field_name is not None:
            annotation = cls.model_fields[info.field_name].annotation
            if type(None) not in get_args(annotation):
                raise ValueError(_("This field cannot be null."))
        return value


T = TypeVar("T")


def _drop_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


# A field a request may leave out but not send as null: `name: Omittable[Name] = None`. A
# default is not validated, so None stands for "left out"; a null that is sent is refused by
# InputSchema, and the document shows the field's own type without a default.
if TYPE_CHECKING:
    Omittable = Annotated[T | None, "leave out or give a value"]
else:
    Omittable = Annotated[T, Field(json_schema_extra=_drop_default)]

# Object ids are 64-bit; a larger number names nothing and overflows the database's integer.
MAX_OBJECT_ID = 2**63 - 1
ObjectId = Annotated[int, Field(ge=1, le=MAX_OBJECT_ID)]
PathId = Annotated[int, Path(ge=1, le=MAX_OBJECT_ID)]

# Text on one line (names, titles, places); see trellis.core.single_line.
ONE_LINE = StringConstraints(pattern=SINGLE_LINE_PATTERN)
# Text that must say something: at least one character other than white space. Unlike a
# stripped minimum length, it leaves Markdown's leading indentation alone.
NOT_BLANK_PATTERN = r"\S"
NOT_BLANK = StringConstraints(pattern=NOT_BLANK_PATTERN)


def _country_code(value: str) -> str:
    code = value.upper()
    if code and code not in countries:
        raise ValueError(
            _("Select a valid choice. That choice is not one of the available choices.")
        )
    return code


def _time_zone_name(value: str) -> str:
    if value not in zoneinfo.available_timezones():
        raise ValueError(_("Choose a valid time zone."))
    return value


# ISO 3166-1 alpha-2 (lower case is read as upper case), or empty for none. Checked against the
# list of countries, which the document leaves out: hundreds of values, and fuzzing each one.
CountryCode = Annotated[
    str,
    StringConstraints(pattern=r"^([A-Za-z]{2})?$"),
    AfterValidator(_country_code),
    Field(description="An ISO 3166-1 alpha-2 country code, or empty."),
]
# An IANA time zone name, such as Europe/Ljubljana; checked against the system's list.
TimeZoneName = Annotated[
    str,
    StringConstraints(max_length=64, pattern=r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$"),
    AfterValidator(_time_zone_name),
    Field(description="An IANA time zone name, such as Europe/Ljubljana."),
]

# The languages are read from settings when the API is built: a language added to
# settings.LANGUAGES needs no schema change.
if TYPE_CHECKING:
    NetworkLanguage = str
    SpokenLanguage = str
else:
    # A language the network works in: of its translated text and of what people write.
    NetworkLanguage = Literal[tuple(code for code, _name in settings.LANGUAGES)]
    # A language people speak and activities are held in (ISO 639-1).
    SpokenLanguage = Literal[tuple(code for code, _name in LANGUAGE_CHOICES)]

# {language code: text}, with bounded text; a third language needs no schema change. A name
# is written in one language at least.
TranslatedName = Annotated[
    dict[
        NetworkLanguage,
        Annotated[str, StringConstraints(max_length=200, strip_whitespace=True), ONE_LINE],
    ],
    Field(min_length=1, max_length=MAX_LANGUAGES),
]
TranslatedLongText = Annotated[
    dict[
        NetworkLanguage, Annotated[str, StringConstraints(max_length=20_000, strip_whitespace=True)]
    ],
    Field(max_length=MAX_LANGUAGES),
]
# A leader's note, such as why a stage or status changed: {language: text}, each bounded.
TranslatedNote = Annotated[
    dict[
        NetworkLanguage, Annotated[str, StringConstraints(max_length=2000, strip_whitespace=True)]
    ],
    Field(max_length=MAX_LANGUAGES),
]


def _by_language(value: Any) -> Any:
    """A translated text's shape, checked first so that a client sending one string or an
    unknown language reads what to send instead (the per-language checks follow)."""
    if not isinstance(value, dict):
        raise ValueError(
            _('Send an object with a text for each language, such as {"en": "…", "ru": "…"}.')
        )
    codes = [code for code, _name in settings.LANGUAGES]
    unknown = sorted(str(key)[:20] for key in value if key not in codes)
    if unknown:
        named = ", ".join(unknown[:MAX_LANGUAGES]) + ("…" if len(unknown) > MAX_LANGUAGES else "")
        raise ValueError(
            _("Unknown language: %(codes)s. Write in: %(languages)s.")
            % {"codes": named, "languages": ", ".join(codes)}
        )
    return value


# Leaders' Markdown in any of the network's languages, such as an activity's outcomes: an
# object of texts by language, with a message saying so when it is not.
TranslatedMarkdown = Annotated[TranslatedLongText, BeforeValidator(_by_language)]
TranslatedTextOut = dict[str, str]


class Pagination(PageNumberPagination):
    """Page-numbered lists with bounded page numbers and sizes."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_page_size", MAX_PAGE_SIZE)
        super().__init__(**kwargs)
