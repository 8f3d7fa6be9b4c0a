"""The rules the database keeps on a planned activity are explained on the form, in the reader's
language, beside the field, with what the person typed kept."""

from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from trellis.activities.models import Activity
from trellis.activities.services.planning import activity_create
from trellis.activities.tests.factories import ActivityTypeFactory
from trellis.activities.tests.test_planning import plan_data

pytestmark = pytest.mark.django_db

MESSAGES = {
    "en": "Places must be at least 1, or empty for no limit.",
    "ru": "Мест должно быть не меньше одного",
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_places_is_refused_beside_the_field(client, world, language):
    activity_type = ActivityTypeFactory()
    client.force_login(world.convener)
    response = client.post(
        reverse("activities:create"),
        plan_data(world, activity_type, capacity="0"),
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert MESSAGES[language] in page
    assert "activity_capacity_positive" not in page
    assert "Spending reviews in practice" in page
    assert 'name="capacity" value="0"' in page
    assert not Activity.objects.exists()


def test_the_service_refuses_no_places_with_the_same_words(world):
    activity_type = ActivityTypeFactory()
    data = plan_data(world, activity_type)
    with pytest.raises(ValidationError) as refused:
        activity_create(
            actor=world.convener,
            communities=[world.public],
            activity_type=activity_type,
            title={"en": data["title_en"]},
            starts_at=datetime(2027, 3, 10, 9, 30, tzinfo=UTC),
            ends_at=datetime(2027, 3, 10, 17, 0, tzinfo=UTC),
            capacity=0,
        )
    assert MESSAGES["en"] in str(refused.value)
