"""People as the search finds them: what is indexed, and who finds whom, by the directory's
own rule (`profile_visible_filter`)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.accounts.models import ProfileVisibility
from trellis.accounts.search_source import person_source
from trellis.accounts.services import profile_update
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.services import membership_leave
from trellis.communities.tests.factories import MembershipFactory
from trellis.search.sources import Audience
from trellis.tests.search_index import audience_admits

pytestmark = pytest.mark.django_db


def people(world):
    public = UserFactory(full_name="Анна Петрова", profile_visibility=ProfileVisibility.PUBLIC)
    network = UserFactory(full_name="Network Person", profile_visibility=ProfileVisibility.NETWORK)
    communities = UserFactory(
        full_name="Private Circle", profile_visibility=ProfileVisibility.COMMUNITIES
    )
    MembershipFactory(community=world.private, person=communities)
    inactive = UserFactory(
        full_name="Gone Person", profile_visibility=ProfileVisibility.PUBLIC, is_active=False
    )
    return {
        "public": public,
        "network": network,
        "communities": communities,
        "inactive": inactive,
    }


def test_a_profile_is_indexed_in_both_scripts_with_expertise_in_both_languages(world):
    topic = ExpertiseTopicFactory(
        slug="budgeting", name={"en": "Budget planning", "ru": "Бюджетное планирование"}
    )
    person = UserFactory(
        full_name="Анна Петрова",
        full_name_latin="Anna Petrova",
        organisation="Ministry of Finance",
        position="Head of budget department",
        country="AM",
        profile_visibility=ProfileVisibility.PUBLIC,
    )
    person.expertise.set([topic])

    (document,) = person_source.documents(ids=[person.pk])

    assert document.title == "Анна Петрова"
    for text in (
        "Anna Petrova",
        "Ministry of Finance",
        "Head of budget department",
        "Budget planning",
        "Бюджетное планирование",
        "Armenia",
        "Армения",
    ):
        assert text in document.body
    assert document.url == f"/people/{person.pk}/"
    assert document.audience == Audience.PUBLIC
    assert document.country == "AM"


def test_each_visibility_gives_its_audience_and_inactive_people_nothing(world):
    found = people(world)
    ids = [person.pk for person in found.values()]

    documents = {doc.object_id: doc for doc in person_source.documents(ids=ids)}

    assert documents[found["public"].pk].audience == Audience.PUBLIC
    assert documents[found["network"].pk].audience == Audience.SIGNED_IN
    assert documents[found["communities"].pk].audience == Audience.MEMBERS
    assert documents[found["communities"].pk].community_ids == (world.private.pk,)
    assert found["inactive"].pk not in documents


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("visitor", {"public"}),
        ("outsider", {"public", "network"}),
        ("member", {"public", "network", "communities"}),
    ],
)
def test_the_audience_admits_whom_the_directory_shows(world, role, shown):
    found = people(world)
    ids = [person.pk for person in found.values()]
    viewer = world.person(role) or AnonymousUser()

    admitted = {
        doc.object_id
        for doc in person_source.documents(ids=ids)
        if audience_admits(doc, world.person(role))
    }

    expected = {found[name].pk for name in shown}
    assert admitted == expected
    assert person_source.visible_ids(viewer=viewer, ids=ids) == expected


def test_indexing_people_takes_the_same_queries_for_few_or_many(
    world, django_assert_max_num_queries
):
    topic = ExpertiseTopicFactory()
    for _ in range(3):
        UserFactory().expertise.set([topic])
    with django_assert_max_num_queries(3) as few:
        list(person_source.documents())
    for _ in range(20):
        UserFactory().expertise.set([topic])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(list(person_source.documents())) >= 25


def test_editing_a_profile_or_leaving_a_community_asks_to_reindex_the_person(
    world, search_index_requests, django_capture_on_commit_callbacks
):
    member = world.member
    with django_capture_on_commit_callbacks(execute=True):
        profile_update(actor=member, person=member, position="Budget analyst")
    with django_capture_on_commit_callbacks(execute=True):
        membership_leave(person=member, community=world.public)

    assert search_index_requests == [("person", [member.pk]), ("person", [member.pk])]
