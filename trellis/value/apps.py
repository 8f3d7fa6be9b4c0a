from datetime import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Computed observations of the month just ended are recorded on the 1st, after the
# participation snapshot (02:00), in the network's calendar.
OBSERVATIONS_JOB = "value.monthly_computed_observations"
OBSERVATIONS_AT = time(3)


class ValueConfig(AppConfig):
    """Value creation: the cycles of the framework, the indicator library and its observations,
    read from the other apps' selectors. It writes nothing they own."""

    name = "trellis.value"
    label = "value"
    verbose_name = _("Value creation")

    def ready(self) -> None:
        from trellis.core.schedule import PeriodicJob, periodic_job_register
        from trellis.value.tasks import computed_observations_last_month

        periodic_job_register(
            PeriodicJob(
                OBSERVATIONS_JOB, computed_observations_last_month, at=OBSERVATIONS_AT, monthday=1
            )
        )
