"""The library list: what each person sees, the filters, and queries that do not grow."""

import pytest
from django.contrib.auth.models import AnonymousUser

from trellis.accounts.tests.factories import ExpertiseTopicFactory
from trellis.library.models import DocumentAuthor, DocumentStatus
from trellis.library.selectors import document_list, document_translations
from trellis.library.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def _titles(viewer, **filters) -> set[str]:
    return {d.title for d in document_list(viewer=viewer, **filters)}


def test_each_person_sees_what_they_may(world) -> None:
    DocumentFactory(title="Public", community=world.public)
    DocumentFactory(title="Network", community=None)
    DocumentFactory(title="Private", community=world.private)
    DocumentFactory(
        title="Draft", community=world.public, status=DocumentStatus.DRAFT, created_by=world.member
    )
    authored = DocumentFactory(title="Authored draft", status=DocumentStatus.IN_REVIEW)
    DocumentAuthor.objects.create(document=authored, person=world.outsider)
    assert _titles(AnonymousUser()) == {"Public", "Network"}
    assert _titles(world.outsider) == {"Public", "Network", "Authored draft"}
    assert _titles(world.member) == {"Public", "Network", "Private", "Draft"}
    assert _titles(world.convener) == {"Public", "Network", "Private", "Draft"}
    assert _titles(world.admin) == {"Public", "Network", "Private", "Draft", "Authored draft"}


def test_filters(world) -> None:
    topic = ExpertiseTopicFactory()
    budget = DocumentFactory(title="Budget", community=world.public, language="ru", kind="report")
    budget.topics.add(topic)
    budget.countries = ["SI", "HR"]
    budget.save()
    DocumentFactory(title="Other", community=None, countries=["AL"])
    viewer = world.member
    assert _titles(viewer, community=world.public) == {"Budget"}
    assert _titles(viewer, language="ru") == {"Budget"}
    assert _titles(viewer, kind="report") == {"Budget"}
    assert _titles(viewer, topic=topic.pk) == {"Budget"}
    assert _titles(viewer, country="HR") == {"Budget"}
    assert _titles(viewer, country="AL") == {"Other"}


def test_translations_shown_are_those_the_viewer_may_see(world) -> None:
    english = DocumentFactory(community=world.public)
    DocumentFactory(
        community=world.private, language="ru", translation_group=english.translation_group
    )
    assert document_translations(viewer=world.outsider, document=english) == []
    assert [d.language for d in document_translations(viewer=world.member, document=english)] == [
        "ru"
    ]


def test_the_list_runs_the_same_queries_for_more_rows(world, django_assert_max_num_queries) -> None:
    def listed() -> None:
        for document in document_list(viewer=world.member):
            list(document.authors.all())
            list(document.topics.all())
            str(document.community)
            str(document.current_version)

    for n in range(3):
        DocumentAuthor.objects.create(
            document=DocumentFactory(community=world.public), name=f"A{n}"
        )
    with django_assert_max_num_queries(8):
        listed()
    for n in range(20):
        DocumentAuthor.objects.create(
            document=DocumentFactory(community=world.private), name=f"B{n}"
        )
    with django_assert_max_num_queries(8):
        listed()
