"""The audit trail in the API: the stable code, and a description in the request's language."""

import pytest

from trellis.communities.tests.test_history_languages import leaders_change_things

pytestmark = pytest.mark.django_db


def test_the_api_gives_the_code_and_a_description_in_the_requests_language(api, world):
    leaders_change_things(world)
    path = f"/api/v1/communities/{world.public.slug}/history"
    russian = api.get(path, person=world.convener, language="ru").json()["items"]
    english = api.get(path, person=world.convener, language="en").json()["items"]
    assert [entry["action"] for entry in russian] == [
        "membership.approved",
        "community.updated",
    ]
    assert russian[1]["description"] == "Изменено: название, почему стоит участвовать"
    assert english[1]["description"] == "Changed: name, value proposition"
    assert english[0]["subject"] == str(world.outsider)
