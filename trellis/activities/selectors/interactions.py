"""Who took part in the same activity: plain rows for the interaction network
(`trellis.analytics`), two set-based queries whatever the number of activities. The
permission to see the network is the reader's to check."""

from collections import defaultdict
from datetime import datetime
from typing import NamedTuple

from trellis.activities.models import ActivityContributor, ActivityStatus, Attendance

NOT_HELD = (ActivityStatus.DRAFT, ActivityStatus.CANCELLED)


class ActivityParticipants(NamedTuple):
    """An activity, when it started, and the members who took part (ids, sorted)."""

    activity_id: int
    starts_at: datetime
    people: tuple[int, ...]


def activity_participant_list(
    *, community_id: int, since: datetime, until: datetime, max_participants: int
) -> list[ActivityParticipants]:
    """The community's activities that started in [since, until), were not drafts nor
    cancelled, and had at most `max_participants` participants, with the members among them.

    Participants are everyone recorded as attending (members and guests without an account)
    and every host, speaker and facilitator; each counts once. Guests count towards the size
    but have no id to pair. Two queries (attendance, contributors), grouped here.
    """
    scope = {
        "activity__communities__id": community_id,
        "activity__starts_at__gte": since,
        "activity__starts_at__lt": until,
    }
    fields = ("activity_id", "activity__starts_at", "person_id", "guest_id")
    rows = [
        *Attendance.objects.filter(**scope)
        .exclude(activity__status__in=NOT_HELD)
        .order_by()
        .values_list(*fields),
        *ActivityContributor.objects.filter(**scope)
        .exclude(activity__status__in=NOT_HELD)
        .order_by()
        .values_list(*fields),
    ]
    starts: dict[int, datetime] = {}
    members: dict[int, set[int]] = defaultdict(set)
    guests: dict[int, set[int]] = defaultdict(set)
    for activity_id, starts_at, person_id, guest_id in rows:
        starts[activity_id] = starts_at
        if person_id is not None:
            members[activity_id].add(person_id)
        else:
            guests[activity_id].add(guest_id)
    return [
        ActivityParticipants(activity_id, starts[activity_id], tuple(sorted(members[activity_id])))
        for activity_id in sorted(starts)
        if len(members[activity_id]) + len(guests[activity_id]) <= max_participants
    ]
