"""The network's calendar: the one in which dates that govern rights and history are counted.

A role held "from 1 March" starts at midnight in the network's time zone (`NETWORK_TIME_ZONE`,
which is also Django's default zone), for everyone: never in the zone a request happened to
activate for the person asking, or a role would start an hour early for one viewer and an hour
late for another. Times shown to a person stay in their own zone; only dates that decide what
someone may do, or what the record says happened on a day, come from here.
"""

from datetime import date, datetime, time, tzinfo

from django.utils import timezone


def network_zone() -> tzinfo:
    return timezone.get_default_timezone()


def network_today() -> date:
    """Today's date in the network's calendar, whatever zone is active."""
    return timezone.localdate(timezone=network_zone())


def network_date(moment: datetime) -> date:
    """The date an aware moment falls on in the network's calendar."""
    return timezone.localtime(moment, timezone=network_zone()).date()


def network_day_start(day: date) -> datetime:
    """The aware moment a day of the network's calendar begins (its midnight there)."""
    return datetime.combine(day, time.min, tzinfo=network_zone())
