"""Registering for activities through the API; every answer is checked against OpenAPI."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from trellis.activities.models import ActivityStatus, Registration, RegistrationState
from trellis.activities.tests.factories import ActivityFactory
from trellis.api.tests.client import error_of
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def url(activity) -> str:
    return f"/api/v1/activities/{activity.pk}/registration"


def test_no_registration_yet_is_404(api, world):
    activity = ActivityFactory(communities=[world.public])
    assert api.get(url(activity), person=world.member).status_code == 404


def test_answer_yes_then_read_it_back(api, world, django_capture_on_commit_callbacks):
    activity = ActivityFactory(communities=[world.public], capacity=10)

    with django_capture_on_commit_callbacks(execute=True):
        answered = api.post(url(activity), {"answer": "yes"}, person=world.member)

    assert answered.status_code == 200
    body = answered.json()
    assert body["activity"] == activity.pk
    assert (body["answer"], body["state"], body["waitlist_position"]) == ("yes", "confirmed", None)
    assert api.get(url(activity), person=world.member).json() == body
    assert [message.to for message in mail.outbox] == [[world.member.email]]
    assert Contribution.objects.filter(
        person=world.member, kind=ContributionKind.ACTIVITY_REGISTERED
    ).exists()


def test_a_full_activity_puts_yes_on_the_waiting_list(api, world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    api.post(url(activity), {"answer": "yes"}, person=world.convener)

    body = api.post(url(activity), {"answer": "yes"}, person=world.member).json()

    assert body["state"] == "waitlisted"
    assert body["waitlist_position"] == 1
    assert body["waitlisted_at"] is not None


def test_delete_cancels_and_promotes_the_waiting_list(api, world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    api.post(url(activity), {"answer": "yes"}, person=world.convener)
    api.post(url(activity), {"answer": "yes"}, person=world.member)

    cancelled = api.delete(url(activity), person=world.convener)

    assert cancelled.status_code == 200
    assert cancelled.json()["state"] == "cancelled"
    promoted = api.get(url(activity), person=world.member).json()
    assert (promoted["state"], promoted["waitlist_position"]) == ("confirmed", None)


def test_cancelling_without_registering_is_a_conflict(api, world):
    activity = ActivityFactory(communities=[world.public])
    response = api.delete(url(activity), person=world.member)
    assert response.status_code == 409
    assert error_of(response)["code"] == "not_registered"


def test_closed_registration_is_a_conflict(api, world):
    activity = ActivityFactory(communities=[world.public], status=ActivityStatus.CLOSED)
    response = api.post(url(activity), {"answer": "yes"}, person=world.member)
    assert response.status_code == 409
    assert error_of(response)["code"] == "not_open"
    assert not Registration.objects.exists()


def test_a_passed_deadline_is_a_conflict_in_the_askers_language(api, world):
    activity = ActivityFactory(
        communities=[world.public], registration_deadline=timezone.now() - timedelta(hours=1)
    )
    response = api.post(url(activity), {"answer": "maybe"}, person=world.member)
    assert response.status_code == 409
    error = error_of(response)
    assert error["code"] == "deadline_passed"
    assert error["message"] == "The registration deadline has passed."


@pytest.mark.parametrize("body", [{"answer": "perhaps"}, {}, {"answer": "yes", "extra": 1}])
def test_a_bad_answer_is_a_validation_error(api, world, body):
    activity = ActivityFactory(communities=[world.public])
    response = api.post(url(activity), body, person=world.member)
    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_error"


def test_visitors_are_asked_to_authenticate(api, world):
    activity = ActivityFactory(communities=[world.public])
    assert api.post(url(activity), {"answer": "yes"}).status_code == 401
    assert api.get(url(activity)).status_code == 401


def test_a_private_activity_is_not_found_for_outsiders(api, world):
    activity = ActivityFactory(communities=[world.private])
    assert api.post(url(activity), {"answer": "yes"}, person=world.outsider).status_code == 404
    assert api.post(url(activity), {"answer": "yes"}).status_code == 404
    assert api.post(url(activity), {"answer": "yes"}, person=world.member).status_code == 200


def test_changing_yes_to_no_frees_the_place(api, world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    api.post(url(activity), {"answer": "yes"}, person=world.convener)
    api.post(url(activity), {"answer": "yes"}, person=world.member)

    answered = api.post(url(activity), {"answer": "no"}, person=world.convener).json()

    assert (answered["answer"], answered["state"]) == ("no", "confirmed")
    member = Registration.objects.get(person=world.member)
    assert member.state == RegistrationState.CONFIRMED
