"""Writes: following, notifying, reading notices, choosing how to receive them.

`notify` is what other apps call; it decides who may receive a notice, stores it, and after the
transaction commits queues an email for those who want that kind at once.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.accounts.models import User
from trellis.communities.models import Community
from trellis.communities.permissions import is_signed_in
from trellis.core.permissions import require
from trellis.notifications.models import (
    DigestRecord,
    Follow,
    Frequency,
    Notification,
    NotificationKind,
    NotificationSetting,
)
from trellis.notifications.registry import may_follow, register_followable, register_target_url
from trellis.notifications.selectors import (
    DEFAULT_FREQUENCY,
    frequencies_of,
    may_see_conversations,
)
from trellis.notifications.unsubscribe import ALL_KINDS

__all__ = [
    "digest_sent",
    "follow",
    "notification_emailed",
    "notification_settings_replace",
    "notifications_mark_read",
    "notifications_unsubscribe",
    "notify",
    "register_followable",
    "register_target_url",
    "unfollow",
]


def _recipients(
    recipients: Iterable[User], *, actor: User | None, community: Community | None
) -> list[User]:
    """Each person once, without the actor, inactive people and anyone the community hides from."""
    chosen: dict[int, User] = {}
    for person in recipients:
        if person is None or person.pk in chosen:
            continue
        if actor is not None and person.pk == actor.pk:
            continue
        if not person.is_active or not may_see_conversations(person, community):
            continue
        chosen[person.pk] = person
    return list(chosen.values())


def notify(
    *,
    recipients: Iterable[User],
    kind: NotificationKind | str,
    actor: User | None,
    target: models.Model,
    community: Community | None,
) -> list[Notification]:
    """Tell people that something happened to target; returns the notices stored.

    Those who want this kind at once get an email after the transaction commits; the others
    find it in Trellis and, if they chose so, in their next digest.
    """
    kind = NotificationKind(kind)
    people = _recipients(recipients, actor=actor, community=community)
    if not people:
        return []
    target_type = ContentType.objects.get_for_model(target)
    with transaction.atomic():
        notifications = Notification.objects.bulk_create(
            Notification(
                recipient=person,
                kind=kind,
                actor=actor,
                community=community,
                target_type=target_type,
                target_id=target.pk,
            )
            for person in people
        )
        frequencies = frequencies_of(people=people)
        at_once = [
            notification.pk
            for notification in notifications
            if frequencies[notification.recipient_id][kind] == Frequency.IMMEDIATE
        ]
        if at_once:
            transaction.on_commit(lambda: _emails_enqueue(at_once))
    return notifications


def _emails_enqueue(notification_ids: list[int]) -> None:
    from trellis.notifications.tasks import notification_email_send

    for notification_id in notification_ids:
        notification_email_send.enqueue(notification_id=notification_id)


def _target_key(target: models.Model) -> dict[str, Any]:
    return {"target_type": ContentType.objects.get_for_model(target), "target_id": target.pk}


def follow(*, person: User, target: models.Model) -> Follow:
    """Follow target (idempotent); refused unless its app lets this person follow it."""
    require(person, is_signed_in(person) and may_follow(person, target))
    with transaction.atomic():
        following, _created = Follow.objects.get_or_create(person=person, **_target_key(target))
    return following


def unfollow(*, person: User, target: models.Model) -> None:
    """Stop following target; nothing happens if the person did not follow it."""
    require(person, is_signed_in(person))
    Follow.objects.filter(person=person, **_target_key(target)).delete()


def notifications_mark_read(*, person: User, ids: Iterable[int] | None = None) -> int:
    """Mark the person's own unread notices as read: those ids, or all when ids is None."""
    require(person, is_signed_in(person))
    unread = Notification.objects.filter(recipient=person, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=list(ids))
    return unread.update(read_at=timezone.now())


def notification_settings_replace(*, person: User, frequencies: dict[str, str]) -> dict[str, str]:
    """Replace the person's choices: kinds not given go back to their default."""
    require(person, is_signed_in(person))
    errors = {
        kind: [_("Unknown frequency.")]
        for kind, frequency in frequencies.items()
        if frequency not in Frequency.values
    }
    for kind in frequencies:
        if kind not in DEFAULT_FREQUENCY:
            errors[kind] = [_("Unknown kind of notification.")]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        NotificationSetting.objects.filter(person=person).delete()
        NotificationSetting.objects.bulk_create(
            NotificationSetting(person=person, kind=kind, frequency=frequency)
            for kind, frequency in frequencies.items()
            if frequency != DEFAULT_FREQUENCY[kind]
        )
    return frequencies_of(people=[person])[person.pk]


def notifications_unsubscribe(*, person: User, kind: str) -> None:
    """No more email of that kind (or of any kind, for "all"); notices still appear in Trellis.

    Called from a signed link, so the signature stands in for signing in.
    """
    kinds = list(DEFAULT_FREQUENCY) if kind == ALL_KINDS else [NotificationKind(kind).value]
    with transaction.atomic():
        for each in kinds:
            NotificationSetting.objects.update_or_create(
                person=person, kind=each, defaults={"frequency": Frequency.OFF}
            )


def notification_emailed(*, notification: Notification, at: datetime) -> None:
    Notification.objects.filter(pk=notification.pk).update(emailed_at=at)


def digest_sent(
    *, person: User, frequency: str, notification_ids: list[int], sent_at: datetime
) -> None:
    """Record that a digest went out, so neither its notices nor its period are sent again."""
    Notification.objects.filter(pk__in=notification_ids, recipient=person).update(
        emailed_at=sent_at
    )
    DigestRecord.objects.update_or_create(
        person=person, frequency=frequency, defaults={"sent_at": sent_at}
    )
