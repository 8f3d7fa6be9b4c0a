"""Adding an activity type to the catalogue through the API."""

import pytest

from trellis.activities.models import ActivityType
from trellis.api.tests.client import error_of

pytestmark = pytest.mark.django_db

HACKATHON = {
    "slug": "budget-hackathon",
    "name": {"en": "Budget hackathon", "ru": "Бюджетный хакатон"},
    "description": {"en": "Two days of building."},
    "formats": ["workshop"],
    "orientations": ["projects", "relationships"],
}


def test_a_network_admin_adds_a_type_that_the_catalogue_then_lists(api, world):
    response = api.post("/api/v1/activity-types", HACKATHON, person=world.admin)
    assert response.status_code == 201, response.json()
    assert response.json() == HACKATHON | {"description": {"en": "Two days of building."}}
    listed = api.get("/api/v1/activity-types?orientation=projects").json()
    assert "budget-hackathon" in [kind["slug"] for kind in listed]


@pytest.mark.parametrize(
    ("role", "status", "code"),
    [
        ("visitor", 401, "not_authenticated"),
        ("outsider", 403, "permission_denied"),
        ("member", 403, "permission_denied"),
        ("convener", 403, "permission_denied"),
        ("sponsor", 403, "permission_denied"),
    ],
)
def test_only_network_admins_add_types(api, world, role, status, code):
    response = api.post("/api/v1/activity-types", HACKATHON, person=world.person(role))
    assert response.status_code == status
    assert error_of(response)["code"] == code
    assert not ActivityType.objects.filter(slug="budget-hackathon").exists()


def test_a_taken_code_is_a_422(api, world):
    api.post("/api/v1/activity-types", HACKATHON, person=world.admin)
    response = api.post("/api/v1/activity-types", HACKATHON, person=world.admin)
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == ["slug"]
    assert ActivityType.objects.filter(slug="budget-hackathon").count() == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"slug": None}, "slug"),
        ({"slug": "with spaces"}, "slug"),
        ({"slug": "s" * 61}, "slug"),
        ({"name": {}}, "name"),
        ({"name": None}, "name"),
        ({"name": {"en": "n" * 121}}, "name.en"),
        ({"name": {"xx": "Unknown language"}}, "name.xx.[key]"),
        ({"description": {"en": "d" * 20_001}}, "description.en"),
        ({"formats": ["juggling"]}, "formats.0"),
        ({"orientations": None}, "orientations"),
        ({"position": 1}, "position"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(api, world, change, field):
    response = api.post("/api/v1/activity-types", HACKATHON | change, person=world.admin)
    assert response.status_code == 422, response.json()
    fields = error_of(response)["fields"]
    assert any(name.startswith(field.split(".[")[0]) for name in fields), fields
    assert not ActivityType.objects.filter(slug="budget-hackathon").exists()
