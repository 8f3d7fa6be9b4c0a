"""Registration pages: the answer box, htmx refusals, cancelling, the conveners' list and export."""

from datetime import timedelta
from typing import Any

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import (
    Activity,
    ActivityStatus,
    Registration,
    RegistrationState,
)
from trellis.activities.services.registration import registration_answer
from trellis.activities.tests.factories import ActivityFactory
from trellis.activities.tests.test_registration import (
    CONFIRMED,
    MAYBE,
    NO,
    WAITLISTED,
    YES,
    members,
    state_of,
)
from trellis.communities.tests.factories import MembershipFactory
from trellis.tests.queries import cold_queries


def answer_url(activity: Activity) -> str:
    return f"/activities/{activity.pk}/registration/"


def test_htmx_answer_returns_only_the_box(client, world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    registration_answer(person=world.convener, activity=activity, answer=YES)
    client.force_login(world.member)

    response = client.post(answer_url(activity), {"answer": "yes"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="registration-box-{activity.pk}"' in html
    assert "waiting list, number 1" in html
    assert state_of(world.member, activity) == (YES, WAITLISTED)


def test_htmx_refusal_is_shown_in_the_box(client, world):
    activity = ActivityFactory(communities=[world.public], status=ActivityStatus.CLOSED)
    client.force_login(world.member)

    response = client.post(answer_url(activity), {"answer": "yes"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert "Registration for this activity is not open." in response.content.decode()


def test_plain_answer_redirects_to_the_activity_page(client, world):
    activity = ActivityFactory(communities=[world.public])
    client.force_login(world.member)

    response = client.post(answer_url(activity), {"answer": "maybe"})

    assert response.status_code == 302
    assert response["Location"] == f"/activities/{activity.pk}/"
    assert state_of(world.member, activity) == (MAYBE, CONFIRMED)


def test_visitors_answering_are_sent_to_log_in(client, world):
    activity = ActivityFactory(communities=[world.public])
    response = client.post(answer_url(activity), {"answer": "yes"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_private_activity_is_not_found_for_outsiders(client, world):
    activity = ActivityFactory(communities=[world.private])
    client.force_login(world.outsider)
    assert client.post(answer_url(activity), {"answer": "yes"}).status_code == 404


def test_cancel_page_frees_the_place(client, world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    registration_answer(person=world.member, activity=activity, answer=YES)
    registration_answer(person=world.convener, activity=activity, answer=YES)
    client.force_login(world.member)

    response = client.post(f"/activities/{activity.pk}/registration/cancel/")

    assert response.status_code == 302
    assert response["Location"] == f"/activities/{activity.pk}/"
    assert state_of(world.member, activity)[1] == RegistrationState.CANCELLED
    assert state_of(world.convener, activity) == (YES, CONFIRMED)


def box(activity: Activity, person: Any) -> str:
    request = RequestFactory().get(f"/activities/{activity.pk}/")
    request.user = person
    registration = (
        Registration.objects.filter(activity=activity, person=person).first()
        if person.is_authenticated
        else None
    )
    return render_to_string(
        "activities/registration/box.html",
        {
            "activity": activity,
            "registration": registration,
            "can_register": True,
            "user": person,
        },
        request=request,
    )


def test_the_box_shows_places_deadline_answer_and_a_confirmed_cancel(world):
    activity = ActivityFactory(
        communities=[world.public],
        capacity=3,
        registration_deadline=timezone.now() + timedelta(days=2),
    )
    registration_answer(person=world.member, activity=activity, answer=YES)

    html = box(activity, world.member)

    assert "2 places left of 3." in html
    assert "Registration deadline:" in html
    assert "your place is confirmed" in html
    assert 'aria-pressed="true"' in html
    assert "data-confirm=" in html
    assert f'hx-post="/activities/{activity.pk}/registration/"' in html


def test_the_box_asks_visitors_to_log_in(world):
    from django.contrib.auth.models import AnonymousUser

    activity = ActivityFactory(communities=[world.public])

    html = box(activity, AnonymousUser())

    assert "/accounts/login/?next=" in html
    assert 'name="answer"' not in html


def test_conveners_see_every_group_with_emails(client, world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    coming, waiting, undecided, absent = members(world.public, 4)
    registration_answer(person=coming, activity=activity, answer=YES)
    registration_answer(person=waiting, activity=activity, answer=YES)
    registration_answer(person=undecided, activity=activity, answer=MAYBE)
    registration_answer(person=absent, activity=activity, answer=NO)
    client.force_login(world.convener)

    response = client.get(f"/activities/{activity.pk}/registrations/")

    html = response.content.decode()
    assert response.status_code == 200
    for person in (coming, waiting, undecided, absent):
        assert person.email in html
    assert html.index(coming.email) < html.index(undecided.email) < html.index(waiting.email)


def test_the_conveners_list_runs_the_same_queries_for_more_registrations(client, world):
    activity = ActivityFactory(communities=[world.public])
    client.force_login(world.convener)

    registered = []

    def queries() -> int:
        with cold_queries() as context:
            response = client.get(f"/activities/{activity.pk}/registrations/")
        assert response.status_code == 200
        assert all(person.email in response.content.decode() for person in registered)
        return len(context.captured_queries)

    for person in members(world.public, 2):
        registration_answer(person=person, activity=activity, answer=YES)
        registered.append(person)
    few = queries()
    for person in members(world.public, 6):
        registration_answer(person=person, activity=activity, answer=MAYBE)
        registered.append(person)
    assert queries() == few


def test_csv_export_lists_the_confirmed_registrants(client, world):
    activity = ActivityFactory(communities=[world.public])
    coming = UserFactory(
        full_name="Иван Петров",
        full_name_latin="Ivan Petrov",
        country="KZ",
        organisation="=HYPERLINK()",
        email="ivan@example.org",
    )
    MembershipFactory(community=world.public, person=coming)
    registration_answer(person=coming, activity=activity, answer=YES)
    registration_answer(person=world.member, activity=activity, answer=MAYBE)
    client.force_login(world.convener)

    response = client.get(f"/activities/{activity.pk}/registrations.csv")

    text = response.content.decode("utf-8")
    assert response["Content-Type"].startswith("text/csv")
    assert text.startswith("\ufeff")
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[1] == "Иван Петров,Ivan Petrov,Kazakhstan,'=HYPERLINK(),ivan@example.org"
    assert len(lines) == 2


def test_the_list_is_for_those_who_run_the_activity(client, world):
    activity = ActivityFactory(communities=[world.public])
    client.force_login(world.member)
    assert client.get(f"/activities/{activity.pk}/registrations/").status_code == 403
