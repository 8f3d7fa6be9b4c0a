"""Rows for registration: answering, cancelling, the conveners' list, and the API.

Anyone signed in who sees an open activity may register (a public community welcomes
newcomers); only those who run it see who registered.
"""

from typing import Any

from trellis.activities.models import Registration, RegistrationAnswer
from trellis.activities.tests.factories import ActivityFactory
from trellis.conftest import World
from trellis.tests.permission_rows import MANAGERS, MANAGERS_PRIVATE, Row

SIGNED_IN = "login ok ok ok ok ok"
API_SIGNED_IN = "401 ok ok ok ok ok"
INSIDERS = "404 404 ok ok ok ok"


def open_activity(world: World, community: Any) -> int:
    return ActivityFactory(communities=[community], capacity=10).pk


def everyone_registered(world: World, community: Any) -> int:
    """An open activity for which every signed-in role has said yes."""
    activity = ActivityFactory(communities=[community], capacity=10)
    for person in (world.outsider, world.member, world.convener, world.sponsor, world.admin):
        Registration.objects.create(activity=activity, person=person, answer=RegistrationAnswer.YES)
    return activity.pk


ROWS = [
    Row(
        "activities:registration_answer",
        "POST",
        lambda w, c: f"/activities/{open_activity(w, c)}/registration/",
        SIGNED_IN,
        INSIDERS,
        data={"answer": "yes"},
    ),
    Row(
        "activities:registration_cancel",
        "POST",
        lambda w, c: f"/activities/{everyone_registered(w, c)}/registration/cancel/",
        SIGNED_IN,
        INSIDERS,
    ),
    Row(
        "activities:registration_list",
        "GET",
        lambda w, c: f"/activities/{everyone_registered(w, c)}/registrations/",
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "activities:registration_export",
        "GET",
        lambda w, c: f"/activities/{everyone_registered(w, c)}/registrations.csv",
        MANAGERS,
        MANAGERS_PRIVATE,
    ),
    Row(
        "api:registration_get",
        "GET",
        lambda w, c: f"/api/v1/activities/{everyone_registered(w, c)}/registration",
        API_SIGNED_IN,
        INSIDERS,
    ),
    Row(
        "api:registration_answer",
        "POST",
        lambda w, c: f"/api/v1/activities/{open_activity(w, c)}/registration",
        API_SIGNED_IN,
        INSIDERS,
        data={"answer": "yes"},
        json=True,
    ),
    Row(
        "api:registration_cancel",
        "DELETE",
        lambda w, c: f"/api/v1/activities/{everyone_registered(w, c)}/registration",
        API_SIGNED_IN,
        INSIDERS,
    ),
]
