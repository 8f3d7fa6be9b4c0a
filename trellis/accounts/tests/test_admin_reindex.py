"""Made inactive on the operator's page, a person leaves the search at once, as a profile
change made by its person updates it."""

import pytest
from django.contrib import admin
from django.test import RequestFactory

from trellis.accounts.admin import UserAdmin
from trellis.accounts.models import ProfileVisibility, User
from trellis.accounts.search_source import KIND
from trellis.accounts.tests.factories import UserFactory
from trellis.search.indexing import search_rebuild
from trellis.search.selectors import search_object_ids

pytestmark = pytest.mark.django_db


def found(viewer, name):
    return search_object_ids(viewer=viewer, q=name, kind=KIND)


def test_deactivating_someone_in_the_admin_takes_them_out_of_search(
    world, django_capture_on_commit_callbacks
):
    person = UserFactory(full_name="Zebediah Quill", profile_visibility=ProfileVisibility.PUBLIC)
    search_rebuild(kind=KIND)
    assert found(world.member, "Zebediah") == [person.pk]

    request = RequestFactory().post("/admin/")
    request.user = User.objects.get(pk=UserFactory(is_staff=True, is_superuser=True).pk)
    person.is_active = False
    with django_capture_on_commit_callbacks(execute=True):
        UserAdmin(User, admin.site).save_model(request, person, None, True)

    assert found(world.member, "Zebediah") == []
    assert found(None, "Zebediah") == []
