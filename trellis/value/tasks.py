"""Background work for value creation: the month's computed observations."""

from django_tasks import task

from trellis.analytics.periods import add_months, month_start
from trellis.core.network_time import network_today
from trellis.value.services.observations import computed_observations_record


@task()
def computed_observations_last_month() -> dict[str, str | int]:
    """Record the computed indicators of the month that ended last (network calendar), for the
    network and each community; run again, it rewrites the same rows."""
    start = add_months(month_start(network_today()), -1)
    rows = computed_observations_record(month=start)
    return {"period": f"{start:%Y-%m}", "rows": rows}
