"""A person's secret calendar feed address: one active at a time, revocable."""

from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from trellis.activities import permissions
from trellis.activities.models import CalendarFeed
from trellis.core.permissions import require

if TYPE_CHECKING:
    from trellis.accounts.models import User


def calendar_feed_create(*, person: "User") -> CalendarFeed:
    """A new secret address; the previous one, if any, stops working at once."""
    require(person, permissions.can_keep_calendar_feed(person))
    with transaction.atomic():
        # Lock the person so two requests at once cannot leave two active addresses.
        get_user_model().objects.select_for_update().filter(pk=person.pk).first()
        calendar_feed_revoke(person=person)
        return CalendarFeed.objects.create(person=person)


def calendar_feed_revoke(*, person: "User") -> int:
    """Revoke the person's active address; its URL answers 404 from now on. Returns how many
    addresses were revoked (0 when there was none)."""
    return CalendarFeed.objects.filter(person=person, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
