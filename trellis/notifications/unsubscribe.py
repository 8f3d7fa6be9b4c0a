"""Signed unsubscribe links: who is leaving which kind of email, readable without signing in.

The token holds the person's id and a kind (or "all"); it never expires, so a link in an old
email still works. Only the signature is checked: a tampered token reads as nothing.
"""

from typing import Any

from django.conf import settings
from django.core import signing
from django.urls import reverse

from trellis.notifications.models import NotificationKind

SALT = "trellis.notifications.unsubscribe"
ALL_KINDS = "all"


class InvalidUnsubscribeToken(Exception):  # noqa: N818 - reads as the condition it signals
    pass


def unsubscribe_token(*, person: Any, kind: str) -> str:
    if kind != ALL_KINDS and kind not in NotificationKind.values:
        raise ValueError(kind)
    return signing.dumps({"p": person.pk, "k": kind}, salt=SALT, compress=True)


def unsubscribe_token_read(token: str) -> tuple[int, str]:
    """(person id, kind or "all"); raises InvalidUnsubscribeToken for anything not ours."""
    try:
        value = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError) as error:
        raise InvalidUnsubscribeToken from error
    if not isinstance(value, dict):
        raise InvalidUnsubscribeToken
    person_id, kind = value.get("p"), value.get("k")
    if not isinstance(person_id, int) or not (kind == ALL_KINDS or kind in NotificationKind.values):
        raise InvalidUnsubscribeToken
    return person_id, kind


def unsubscribe_url(*, person: Any, kind: str) -> str:
    """The absolute address an email links to (and names in its List-Unsubscribe header)."""
    path = reverse("notifications:unsubscribe", args=[unsubscribe_token(person=person, kind=kind)])
    return settings.SITE_URL.rstrip("/") + path
