"""The directory, profiles and the people API run the same number of queries on a small network
and on one with ten times the people, for every role (issue #9, point 4).

The pattern and the helpers are those of trellis/tests/test_query_counts_scale.py; the pages
here are the directory's filters and the API's people that the shared test does not visit.
"""

from dataclasses import dataclass, field
from itertools import count
from typing import Any

import pytest
from django.urls import reverse

from trellis.accounts.models import ProfileVisibility
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.models import Visibility
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.conftest import World
from trellis.tests.test_query_counts_scale import Target, queries_stay_flat

pytestmark = pytest.mark.django_db

SMALL = 2
TOPIC = "scale-topic"
# People of every visibility: visitors see the public ones, members the network's, and the
# people of their communities; the world's member shares the public community with all.
VISIBILITIES = [ProfileVisibility.PUBLIC, ProfileVisibility.NETWORK, ProfileVisibility.COMMUNITIES]


@dataclass
class PeopleScene:
    """The world, a public person whose profile is visited, and `grow` to add people."""

    world: World
    subject: Any = None
    shown: dict[str, str] = field(default_factory=dict)
    serial: count = field(default_factory=count)

    def grow(self, rows: int) -> None:
        """Add `rows` people in the public community with a topic, a country and a language,
        and as many communities the profile's subject belongs to (every other one private)."""
        topic = ExpertiseTopicFactory(slug=TOPIC)
        for _row in range(rows):
            n = next(self.serial)
            visibility = VISIBILITIES[n % len(VISIBILITIES)]
            # Named to come first in the directory's order, the latest first of all.
            name = f"Aaron Scale {1000 - n:04d}"
            person = UserFactory(
                full_name=name,
                profile_visibility=visibility,
                country="AM",
                languages=["hy", "ru"],
                organisation=f"Scale Ministry {n}",
            )
            person.expertise.add(topic, ExpertiseTopicFactory(slug=f"scale-other-{n % 3}"))
            MembershipFactory(community=self.world.public, person=person)
            community_name = f"Scale community {n}"
            community = CommunityFactory(
                visibility=Visibility.PRIVATE if n % 2 else Visibility.PUBLIC,
                name={"en": community_name, "ru": f"Сообщество {n}"},
            )
            MembershipFactory(community=community, person=self.subject)
            MembershipFactory(community=community, person=person)
            if visibility == ProfileVisibility.PUBLIC:
                self.shown["person"] = name
            if community.visibility == Visibility.PUBLIC:
                self.shown["community"] = community_name


def scene_build(world: World) -> PeopleScene:
    subject = UserFactory(full_name="Subject Person", profile_visibility=ProfileVisibility.PUBLIC)
    subject.expertise.add(ExpertiseTopicFactory(slug=TOPIC))
    MembershipFactory(community=world.public, person=subject)
    return PeopleScene(world, subject=subject)


def directory(query: str = "") -> Any:
    return lambda s: reverse("accounts:directory") + query


TARGETS = [
    Target("directory", directory(), "person"),
    Target("directory by topic", directory(f"?expertise={TOPIC}"), "person"),
    Target("directory by language", directory("?language=hy"), "person"),
    Target("directory by search", directory("?q=scale"), "person"),
    Target("directory by country and topic", directory(f"?country=AM&expertise={TOPIC}"), "person"),
    Target(
        "directory of a community",
        lambda s: reverse("accounts:directory") + f"?community={s.world.public.slug}",
        "person",
    ),
    Target("directory, a page past the end", directory("?page=9"), ""),
    Target(
        "public profile",
        lambda s: reverse("accounts:profile", args=[s.subject.pk]),
        "community",
    ),
    Target("api people", lambda s: "/api/v1/people", "person"),
    Target(
        "api people filtered",
        lambda s: f"/api/v1/people?country=AM&language=hy&expertise={TOPIC}&q=scale",
        "person",
    ),
    Target(
        "api people of a community",
        lambda s: f"/api/v1/people?community={s.world.public.slug}",
        "person",
    ),
    Target("api person", lambda s: f"/api/v1/people/{s.subject.pk}", "community"),
    Target("api me", lambda s: "/api/v1/me", ""),
]


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_queries_do_not_grow_with_the_people(world, client, target):
    queries_stay_flat(client, scene_build(world), target, small=SMALL)


def test_the_directory_lists_each_country_once(world, client):
    """The country filter once listed a country per person: 10,000 options on a large network."""
    for _person in range(3):
        UserFactory(country="AM")
    html = client.get(reverse("accounts:directory")).text
    assert html.count('<option value="AM"') == 1
    assert html.count('<option value="AL"') == 1
