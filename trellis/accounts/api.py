"""API endpoints for people, the person asking, and personal access tokens.

Profiles are read through the directory's selectors, so the API shows exactly whom the pages
show; an email address only appears where `can_see_email` allows it.
"""

from datetime import datetime
from typing import Annotated, Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status
from pydantic import StringConstraints

from trellis.accounts import permissions, selectors, services
from trellis.accounts.models import AccessToken, EmailVisibility, ProfileVisibility, User
from trellis.accounts.sign_in_throttle import client_address
from trellis.communities.permissions import is_network_admin
from trellis.core.api_schemas import (
    ONE_LINE,
    CountryCode,
    InputSchema,
    NetworkLanguage,
    Omittable,
    Pagination,
    PathId,
    SpokenLanguage,
    TimeZoneName,
    TranslatedTextOut,
    error_responses,
)
from trellis.core.permissions import signed_in_person

router = Router(tags=["people"])


class ExpertiseOut(Schema):
    slug: str
    name: TranslatedTextOut


class CommunityRefOut(Schema):
    slug: str
    code: str
    name: TranslatedTextOut


class PersonOut(Schema):
    id: int
    full_name: str
    full_name_latin: str
    country: str = Field(description="ISO 3166-1 alpha-2 code, or empty.")
    organisation: str
    position: str
    languages: list[str] = Field(description="ISO 639-1 codes.")
    expertise: list[ExpertiseOut]
    photo: str | None = Field(description="URL of the photo, if there is one.")

    @staticmethod
    def resolve_country(obj: User) -> str:
        return str(getattr(obj.country, "code", "") or "")

    @staticmethod
    def resolve_expertise(obj: User) -> list[Any]:
        return list(obj.expertise.all())

    @staticmethod
    def resolve_photo(obj: User) -> str | None:
        return obj.photo.url if obj.photo else None


class PersonDetailOut(PersonOut):
    bio: str
    email: str | None = Field(description="Only when the person lets the asking person see it.")
    communities: list[CommunityRefOut] = Field(
        description="The person's communities that the asking person may see."
    )

    @staticmethod
    def resolve_email(obj: User, context: dict[str, Any]) -> str | None:
        viewer = context["request"].user
        return obj.email if permissions.can_see_email(viewer, obj) else None

    @staticmethod
    def resolve_communities(obj: User, context: dict[str, Any]) -> list[Any]:
        return selectors.person_communities(viewer=context["request"].user, person=obj)


class MeOut(PersonDetailOut):
    preferred_language: str
    profile_visibility: ProfileVisibility
    email_visibility: EmailVisibility
    is_network_admin: bool

    @staticmethod
    def resolve_is_network_admin(obj: User) -> bool:
        return is_network_admin(obj)


class PersonFilters(InputSchema):
    community: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, description="A community's slug."
    )
    country: Annotated[str, StringConstraints(max_length=2)] | None = Field(
        None, description="ISO 3166-1 alpha-2 code."
    )
    language: Annotated[str, StringConstraints(max_length=8)] | None = Field(
        None, description="ISO 639-1 code."
    )
    expertise: Annotated[str, StringConstraints(max_length=80)] | None = Field(
        None, description="An expertise topic's code."
    )
    q: Annotated[str, StringConstraints(max_length=200, strip_whitespace=True)] | None = Field(
        None, description="Part of a name or organisation."
    )


ShortText = Annotated[str, StringConstraints(max_length=200, strip_whitespace=True), ONE_LINE]


class ProfileUpdateIn(InputSchema):
    """Only the fields sent are changed; none of them may be null. The photo is changed on the
    profile page (an upload, not JSON)."""

    full_name: Omittable[
        Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]
    ] = None
    full_name_latin: Omittable[ShortText] = None
    country: Omittable[CountryCode] = None
    organisation: Omittable[ShortText] = None
    position: Omittable[ShortText] = None
    languages: Omittable[Annotated[list[SpokenLanguage], Field(max_length=20)]] = None
    expertise: Omittable[
        Annotated[
            list[Annotated[str, StringConstraints(max_length=80)]],
            Field(max_length=100, description="Expertise topics' codes."),
        ]
    ] = None
    bio: Omittable[Annotated[str, StringConstraints(max_length=2000, strip_whitespace=True)]] = None
    profile_visibility: Omittable[ProfileVisibility] = None
    email_visibility: Omittable[EmailVisibility] = None
    preferred_language: Omittable[NetworkLanguage | Literal[""]] = None
    time_zone: Omittable[TimeZoneName | Literal[""]] = None


class TokenCreateIn(InputSchema):
    email: Annotated[str, StringConstraints(max_length=254)]
    password: Annotated[str, StringConstraints(max_length=4096)]
    totp: Annotated[str, StringConstraints(max_length=32)] = Field(
        "", description="The code from the authenticator app, when two-factor login is on."
    )
    name: Annotated[
        str, StringConstraints(min_length=1, max_length=100, strip_whitespace=True), ONE_LINE
    ]


class TokenOut(Schema):
    id: int
    name: str
    prefix: str = Field(description="The first characters of the token, to recognise it.")
    created_at: datetime
    last_used_at: datetime | None


class TokenCreatedOut(TokenOut):
    token: str = Field(description="The token itself. It is shown only this once.")


@router.get("/me", response={200: MeOut, **error_responses()})
def me_get(request: HttpRequest) -> Any:
    return signed_in_person(request)


@router.patch("/me", response={200: MeOut, **error_responses(413, 422)})
def me_update(request: HttpRequest, payload: ProfileUpdateIn) -> Any:
    """Change one's own profile, as the profile page does; an audit entry names the fields."""
    person = signed_in_person(request)
    changes: dict[str, Any] = payload.model_dump(exclude_unset=True)
    if "expertise" in changes:
        changes["expertise"] = selectors.expertise_by_slugs(changes["expertise"])
    return services.profile_update(actor=person, person=person, **changes)


@router.get("/people", response={200: list[PersonOut], **error_responses(422)})
@paginate(Pagination)
def person_list(request: HttpRequest, filters: Query[PersonFilters]) -> QuerySet[User]:
    return selectors.person_directory(
        viewer=request.user,
        community_slug=filters.community,
        country=filters.country,
        language=filters.language,
        expertise=filters.expertise,
        search=filters.q,
    )


@router.get("/people/{person_id}", response={200: PersonDetailOut, **error_responses(404, 422)})
def person_get(request: HttpRequest, person_id: PathId) -> User:
    return selectors.access_person(viewer=request.user, person_id=person_id)


@router.post(
    "/tokens",
    response={201: TokenCreatedOut, **error_responses(422, 429)},
    auth=None,
    tags=["tokens"],
)
def token_create(request: HttpRequest, payload: TokenCreateIn) -> Status[dict[str, Any]]:
    """Exchange an email and password (and a two-factor code, when on) for an access token.

    Failed attempts are limited per client address and per account from an address, as on the
    login form; past a limit the answer is 429 until the window of five minutes ends.
    """
    token, raw = services.access_token_obtain(
        email=payload.email,
        password=payload.password,
        totp=payload.totp,
        name=payload.name,
        address=client_address(request),
    )
    return Status(201, {**TokenOut.model_validate(token).model_dump(), "token": raw})


@router.get("/tokens", response={200: list[TokenOut], **error_responses()}, tags=["tokens"])
def token_list(request: HttpRequest) -> QuerySet[AccessToken]:
    return selectors.access_token_list(person=signed_in_person(request))


@router.delete(
    "/tokens/{token_id}", response={204: None, **error_responses(403, 404, 422)}, tags=["tokens"]
)
def token_revoke(request: HttpRequest, token_id: PathId) -> Status[None]:
    services.access_token_revoke(person=signed_in_person(request), token_id=token_id)
    return Status(204, None)
