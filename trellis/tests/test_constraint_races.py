"""When the database, not a form, refuses a write (two requests at the same moment passed the
same check), the person reads the rule's own message in their language: a 409 from the API, a
message on the page they came from; never a 500 or the constraint's name."""

from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.db import IntegrityError, transaction
from django.test import RequestFactory
from django.utils import timezone, translation

from trellis.activities.models import Activity
from trellis.activities.tests.factories import ActivityFactory
from trellis.api.errors import integrity_conflict
from trellis.api.urls import api
from trellis.communities.models import CommunityVisit
from trellis.core.constraints import constraint_message
from trellis.core.middleware import ApplicationErrorMiddleware


def refused(write: Any) -> IntegrityError:
    with pytest.raises(IntegrityError) as caught, transaction.atomic():
        write()
    return caught.value


@pytest.fixture
def capacity_error(db: Any) -> IntegrityError:
    activity = ActivityFactory()
    return refused(lambda: Activity.objects.filter(pk=activity.pk).update(capacity=0))


@pytest.fixture
def second_visit(world: Any) -> IntegrityError:
    def visit() -> None:
        CommunityVisit.objects.create(
            person=world.member, community=world.public, visited_at=timezone.now()
        )

    visit()
    return refused(visit)


def test_a_check_rule_speaks_in_the_readers_language(capacity_error: IntegrityError) -> None:
    constraint = next(
        rule for rule in Activity._meta.constraints if rule.name == "activity_capacity_positive"
    )
    said = {}
    for language in ("en", "ru"):
        with translation.override(language):
            said[language] = constraint_message(capacity_error)
            assert said[language] == str(constraint.violation_error_message)
    assert said["en"] == "Places must be at least 1, or empty for no limit."
    assert said["ru"] != said["en"]
    assert "activity_capacity_positive" not in said["ru"]


def test_a_unique_rule_is_found_by_its_name_or_its_columns(second_visit: IntegrityError) -> None:
    with translation.override("ru"):
        message = constraint_message(second_visit)
    assert message == "Это посещение сообщества уже записано."


def test_a_rule_without_a_message_gets_a_plain_sentence(db: Any) -> None:
    error = IntegrityError('null value in column "x" violates not-null constraint')
    with translation.override("en"):
        assert constraint_message(error).startswith("This could not be saved")
    with translation.override("ru"):
        assert constraint_message(error).startswith("Не удалось сохранить")


def test_the_api_answers_409_with_the_rule(second_visit: IntegrityError) -> None:
    request = RequestFactory().post("/api/v1/anything")
    with translation.override("en"):
        response = integrity_conflict(api, request, second_visit)
    assert response.status_code == 409
    assert b"This visit to the community is already recorded." in response.content
    assert b"one_visit_row_each" not in response.content


def test_a_page_goes_back_with_the_rule_as_a_message(second_visit: IntegrityError) -> None:
    request = RequestFactory().post("/communities/public-cop/", HTTP_REFERER="http://testserver/x/")
    request.session = SessionStore()
    request._messages = FallbackStorage(request)  # type: ignore[attr-defined]
    middleware = ApplicationErrorMiddleware(lambda request: None)  # type: ignore[arg-type,return-value]
    with translation.override("en"):
        response = middleware.process_exception(request, second_visit)
    assert response is not None and response.status_code == 302
    assert response["Location"] == "http://testserver/x/"
    assert [str(m) for m in get_messages(request)] == [
        "This visit to the community is already recorded."
    ]
