"""Notification endpoints: a person's own notices and how they receive them.

Everything here is about the person asking; visitors get 401.
"""

from datetime import datetime
from typing import Annotated, Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Body, Field, Path, Router, Schema
from ninja.pagination import paginate
from pydantic import model_validator

from trellis.core.api_schemas import (
    InputSchema,
    ObjectId,
    Pagination,
    PathId,
    error_responses,
)
from trellis.core.permissions import signed_in_person
from trellis.notifications import selectors, services
from trellis.notifications.models import Frequency, Notification, NotificationKind
from trellis.notifications.notices import Notice, notice_of

router = Router(tags=["notifications"])

MAX_IDS = 1000


class ActorOut(Schema):
    id: int
    full_name: str


class TargetOut(Schema):
    type: str = Field(description='The kind of object, as "app.model" (conversations.question).')
    id: int
    title: str
    url: str = Field(description="The path of its page, or empty when it has none.")


def _notice(notification: Notification) -> Notice:
    """The notice of a row, written once although two fields of the row show it."""
    notice: Notice | None = getattr(notification, "_notice", None)
    if notice is None:
        notice = notice_of(notification)
        notification._notice = notice  # type: ignore[attr-defined]
    return notice


class NotificationOut(Schema):
    id: int
    kind: NotificationKind
    text: str = Field(description="The notice in the language of the request.")
    actor: ActorOut | None
    community: str | None = Field(description="The community's slug; null for the network.")
    target: TargetOut
    created_at: datetime
    read_at: datetime | None

    @staticmethod
    def resolve_text(obj: Notification) -> str:
        return _notice(obj).text

    @staticmethod
    def resolve_community(obj: Notification) -> str | None:
        return obj.community.slug if obj.community is not None else None

    @staticmethod
    def resolve_target(obj: Notification) -> dict[str, Any]:
        notice = _notice(obj)
        return {
            "type": f"{obj.target_type.app_label}.{obj.target_type.model}",
            "id": obj.target_id,
            "title": notice.title,
            "url": notice.url,
        }


class NotificationsReadIn(InputSchema):
    ids: Annotated[list[ObjectId], Field(max_length=MAX_IDS)] | None = None
    all: bool = False

    @model_validator(mode="after")
    def _one_of(self) -> "NotificationsReadIn":
        if self.all == (self.ids is not None):
            raise ValueError(_('Send either "ids" or "all": true.'))
        return self


class NotificationsReadOut(Schema):
    marked: int = Field(description="How many unread notices are now read.")


class NotificationSettingSchema(Schema):
    kind: NotificationKind
    frequency: Frequency


class NotificationSettingIn(InputSchema):
    kind: NotificationKind
    frequency: Frequency


def _settings_out(frequencies: dict[str, str]) -> list[dict[str, str]]:
    return [{"kind": kind, "frequency": frequency} for kind, frequency in frequencies.items()]


@router.get("/notifications", response={200: list[NotificationOut], **error_responses(401, 422)})
@paginate(Pagination)
def notification_list(request: HttpRequest, unread: bool = False) -> QuerySet[Notification]:
    """The person's own notices, unread first, newest first; `unread=true` for unread only."""
    return selectors.notification_list(viewer=request.user, unread_only=unread)


@router.post(
    "/notifications/read", response={200: NotificationsReadOut, **error_responses(401, 422)}
)
def notifications_read(request: HttpRequest, payload: NotificationsReadIn) -> dict[str, int]:
    """Mark some (`ids`) or all (`all: true`) of the person's notices as read."""
    marked = services.notifications_mark_read(
        person=signed_in_person(request), ids=None if payload.all else payload.ids
    )
    return {"marked": marked}


@router.get(
    "/me/notification-settings",
    response={200: list[NotificationSettingSchema], **error_responses(401)},
)
def notification_settings_get(request: HttpRequest) -> list[dict[str, str]]:
    """How the person receives each kind of notice, defaults included."""
    person = signed_in_person(request)
    return _settings_out(selectors.notification_settings_get(person=person))


@router.put(
    "/me/notification-settings",
    response={200: list[NotificationSettingSchema], **error_responses(401, 422)},
)
def notification_settings_replace(
    request: HttpRequest,
    payload: Annotated[list[NotificationSettingIn], Body(max_length=len(NotificationKind) * 2)],
) -> list[dict[str, str]]:
    """Replace the person's choices; kinds left out go back to their default."""
    person = signed_in_person(request)
    frequencies: dict[str, str] = {}
    for setting in payload:
        if setting.kind in frequencies:
            raise ValidationError({setting.kind: [_("This kind is given twice.")]})
        frequencies[setting.kind] = setting.frequency
    return _settings_out(
        services.notification_settings_replace(person=person, frequencies=frequencies)
    )


# A followable kind of object, as notices name their targets: "app.model".
TargetType = Annotated[
    str,
    Path(
        max_length=100,
        pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$",
        description='The kind of object, as "app.model" (conversations.question, '
        "conversations.discussion, communities.community, accounts.expertisetopic).",
    ),
]


class FollowOut(Schema):
    type: str
    id: int
    following: bool


def _followable(request: HttpRequest, target_type: str, target_id: int) -> models.Model:
    app_label, _dot, model_name = target_type.partition(".")
    try:
        model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
    except ContentType.DoesNotExist as error:
        raise Http404 from error
    target: models.Model = selectors.access_followable(
        viewer=request.user, model=model, object_id=target_id
    )
    return target


@router.post(
    "/me/follows/{target_type}/{target_id}",
    response={200: FollowOut, **error_responses(401, 403, 404, 422)},
)
def follow(request: HttpRequest, target_type: TargetType, target_id: PathId) -> dict[str, Any]:
    """Follow something you see: news of it reaches you as your settings say. Following
    again changes nothing. 404 for anything that cannot be followed or that you do not see."""
    person = signed_in_person(request)
    services.follow(person=person, target=_followable(request, target_type, target_id))
    return {"type": target_type, "id": target_id, "following": True}


@router.delete(
    "/me/follows/{target_type}/{target_id}",
    response={200: FollowOut, **error_responses(401, 404, 422)},
)
def unfollow(request: HttpRequest, target_type: TargetType, target_id: PathId) -> dict[str, Any]:
    """Stop following it; nothing changes if you did not follow it."""
    person = signed_in_person(request)
    services.unfollow(person=person, target=_followable(request, target_type, target_id))
    return {"type": target_type, "id": target_id, "following": False}
