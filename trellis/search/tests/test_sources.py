"""The helpers every source's `documents()` and `visible_ids()` are built on."""

import pytest
from django.contrib.auth.models import Group

from trellis.search.sources import Audience, SearchDoc, search_docs_in_batches, visible_ids_among

pytestmark = pytest.mark.django_db


def _doc(group: Group) -> SearchDoc | None:
    if group.name.startswith("hidden"):
        return None
    return SearchDoc(
        kind="group",
        object_id=group.pk,
        title=group.name,
        body="",
        url="/",
        audience=Audience.PUBLIC,
    )


def test_rows_are_built_batch_by_batch_and_unfindable_ones_left_out(django_assert_num_queries):
    groups = [Group.objects.create(name=name) for name in ("a", "hidden b", "c", "d", "e")]
    batches: list[int] = []

    def build(batch):
        batches.append(len(batch))
        return map(_doc, batch)

    with django_assert_num_queries(3):
        found = list(search_docs_in_batches(Group.objects.all(), ids=None, build=build, size=2))
    assert [doc.title for doc in found] == ["a", "c", "d", "e"]
    assert batches == [2, 2, 1]
    wanted = [groups[1].pk, groups[2].pk, 999_999]
    chosen = list(search_docs_in_batches(Group.objects.all(), ids=wanted, build=build))
    assert [doc.title for doc in chosen] == ["c"]


def test_visible_ids_are_those_of_the_given_ones_the_queryset_holds(django_assert_num_queries):
    shown, hidden = Group.objects.create(name="shown"), Group.objects.create(name="hidden")
    visible = Group.objects.exclude(name="hidden")
    assert visible_ids_among(visible, ids=[shown.pk, hidden.pk, 999_999]) == {shown.pk}
    with django_assert_num_queries(0):
        assert visible_ids_among(visible, ids=[]) == set()
