"""Reads about people, filtered by what the person asking may see."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce, Lower
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries

from trellis.accounts import permissions
from trellis.accounts.models import AccessToken, ExpertiseTopic, User
from trellis.communities.models import Membership, MembershipState
from trellis.communities.search_content import PERSON_KIND
from trellis.communities.selectors import community_visible_list
from trellis.core.translated import translated
from trellis.search.selectors import search_object_ids


def person_list(
    *,
    viewer: Any,
    community_slug: str | None = None,
    country: str | None = None,
    language: str | None = None,
    expertise: str | None = None,
    search: str | None = None,
) -> QuerySet[User]:
    """People in the directory the viewer may see, with their expertise prefetched."""
    people = (
        User.objects.filter(is_active=True)
        .filter(permissions.profile_visible_filter(viewer))
        .prefetch_related("expertise")
    )
    if community_slug:
        # Only communities the viewer may see can be used as a filter: a private community's
        # members must not be discoverable by guessing its address.
        # The community's id first: knowing which community, PostgreSQL estimates its members
        # and walks the directory's order instead of reading every person.
        community_id = (
            community_visible_list(viewer=viewer)
            .filter(slug=community_slug)
            .values_list("pk", flat=True)
            .first()
        )
        if community_id is None:
            people = people.none()
        else:
            people = people.filter(
                pk__in=Membership.objects.filter(
                    community_id=community_id, state=MembershipState.ACTIVE
                ).values("person")
            )
    if country:
        people = people.filter(country=country.upper())
    if language:
        # Languages are a JSON list of codes; matching the quoted code works on both engines.
        people = people.filter(languages__icontains=f'"{language}"')
    if expertise:
        people = people.filter(
            pk__in=User.expertise.through.objects.filter(expertisetopic__slug=expertise).values(
                "user_id"
            )
        )
    if search:
        return _people_found(people, viewer=viewer, search=search)
    return people.order_by("full_name", "id")


def _people_found(people: QuerySet[User], *, viewer: Any, search: str) -> QuerySet[User]:
    """The people the search engine finds (names in both scripts, organisation, position,
    expertise in any grammatical form), best match first; then those whose name or
    organisation merely contains what was typed (a name begun, "Ann" for Anna), by name."""
    ids = search_object_ids(viewer=viewer, q=search, kind=PERSON_KIND)
    named = (
        Q(full_name__icontains=search)
        | Q(full_name_latin__icontains=search)
        | Q(organisation__icontains=search)
    )
    if not ids:
        # A CASE without a WHEN compiles to a constant, which PostgreSQL refuses to order by.
        return people.filter(named).order_by("full_name", "id")
    rank = Case(
        *(When(pk=pk, then=Value(position)) for position, pk in enumerate(ids)),
        default=Value(len(ids)),
        output_field=IntegerField(),
    )
    return people.filter(Q(pk__in=ids) | named).order_by(rank, "full_name", "id")


# What the directory page and the API's list show of each person: the wide columns (password
# hash, bio) stay in the database.
DIRECTORY_FIELDS = (
    "id",
    "full_name",
    "full_name_latin",
    "country",
    "organisation",
    "position",
    "languages",
    "photo",
    "is_active",
)


def person_directory(
    *,
    viewer: Any,
    community_slug: str | None = None,
    country: str | None = None,
    language: str | None = None,
    expertise: str | None = None,
    search: str | None = None,
) -> QuerySet[User]:
    """`person_list` with only the columns the directory shows."""
    return person_list(
        viewer=viewer,
        community_slug=community_slug,
        country=country,
        language=language,
        expertise=expertise,
        search=search,
    ).only(*DIRECTORY_FIELDS)


def person_by_id(person_id: int) -> User | None:
    """The person of an id the system itself issued (a signed link), whoever is asking."""
    return User.objects.filter(pk=person_id).first()


def person_names(*, person_ids: Iterable[int]) -> dict[int, str]:
    """Full names by id, in one query; the permission to show them is the reader's to check."""
    return dict(User.objects.filter(pk__in=list(person_ids)).values_list("pk", "full_name"))


def access_person(*, viewer: Any, person_id: int) -> User:
    """The person, or 404 when they do not exist or their profile is hidden from the viewer."""
    person = User.objects.filter(pk=person_id).prefetch_related("expertise").first()
    if person is None or not permissions.can_view_profile(viewer, person):
        raise Http404
    return person


def person_communities(*, viewer: Any, person: User) -> list[Any]:
    """The person's communities that the viewer may see."""
    theirs = Membership.objects.filter(person=person, state=MembershipState.ACTIVE)
    visible = community_visible_list(viewer=viewer).filter(pk__in=theirs.values("community"))
    return list(visible.order_by("code").only("slug", "code", "name"))


def expertise_list() -> QuerySet[ExpertiseTopic]:
    return ExpertiseTopic.objects.all()


def expertise_by_name() -> QuerySet[ExpertiseTopic]:
    """The topics in the order of their names in the reader's language (English where a
    name has no translation), as a reader looks for one in a list."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    name = Coalesce(KT(f"name__{language}"), KT(f"name__{settings.LANGUAGE_CODE}"), "slug")
    return ExpertiseTopic.objects.order_by(Lower(name), "slug")


def expertise_by_slugs(slugs: list[str]) -> list[ExpertiseTopic]:
    """The expertise topics of these codes; a code that names none is refused."""
    topics = list(ExpertiseTopic.objects.filter(slug__in=slugs))
    unknown = sorted(set(slugs) - {topic.slug for topic in topics})
    if unknown:
        raise ValidationError(
            {"expertise": _("No expertise topic has the code %(code)s.") % {"code": unknown[0]}}
        )
    return topics


def access_token_list(*, person: User) -> QuerySet[AccessToken]:
    return person.access_tokens.filter(revoked_at__isnull=True)


def directory_community_choices(*, viewer: Any) -> list[tuple[str, str]]:
    """(slug, name in the viewer's language) of the communities the viewer may filter by."""
    communities = community_visible_list(viewer=viewer).order_by("code").only("slug", "name")
    return [(community.slug, translated(community.name)) for community in communities]


def directory_expertise_choices() -> list[tuple[str, str]]:
    """(code, name in the viewer's language) of every expertise topic, by code."""
    return [(topic.slug, translated(topic.name)) for topic in expertise_list()]


def directory_country_list() -> list[tuple[str, str]]:
    """(code, name in the viewer's language) of the countries people come from, by name."""
    # Ordering by the country alone: the model's default ordering (name, id) would make every
    # person a distinct row, and the page would list each country once per person.
    codes = (
        User.objects.filter(is_active=True)
        .exclude(country="")
        .order_by("country")
        .values_list("country", flat=True)
        .distinct()
    )
    return sorted(((code, str(countries.name(code))) for code in codes), key=lambda c: c[1])


def member_country_list(*, community_id: int) -> list[tuple[int, str, str, Any]]:
    """(id, name, country code or "", member since) of the community's active members, by id:
    the nodes of its interaction network (`trellis.analytics`), in one query. The permission
    to see them is the reader's to check."""
    rows = (
        Membership.objects.filter(
            community_id=community_id, state=MembershipState.ACTIVE, person__is_active=True
        )
        .order_by("person_id")
        .values_list("person_id", "person__full_name", "person__country", "joined_at")
    )
    return [(pk, name, str(country or ""), joined) for pk, name, country, joined in rows]


@dataclass(frozen=True)
class PersonGroups:
    """The lines along which participation is compared: where a person works and in what."""

    country: str
    preferred_language: str
    organisation: str
    languages: tuple[str, ...] = ()  # spoken, ISO 639-1 codes


def person_group_map(*, person_ids: Iterable[int]) -> dict[int, PersonGroups]:
    """person_id -> country code, preferred language, organisation and languages spoken, in one
    query (empty where a person left them blank). For aggregates only: no name is read."""
    ids = list(person_ids)
    if not ids:
        return {}
    rows = (
        User.objects.filter(pk__in=ids)
        .order_by()
        .values_list("pk", "country", "preferred_language", "organisation", "languages")
    )
    return {
        pk: PersonGroups(
            country=str(country or ""),
            preferred_language=language or "",
            organisation=" ".join((organisation or "").split()),
            languages=tuple(str(code) for code in spoken or ()),
        )
        for pk, country, language, organisation, spoken in rows
    }


def person_ids_named(*, search: str) -> set[int]:
    """The ids of people whose name (or its Latin spelling) contains `search`."""
    return set(
        User.objects.filter(
            Q(full_name__icontains=search) | Q(full_name_latin__icontains=search)
        ).values_list("pk", flat=True)
    )
