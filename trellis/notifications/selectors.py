"""Reads: who follows what, a person's notices and how they want to receive them."""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from trellis.accounts.models import User
from trellis.communities.models import Community, Visibility
from trellis.communities.permissions import can_manage_community, is_member, is_signed_in
from trellis.core.permissions import require
from trellis.core.remembered import remembered
from trellis.notifications.models import (
    Follow,
    Frequency,
    Notification,
    NotificationKind,
    NotificationSetting,
)
from trellis.notifications.registry import followable_check, may_follow, target_prefetch

# Notices a person is waiting for arrive at once; news of what they follow waits for a digest.
DEFAULT_FREQUENCY: dict[str, str] = {
    **dict.fromkeys(NotificationKind.values, Frequency.DAILY),
    NotificationKind.MENTIONED: Frequency.IMMEDIATE,
    NotificationKind.EXPERT_INVITED: Frequency.IMMEDIATE,
    NotificationKind.COAUTHOR_INVITED: Frequency.IMMEDIATE,
    NotificationKind.ANSWER_ACCEPTED: Frequency.IMMEDIATE,
    NotificationKind.PEER_ASSIST: Frequency.IMMEDIATE,
    NotificationKind.FLAG_RAISED: Frequency.IMMEDIATE,
    NotificationKind.TRANSLATION_ADDED: Frequency.IMMEDIATE,
}


def may_see_conversations(person: Any, community: Community | None) -> bool:
    """Whether a person may read the conversations of a community (None: the whole network).

    A private community's conversations are for its members and those who run it, not for its
    sponsors, who see aggregates only.
    """
    if not is_signed_in(person):
        return False
    if community is None or not community.is_private:
        return True
    return is_member(person, community) or can_manage_community(person, community)


def followers_of(*, target: models.Model) -> QuerySet[User]:
    """Active people who follow target; callers pass them to `notify`, which filters further."""
    return User.objects.filter(
        is_active=True,
        follows__target_type=ContentType.objects.get_for_model(target),
        follows__target_id=target.pk,
    )


def access_followable(*, viewer: Any, model: type[models.Model] | None, object_id: int) -> Any:
    """The object to follow or stop following: one of a model an app registered as followable,
    that the viewer may see. Anything unknown, unregistered or hidden is 404, alike."""
    if model is None or followable_check(model) is None:
        raise Http404
    target = model._default_manager.filter(pk=object_id).first()
    if target is None or not may_follow(viewer, target):
        raise Http404
    return target


def is_following(*, person: Any, target: models.Model) -> bool:
    if not is_signed_in(person):
        return False
    return Follow.objects.filter(
        person=person,
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
    ).exists()


def frequencies_of(*, people: list[Any]) -> dict[int, dict[str, str]]:
    """Each person's frequency for every kind, their own choice or the kind's default."""
    chosen: dict[int, dict[str, str]] = {person.pk: dict(DEFAULT_FREQUENCY) for person in people}
    rows = NotificationSetting.objects.filter(person__in=[person.pk for person in people])
    for person_id, kind, frequency in rows.values_list("person_id", "kind", "frequency"):
        if kind in DEFAULT_FREQUENCY:
            chosen[person_id][kind] = frequency
    return chosen


def notification_settings_get(*, person: Any) -> dict[str, str]:
    """{kind: frequency} for every kind, in the order of NotificationKind."""
    return frequencies_of(people=[person])[person.pk]


def hidden_community_ids(viewer: Any) -> list[int]:
    """Private communities whose conversations the viewer may no longer read (they left)."""
    return [
        community.pk
        for community in Community.objects.filter(visibility=Visibility.PRIVATE)
        if not may_see_conversations(viewer, community)
    ]


def notification_list(*, viewer: Any, unread_only: bool = False) -> QuerySet[Notification]:
    """The viewer's own notices, unread first, newest first; targets prefetched by type."""
    require(viewer, is_signed_in(viewer))
    notifications = (
        Notification.objects.filter(recipient=viewer)
        .exclude(community_id__in=hidden_community_ids(viewer))
        .select_related("actor", "community", "target_type")
        .prefetch_related(target_prefetch())
        .order_by("is_read", "-created_at", "-id")
    )
    if unread_only:
        notifications = notifications.filter(read_at__isnull=True)
    return notifications


def unread_count(*, viewer: Any) -> int:
    """One query; the header shows it on every page."""
    if not is_signed_in(viewer):
        return 0
    return remembered(
        ("unread notifications", viewer.pk),
        Notification.objects.filter(recipient=viewer, read_at__isnull=True).count,
        areas=("notifications",),
    )


def access_notification(*, viewer: Any, notification_id: int) -> Notification:
    """One of the viewer's own notices; anyone else's is not found."""
    require(viewer, is_signed_in(viewer))
    return get_object_or_404(
        Notification.objects.select_related("target_type").exclude(
            community_id__in=hidden_community_ids(viewer)
        ),
        pk=notification_id,
        recipient=viewer,
    )
