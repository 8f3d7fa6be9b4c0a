"""The admin site: every model's pages answer in both languages with translated labels, its
lists run a bounded number of queries, and its changes go through the services, so the audit
trail and the contribution log see them.
"""

import html
import re
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.admin.templatetags.admin_list import result_headers
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import AuditEntry
from trellis.core.remembered import forget_all
from trellis.tests.admin_rows import admin_rows_add

pytestmark = pytest.mark.django_db

# Trellis's own models; Django's groups and allauth's addresses keep their own admin pages.
MODELS = sorted(
    (model for model in admin.site._registry if model.__module__.startswith("trellis.")),
    key=lambda model: model._meta.label,
)
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def admin_url(model: Any, view: str, *args: Any) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def operator(db: Any) -> Any:
    """Whoever runs the installation: a superuser, as `createsuperuser` makes them."""
    return UserFactory(
        email="operator@example.org", full_name="Operator", is_staff=True, is_superuser=True
    )


def signed_in(client: Client, person: Any, language: str) -> Client:
    person.preferred_language = language
    person.save(update_fields=["preferred_language"])
    client.force_login(person)
    return client


def form_labels(response: Any) -> list[str]:
    """The label of every field the change page shows, read-only or not."""
    labels = []
    for fieldset in response.context["adminform"]:
        for line in fieldset:
            for field in line:
                label = field.field["label"] if field.is_readonly else field.field.label
                labels.append(str(label))
    return labels


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_models_list_and_change_page_answer(
    client: Client, world: Any, operator: Any, language: str
) -> None:
    admin_rows_add(world.public, 1)
    signed_in(client, operator, language)

    index = client.get("/admin/")
    assert index.status_code == 200
    for model in MODELS:
        with translation.override(language):
            plural = str(capfirst(model._meta.verbose_name_plural))
        assert html.escape(plural) in index.content.decode(), model
        listing = client.get(admin_url(model, "changelist"))
        assert listing.status_code == 200, model
        assert listing.context["cl"].result_count >= 1, model
        row = model._default_manager.order_by("pk").first()
        change = client.get(admin_url(model, "change", row.pk))
        assert change.status_code == 200, model
        with translation.override(language):
            assert html.escape(str(row)) in change.content.decode(), model
        if language == "ru":
            with translation.override(language):
                words = [
                    plural,
                    *(str(header["text"]) for header in result_headers(listing.context["cl"])),
                    *form_labels(change),
                ]
            untranslated = [word for word in words if not CYRILLIC.search(word)]
            assert not untranslated, f"{model._meta.label}: {untranslated}"


def test_the_main_models_are_on_the_admin_site() -> None:
    labels = {model._meta.label for model in MODELS}

    assert {
        "communities.Community",
        "communities.Membership",
        "communities.Role",
        "communities.RoleAssignment",
        "communities.AgendaItem",
        "communities.AuditEntry",
        "activities.Activity",
        "activities.ActivityType",
        "activities.Registration",
        "activities.Attendance",
        "conversations.Question",
        "conversations.Answer",
        "conversations.Discussion",
        "conversations.Reply",
        "participation.Contribution",
    } <= labels


def changelist_queries(client: Client) -> dict[str, int]:
    counts = {}
    for model in MODELS:
        forget_all()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(admin_url(model, "changelist")).status_code == 200
        counts[model._meta.label] = len(queries)
    return counts


def test_lists_run_as_many_queries_for_many_rows_as_for_one(
    client: Client, world: Any, operator: Any
) -> None:
    admin_rows_add(world.public, 1)
    signed_in(client, operator, "en")
    few = changelist_queries(client)

    admin_rows_add(world.public, 4)
    many = changelist_queries(client)

    assert {
        label: (few[label], count) for label, count in many.items() if few[label] != count
    } == {}
    assert max(many.values()) <= 20, many


def test_every_search_box_answers(client: Client, world: Any, operator: Any) -> None:
    admin_rows_add(world.public, 1)
    signed_in(client, operator, "ru")

    for model in MODELS:
        if admin.site._registry[model].search_fields:
            response = client.get(admin_url(model, "changelist"), {"q": "PUB"})
            assert response.status_code == 200, model


def test_a_person_without_the_admin_right_is_sent_away(client: Client, world: Any) -> None:
    client.force_login(world.admin)

    assert client.get("/admin/").status_code == 302
    assert client.get(admin_url(MODELS[0], "changelist")).status_code == 302


def test_no_list_offers_bulk_actions_that_pass_the_services(
    client: Client, world: Any, operator: Any
) -> None:
    admin_rows_add(world.public, 1)
    signed_in(client, operator, "en")

    for model in MODELS:
        page = client.get(admin_url(model, "changelist")).content.decode()
        assert 'name="action"' not in page, model
        row = model._default_manager.first()
        assert client.get(admin_url(model, "delete", row.pk)).status_code == 403, model


def test_the_russian_admin_names_a_communitys_fields_in_russian(
    client: Client, world: Any, operator: Any
) -> None:
    signed_in(client, operator, "ru")

    page = client.get(admin_url(type(world.public), "change", world.public.pk))

    content = page.content.decode()
    assert "Краткий код" in content or "Краткий код".lower() in content.lower()
    assert html.escape("Сообщество PUB") in content
    assert AuditEntry.objects.count() == 0
