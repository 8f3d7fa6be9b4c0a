"""Rows for notifications: a person's own notices and settings, following, unsubscribing."""

from typing import Any

from django.contrib.contenttypes.models import ContentType

from trellis.conftest import World
from trellis.notifications.models import Follow, Frequency, NotificationKind
from trellis.notifications.services import notify
from trellis.notifications.unsubscribe import unsubscribe_token
from trellis.tests.permission_rows import EVERYONE, Row

SIGNED_IN = "login ok ok ok ok ok"
API_SIGNED_IN = "401 ok ok ok ok ok"


def members_notice(world: World, community: Any) -> str:
    """A notice of the member's: only they may open it, everyone else is told it is not there."""
    [notification] = notify(
        recipients=[world.member],
        kind=NotificationKind.NEW_QUESTION,
        actor=world.convener,
        target=community,
        community=community,
    )
    return f"/notifications/{notification.pk}/"


def follow_community(world: World, community: Any) -> str:
    return f"/follow/{ContentType.objects.get_for_model(community).pk}/{community.pk}/"


def api_follow_community(world: World, community: Any) -> str:
    return f"/api/v1/me/follows/communities.community/{community.pk}"


def everyone_follows(world: World, community: Any) -> str:
    """The community, followed by everyone who may follow it."""
    for person in (world.outsider, world.member, world.convener, world.sponsor, world.admin):
        Follow.objects.create(
            person=person,
            target_type=ContentType.objects.get_for_model(community),
            target_id=community.pk,
        )
    return api_follow_community(world, community)


def follows(world: World, community: Any) -> int:
    return Follow.objects.count()


def unsubscribe_link(world: World, community: Any) -> str:
    """The link works for whoever holds it, signed in or not: the signature is the proof."""
    return f"/notifications/unsubscribe/{unsubscribe_token(person=world.member, kind='all')}/"


ROWS = [
    Row("notifications:index", "GET", lambda w, c: "/notifications/", SIGNED_IN),
    Row("notifications:read", "POST", lambda w, c: "/notifications/read/", SIGNED_IN),
    Row("notifications:settings", "GET", lambda w, c: "/notifications/settings/", SIGNED_IN),
    Row(
        "notifications:settings",
        "POST",
        lambda w, c: "/notifications/settings/",
        SIGNED_IN,
        data={kind.value: Frequency.WEEKLY for kind in NotificationKind},
    ),
    Row(
        "notifications:open",
        "GET",
        members_notice,
        "login 404 ok 404 404 404",
        "login 404 ok 404 404 404",
    ),
    Row("notifications:unsubscribe", "GET", unsubscribe_link, EVERYONE),
    Row("notifications:unsubscribe", "POST", unsubscribe_link, EVERYONE),
    Row(
        "notifications:follow",
        "POST",
        follow_community,
        SIGNED_IN,
        # Sponsors may follow the community they see; its conversations never reach them.
        "login 404 ok ok ok ok",
        data={"action": "follow"},
    ),
    Row("api:notification_list", "GET", lambda w, c: "/api/v1/notifications", API_SIGNED_IN),
    Row(
        "api:notifications_read",
        "POST",
        lambda w, c: "/api/v1/notifications/read",
        API_SIGNED_IN,
        data={"all": True},
        json=True,
    ),
    Row(
        "api:notification_settings_get",
        "GET",
        lambda w, c: "/api/v1/me/notification-settings",
        API_SIGNED_IN,
    ),
    Row(
        "api:notification_settings_replace",
        "PUT",
        lambda w, c: "/api/v1/me/notification-settings",
        API_SIGNED_IN,
        data=[{"kind": "mentioned", "frequency": "off"}],  # type: ignore[arg-type]
        json=True,
    ),
    Row(
        "api:follow",
        "POST",
        api_follow_community,
        API_SIGNED_IN,
        # As on the page: a private community is not there for those who do not see it.
        "401 404 ok ok ok ok",
        json=True,
        effect=follows,
    ),
    Row(
        "api:unfollow",
        "DELETE",
        everyone_follows,
        API_SIGNED_IN,
        "401 404 ok ok ok ok",
        effect=follows,
    ),
]
