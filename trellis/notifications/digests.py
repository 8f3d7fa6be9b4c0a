"""Daily and weekly digests: what is new for a person, and what is waiting for them.

"What is new" is the person's unread notices of the kinds they set to that frequency, not yet
emailed, since their last digest of that frequency (or the period's start). "What is waiting"
comes from sections other apps register (the help desk adds questions the person could
answer). A person with nothing new and nothing waiting gets no email. A person who already had
this period's digest gets no second one, so running the command twice sends nothing twice.
"""

import logging
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import User
from trellis.notifications.emails import absolute, digest_email_send
from trellis.notifications.models import DigestRecord, Frequency, Notification, NotificationKind
from trellis.notifications.notices import Notice, notice_of
from trellis.notifications.registry import target_prefetch
from trellis.notifications.selectors import frequencies_of, hidden_community_ids
from trellis.notifications.services import digest_sent

logger = logging.getLogger(__name__)

PERIODS: dict[str, timedelta] = {
    Frequency.DAILY: timedelta(days=1),
    Frequency.WEEKLY: timedelta(days=7),
}
# A digest sent less than this long ago counts as this period's: a cron running late or twice
# does not send a second one.
MIN_INTERVALS: dict[str, timedelta] = {
    Frequency.DAILY: timedelta(hours=20),
    Frequency.WEEKLY: timedelta(days=6),
}
MAX_ITEMS = 50
PEOPLE_PER_BATCH = 500


@dataclass
class DigestItem:
    title: str
    url: str
    detail: str = ""


WaitingSection = Callable[[Any, datetime], list[DigestItem]]
_waiting_sections: dict[str, tuple[str | Promise, WaitingSection]] = {}


WAITING_FOR_YOU = _("Waiting for you")


def register_waiting_section(
    section: WaitingSection, *, heading: str | Promise = WAITING_FOR_YOU
) -> None:
    """`section(person, since)` lists what waits for the person; registered once per callable."""
    _waiting_sections[f"{section.__module__}.{section.__qualname__}"] = (heading, section)


@dataclass
class DigestGroup:
    label: str
    notices: list[Notice]


@dataclass
class Digest:
    person: Any
    frequency: str
    since: datetime
    until: datetime
    notifications: list[Notification]
    # Every notice this digest accounts for, listed or not; all are marked emailed.
    covered: list[int] = field(default_factory=list)
    waiting: list[tuple[str | Promise, list[DigestItem]]] = field(default_factory=list)

    @property
    def more(self) -> int:
        """Notices beyond those listed, for which the digest links to Trellis."""
        return len(self.covered) - len(self.notifications)

    @property
    def is_empty(self) -> bool:
        return not self.notifications and not any(items for _heading, items in self.waiting)

    @property
    def time_zone(self) -> zoneinfo.ZoneInfo | None:
        zone = getattr(self.person, "time_zone", "")
        return zoneinfo.ZoneInfo(zone) if zone else None

    def groups(self) -> list[DigestGroup]:
        """The new notices by kind, in the active language; notices link through Trellis."""
        by_kind: dict[str, list[Notice]] = {}
        for notification in self.notifications:
            notice = notice_of(notification)
            link = absolute(reverse("notifications:open", args=[notification.pk]))
            by_kind.setdefault(notification.kind, []).append(
                Notice(text=notice.text, title=notice.title, url=link)
            )
        return [
            DigestGroup(label=str(kind.label), notices=by_kind[kind])
            for kind in NotificationKind
            if kind in by_kind
        ]


def _absolute_item(item: DigestItem) -> DigestItem:
    return DigestItem(title=item.title, url=absolute(item.url), detail=item.detail)


def digest_compose(
    *, person: Any, frequency: str, kinds: list[str], since: datetime, until: datetime
) -> Digest:
    notifications = (
        Notification.objects.filter(
            recipient=person,
            kind__in=kinds,
            emailed_at__isnull=True,
            read_at__isnull=True,
            created_at__gt=since,
            created_at__lte=until,
        )
        .exclude(community_id__in=hidden_community_ids(person))
        .select_related("actor", "community", "target_type")
        .prefetch_related(target_prefetch())
        .order_by("created_at", "id")
    )
    covered = list(notifications.prefetch_related(None).values_list("pk", flat=True))
    shown = list(notifications.filter(pk__in=covered[:MAX_ITEMS]))
    waiting = [
        (heading, [_absolute_item(item) for item in section(person, since)])
        for heading, section in _waiting_sections.values()
    ]
    return Digest(
        person=person,
        frequency=frequency,
        since=since,
        until=until,
        notifications=shown,
        covered=covered,
        waiting=[(heading, items) for heading, items in waiting if items],
    )


@dataclass
class DigestRun:
    sent: int = 0
    failed: int = 0


def _send_one(
    person: Any, frequency: str, kinds: list[str], since: datetime, now: datetime
) -> bool:
    digest = digest_compose(person=person, frequency=frequency, kinds=kinds, since=since, until=now)
    if digest.is_empty:
        return False
    # Sent first, recorded after, with no transaction held open while talking to the mail
    # server: if sending fails, nothing is recorded and the next run tries again.
    digest_email_send(digest)
    with transaction.atomic():
        digest_sent(
            person=person, frequency=frequency, notification_ids=digest.covered, sent_at=now
        )
    return True


def _batches(ids: Iterator[int]) -> Iterator[list[int]]:
    while batch := list(islice(ids, PEOPLE_PER_BATCH)):
        yield batch


def digests_send(*, frequency: str, now: datetime | None = None) -> DigestRun:
    """Send this period's digest of that frequency to everyone who has something in it."""
    if frequency not in PERIODS:
        raise ValueError(frequency)
    now = now or timezone.now()
    run = DigestRun()
    people = User.objects.filter(is_active=True).exclude(email="")
    for ids in _batches(iter(list(people.order_by("pk").values_list("pk", flat=True)))):
        batch = list(people.filter(pk__in=ids).order_by("pk"))
        frequencies = frequencies_of(people=batch)
        last_sent = dict(
            DigestRecord.objects.filter(
                person__in=[person.pk for person in batch], frequency=frequency
            ).values_list("person_id", "sent_at")
        )
        for person in batch:
            kinds = [kind for kind, chosen in frequencies[person.pk].items() if chosen == frequency]
            previous = last_sent.get(person.pk)
            if not kinds or (previous and now - previous < MIN_INTERVALS[frequency]):
                continue
            since = previous or now - PERIODS[frequency]
            try:
                if _send_one(person, frequency, kinds, since, now):
                    run.sent += 1
            except Exception:
                # One person's failure (a bad address, a section's bug) must not stop the rest.
                logger.exception("The %s digest for person %s failed", frequency, person.pk)
                run.failed += 1
    return run
