"""People as the search finds them: names in both scripts, organisation, position, expertise,
country and bio, found by those who may see the profile (`profile_visible_filter`)."""

from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import ExpertiseTopic, ProfileVisibility, User
from trellis.accounts.selectors import person_list
from trellis.communities.models import Membership, MembershipState
from trellis.communities.search_content import PERSON_KIND
from trellis.core.search_text import country_code, country_names, every_language, search_lines
from trellis.search.sources import (
    Audience,
    SearchDoc,
    search_docs_in_batches,
    visible_ids_among,
)

KIND = PERSON_KIND


def _audience(person: User) -> tuple[Audience, tuple[int, ...]] | None:
    """Who finds a profile, by the rule of `can_view_profile`; None for a person who shows it
    to their communities and belongs to none (only administrators see them)."""
    if person.profile_visibility == ProfileVisibility.PUBLIC:
        return Audience.PUBLIC, ()
    if person.profile_visibility == ProfileVisibility.NETWORK:
        return Audience.SIGNED_IN, ()
    if person.profile_visibility == ProfileVisibility.COMMUNITIES:
        communities = tuple(sorted(m.community_id for m in person.memberships.all()))
        return (Audience.MEMBERS, communities) if communities else None
    return None  # a visibility this source does not know: safest unfound


def _document(person: User) -> SearchDoc | None:
    audience = _audience(person)
    if audience is None:
        return None
    topics = [every_language(topic.name) for topic in person.expertise.all()]
    return SearchDoc(
        kind=KIND,
        object_id=person.pk,
        title=person.full_name,
        body=search_lines(
            person.full_name_latin,
            person.organisation,
            person.position,
            *topics,
            country_names(country_code(person.country)),
            person.bio,
        ),
        url=reverse("accounts:profile", args=[person.pk]),
        audience=audience[0],
        community_ids=audience[1],
        country=country_code(person.country),
        extra={"organisation": person.organisation, "position": person.position},
    )


class PersonSource:
    kind = KIND
    label = _("People")

    def documents(self, *, ids: Iterable[int] | None = None) -> Iterator[SearchDoc]:
        people = (
            User.objects.filter(is_active=True)
            .only(
                "pk",
                "full_name",
                "full_name_latin",
                "organisation",
                "position",
                "country",
                "bio",
                "profile_visibility",
            )
            .prefetch_related(
                Prefetch("expertise", queryset=ExpertiseTopic.objects.only("pk", "name")),
                Prefetch(
                    "memberships",
                    queryset=Membership.objects.filter(state=MembershipState.ACTIVE).only(
                        "pk", "person_id", "community_id"
                    ),
                ),
            )
        )
        yield from search_docs_in_batches(
            people, ids=ids, build=lambda batch: map(_document, batch)
        )

    def visible_ids(self, *, viewer: Any, ids: Iterable[int]) -> set[int]:
        return visible_ids_among(person_list(viewer=viewer).prefetch_related(None), ids=ids)


person_source = PersonSource()
