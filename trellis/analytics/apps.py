from datetime import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The month's snapshot is taken on the 1st at this hour of the network's calendar, once the
# month has ended everywhere it is counted.
SNAPSHOT_JOB = "analytics.monthly_level_snapshots"
SNAPSHOT_AT = time(2)


class AnalyticsConfig(AppConfig):
    """Participation and leadership analytics: levels of participation, their movement, the
    interaction network and leadership coverage, read from the contribution log and the other
    apps' selectors. It writes nothing they own."""

    name = "trellis.analytics"
    label = "analytics"
    verbose_name = _("Participation analytics")

    def ready(self) -> None:
        from trellis.analytics.tasks import level_snapshots_last_month
        from trellis.core.schedule import PeriodicJob, periodic_job_register

        periodic_job_register(
            PeriodicJob(SNAPSHOT_JOB, level_snapshots_last_month, at=SNAPSHOT_AT, monthday=1)
        )
