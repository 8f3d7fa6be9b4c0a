"""Who finds what: the audience and communities of each entry, as each kind of viewer."""

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.search.indexing import index_documents
from trellis.search.selectors import search, search_object_ids
from trellis.search.sources import Audience


@pytest.fixture
def garden_notes(world, notes):
    notes.add(1, "Garden for everyone", audience=Audience.PUBLIC)
    notes.add(2, "Garden for the network", audience=Audience.SIGNED_IN)
    notes.add(
        3,
        "Garden of the private community",
        audience=Audience.MEMBERS,
        community_ids=(world.private.pk,),
    )
    notes.add(
        4,
        "Garden of the public community",
        audience=Audience.MEMBERS,
        community_ids=(world.public.pk,),
    )
    notes.add(5, "Garden of nobody's community", audience=Audience.MEMBERS, community_ids=(999,))
    index_documents(notes.documents())
    return notes


def _found(viewer, q="garden", **filters):
    result = search(viewer=viewer, q=q, **filters)
    return sorted(hit.object_id for hit in result.hits), result.total


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("visitor", [1]),
        ("outsider", [1, 2]),
        ("member", [1, 2, 3, 4]),
        ("sponsor", [1, 2]),  # a sponsor holds a role without being a member
        ("admin", [1, 2, 3, 4, 5]),
    ],
)
def test_each_viewer_finds_what_they_may_see(world, garden_notes, role, expected):
    viewer = world.person(role) or AnonymousUser()
    assert _found(viewer) == (expected, len(expected))
    assert sorted(search_object_ids(viewer=viewer, q="garden", kind="note")) == expected


def test_an_inactive_person_finds_only_public_entries(world, garden_notes):
    world.member.is_active = False
    assert _found(world.member) == ([1], 1)


def test_the_sources_own_check_drops_hits_it_refuses(world, garden_notes):
    garden_notes.hidden = {2}
    found, total = _found(world.member)
    assert found == [1, 3, 4]
    assert total == 4  # counted in the database, before the source's final check


def test_a_community_filter_keeps_its_entries_only(world, garden_notes):
    assert _found(world.admin, community_ids=[world.private.pk]) == ([3], 1)
    assert _found(world.outsider, community_ids=[world.private.pk]) == ([], 0)
    assert _found(world.admin, community_ids=[]) == ([], 0)


def test_the_communities_app_resolves_slugs_the_viewer_may_know(world):
    from trellis.search.scope import community_resolve

    assert community_resolve(viewer=world.member, slug="private-cop") == world.private.pk
    assert community_resolve(viewer=world.outsider, slug="private-cop") is None
    assert community_resolve(viewer=None, slug="public-cop") == world.public.pk
    assert community_resolve(viewer=world.admin, slug="no-such-cop") is None
