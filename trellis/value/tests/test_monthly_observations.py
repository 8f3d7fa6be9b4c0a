"""The month's computed observations: recorded on the 1st for the month just closed, for the
network and each community; run again, the same rows."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings

from trellis.core.schedule import periodic_jobs
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.models import Contribution
from trellis.value.apps import OBSERVATIONS_JOB
from trellis.value.models import Indicator, Observation
from trellis.value.tasks import computed_observations_last_month

pytestmark = pytest.mark.django_db


def test_the_job_is_scheduled_monthly():
    job = {job.name: job for job in periodic_jobs()}[OBSERVATIONS_JOB]
    assert job.monthday == 1


@override_settings(TIME_ZONE="Asia/Almaty")
def test_last_month_is_recorded_once(world):
    zone = ZoneInfo("Asia/Almaty")
    Contribution.objects.create(
        person=world.member,
        kind=Kind.QUESTION_ASKED,
        community=world.public,
        target_type=ContentType.objects.get_by_natural_key("conversations", "question"),
        target_id=5,
        occurred_at=datetime(2026, 3, 31, 23, 30, tzinfo=zone),
    )
    with time_machine.travel(datetime(2026, 4, 1, 3, 0, tzinfo=zone), tick=False):
        first = computed_observations_last_month.call()
        again = computed_observations_last_month.call()
    assert first == again and first["period"] == "2026-03"
    questions = Indicator.objects.get(code="questions-asked")
    rows = Observation.objects.filter(indicator=questions)
    assert {(o.scope_key, o.value) for o in rows} == {
        ("network", 1),
        (f"community:{world.public.pk}", 1),
        (f"community:{world.private.pk}", 0),
    }
    assert {(o.period_start, o.period_end) for o in rows} == {(date(2026, 3, 1), date(2026, 3, 31))}
    # No value, no row: the follow-up share is undefined until surveys exist.
    assert not Observation.objects.filter(indicator__code="followup-application-share").exists()
