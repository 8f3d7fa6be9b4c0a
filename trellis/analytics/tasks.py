"""Background work for participation analytics: the month's snapshot of levels."""

from django_tasks import task

from trellis.analytics.periods import add_months, month_start
from trellis.analytics.services.snapshots import level_snapshots_build
from trellis.core.network_time import network_today


@task()
def level_snapshots_last_month() -> dict[str, str | int]:
    """Snapshot the month that ended last (network calendar): scheduled early on the 1st, it is
    the month just closed; run again, it rebuilds the same month to the same rows."""
    period = add_months(month_start(network_today()), -1)
    rows = level_snapshots_build(period=period)
    return {"period": f"{period:%Y-%m}", "rows": rows}
