"""`GET /api/v1/activities/{id}.ics`: an activity as iCalendar, documented in OpenAPI."""

import pytest
from icalendar import Calendar

from trellis.activities.models import ActivityStatus
from trellis.activities.tests.factories import ActivityFactory
from trellis.api.tests.client import error_of, openapi_document

pytestmark = pytest.mark.django_db


def test_an_activity_as_icalendar(api, world):
    activity = ActivityFactory(
        communities=[world.public],
        title={"en": "Spending reviews", "ru": "Обзоры расходов"},
        timezone="Europe/Chisinau",
        sequence=3,
    )
    response = api.get(f"/api/v1/activities/{activity.pk}.ics", language="ru")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="activity-{activity.pk}.ics"' in response["Content-Disposition"]
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Обзоры расходов"
    assert event["DTSTART"].params["TZID"] == "Europe/Chisinau"
    assert event.decoded("SEQUENCE") == 3


def test_the_plain_activity_address_is_not_taken_for_the_calendar(api, world):
    """`/activities/{id}` and `/activities/{id}.ics` are two operations; neither swallows the
    other."""
    activity = ActivityFactory(communities=[world.public])
    response = api.get(f"/api/v1/activities/{activity.pk}.ics")
    assert response.resolver_match.url_name == "activity_calendar_get"
    assert response.status_code == 200


def test_hidden_and_unknown_activities_are_404(api, world):
    private = ActivityFactory(communities=[world.private])
    draft = ActivityFactory(communities=[world.public], status=ActivityStatus.DRAFT)
    for person in (None, world.outsider):
        response = api.get(f"/api/v1/activities/{private.pk}.ics", person=person)
        assert response.status_code == 404
        assert error_of(response)["code"]
    assert api.get(f"/api/v1/activities/{draft.pk}.ics", person=world.member).status_code == 404
    assert api.get("/api/v1/activities/999999.ics").status_code == 404
    response = api.get(f"/api/v1/activities/{private.pk}.ics", person=world.member)
    assert response.status_code == 200
    response = api.get(f"/api/v1/activities/{draft.pk}.ics", person=world.convener)
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["STATUS"]) == "TENTATIVE"


def test_the_document_declares_the_calendar_media_type():
    operation = openapi_document()["paths"]["/api/v1/activities/{activity_id}.ics"]["get"]
    assert set(operation["responses"]["200"]["content"]) == {"text/calendar"}
    assert {"400", "401", "404", "422"} <= set(operation["responses"])
