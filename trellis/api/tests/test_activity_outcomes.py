"""The social reporter's record of an activity, and its materials, through the API."""

import pytest

from trellis.activities.models import Activity, ActivityMaterial, ActivityStatus
from trellis.activities.tests.factories import ActivityFactory
from trellis.api.tests.client import error_of
from trellis.communities.models import Role
from trellis.communities.tests.factories import RoleAssignmentFactory
from trellis.core.api_schemas import MAX_OBJECT_ID

pytestmark = pytest.mark.django_db

RECORD = {
    "summary": {"en": "We compared **three** approaches.", "ru": "Сравнили **три** подхода."},
    "outputs": {"en": "A checklist", "ru": "Перечень"},
    "decisions": {"en": "Pilot in two ministries"},
    "follow_ups": {"ru": "Опрос в июне"},
}


def outcomes_url(activity):
    return f"/api/v1/activities/{activity.pk}/outcomes"


def materials_url(activity):
    return f"/api/v1/activities/{activity.pk}/materials"


def held(community):
    return ActivityFactory(communities=[community], status=ActivityStatus.HELD)


def test_a_social_reporter_records_outcomes_that_the_activity_then_shows(api, world):
    RoleAssignmentFactory(
        community=world.public, person=world.member, role=Role.objects.get(code="social_reporter")
    )
    activity = held(world.public)
    response = api.request("PUT", outcomes_url(activity), RECORD, person=world.member)
    assert response.status_code == 200, response.json()
    assert response.json() == {"activity": activity.pk, **RECORD}
    activity.refresh_from_db()
    assert activity.reported_by == world.member
    detail = api.get(f"/api/v1/activities/{activity.pk}", person=world.outsider).json()
    assert {name: detail[name] for name in RECORD} == RECORD


def test_the_record_is_replaced_whole(api, world):
    activity = held(world.public)
    api.request("PUT", outcomes_url(activity), RECORD, person=world.convener)
    response = api.request(
        "PUT", outcomes_url(activity), {"summary": {"ru": " Кратко "}}, person=world.convener
    )
    assert response.json() == {
        "activity": activity.pk,
        "summary": {"ru": "Кратко"},
        "outputs": {},
        "decisions": {},
        "follow_ups": {},
    }


def test_a_language_left_empty_is_not_recorded(api, world):
    activity = held(world.public)
    response = api.request(
        "PUT",
        outcomes_url(activity),
        {"summary": {"en": "Short", "ru": "   "}, "outputs": {"en": ""}},
        person=world.convener,
    )
    assert response.status_code == 200, response.json()
    activity.refresh_from_db()
    assert (activity.summary, activity.outputs) == ({"en": "Short"}, {})


def test_convener_adds_a_material(api, world):
    activity = held(world.public)
    response = api.post(
        materials_url(activity),
        {"title": " Slides ", "url": "https://example.org/slides.pdf"},
        person=world.convener,
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["activity"], body["title"], body["url"]) == (
        activity.pk,
        "Slides",
        "https://example.org/slides.pdf",
    )
    assert ActivityMaterial.objects.get().added_by == world.convener


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_conveners_and_social_reporters_record(api, world, role, status, code):
    activity = held(world.public)
    person = world.person(role)
    recorded = api.request("PUT", outcomes_url(activity), RECORD, person=person)
    added = api.post(
        materials_url(activity), {"title": "Slides", "url": "https://example.org/s"}, person=person
    )
    for response in (recorded, added):
        assert response.status_code == status
        assert error_of(response)["code"] == code
    assert Activity.objects.get().summary == {}
    assert not ActivityMaterial.objects.exists()


def test_a_social_reporter_of_another_community_is_refused(api, world):
    RoleAssignmentFactory(
        community=world.private, person=world.member, role=Role.objects.get(code="social_reporter")
    )
    response = api.request("PUT", outcomes_url(held(world.public)), RECORD, person=world.member)
    assert error_of(response)["code"] == "permission_denied"


def test_a_private_activity_is_not_there_for_visitors_and_outsiders(api, world):
    activity = held(world.private)
    for person in (None, world.outsider):
        response = api.request("PUT", outcomes_url(activity), RECORD, person=person)
        assert response.status_code == 404
        assert error_of(response)["code"] == "not_found"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"summary": None}, "summary"),
        ({"summary": {"en": "x" * 20_001}}, "summary.en"),
        ({"summary": {"en": "ok", "ru": "x" * 20_001}}, "summary.ru"),
        ({"follow_ups": ["a list"]}, "follow_ups"),
        ({"outputs": {"xx": "text", "en": "ok"}}, "outputs"),
        ({"follow_ups": {"en": ["a list"]}}, "follow_ups.en"),
        ({"summary": {"en": "ok"}, "reported_by": 1}, "reported_by"),
        ({"summary": {"en": "nul \x00"}}, "__all__"),
    ],
)
def test_a_bad_record_is_a_422_and_changes_nothing(api, world, body, field):
    activity = held(world.public)
    response = api.request("PUT", outcomes_url(activity), body, person=world.convener)
    assert response.status_code == 422
    assert field in error_of(response)["fields"], error_of(response)
    assert Activity.objects.get().summary == {}


def test_an_outcome_that_is_not_an_object_of_languages_is_a_422_that_says_so(api, world):
    activity = held(world.public)
    response = api.request(
        "PUT", outcomes_url(activity), {"summary": "One language only"}, person=world.convener
    )
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "validation_error"
    assert error["fields"] == {
        "summary": ['Send an object with a text for each language, such as {"en": "…", "ru": "…"}.']
    }
    in_russian = api.request(
        "PUT", outcomes_url(activity), {"summary": "Итоги"}, person=world.convener, language="ru"
    )
    assert error_of(in_russian)["fields"]["summary"][0].startswith("Отправьте объект с текстом")
    assert Activity.objects.get().summary == {}


def test_an_outcome_in_an_unknown_language_is_a_422_that_names_it(api, world):
    activity = held(world.public)
    response = api.request(
        "PUT",
        outcomes_url(activity),
        {"summary": {"en": "ok"}, "decisions": {"de": "Entscheidung"}},
        person=world.convener,
    )
    assert response.status_code == 422
    error = error_of(response)
    assert error["fields"] == {"decisions": ["Unknown language: de. Write in: en, ru."]}
    assert Activity.objects.get().summary == {}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "Slides"}, "url"),
        ({"title": None, "url": "https://example.org/s"}, "title"),
        ({"title": "   ", "url": "https://example.org/s"}, "title"),
        ({"title": "x" * 201, "url": "https://example.org/s"}, "title"),
        ({"title": "Two\nlines", "url": "https://example.org/s"}, "title"),
        ({"title": "Slides", "url": "javascript:alert(1)"}, "url"),
        ({"title": "Slides", "url": "https://example.org/" + "s" * 500}, "url"),
    ],
)
def test_a_bad_material_is_a_422(api, world, body, field):
    response = api.post(materials_url(held(world.public)), body, person=world.convener)
    assert response.status_code == 422
    assert field in error_of(response)["fields"], error_of(response)
    assert not ActivityMaterial.objects.exists()


@pytest.mark.parametrize("activity_id", ["0", str(MAX_OBJECT_ID + 1), "abc"])
def test_an_activity_id_that_names_nothing_is_a_4xx(api, world, activity_id):
    response = api.request(
        "PUT", f"/api/v1/activities/{activity_id}/outcomes", RECORD, person=world.admin
    )
    assert response.status_code in {404, 422}
    error_of(response)
