"""The emails notifications send: one notice at once, or a digest; both in the recipient's language.

Every email names a one-click unsubscribe address (RFC 8058) in its headers and its footer.
"""

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from trellis.notifications.models import Notification
from trellis.notifications.notices import notice_of
from trellis.notifications.unsubscribe import ALL_KINDS, unsubscribe_url

if TYPE_CHECKING:
    from trellis.notifications.digests import Digest


def language_of(person: Any) -> str:
    return person.preferred_language or settings.LANGUAGE_CODE


def absolute(path: str) -> str:
    if not path or path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL.rstrip("/") + path


def _message(*, person: Any, subject: str, body: str, unsubscribe: str, language: str) -> Any:
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body.strip() + "\n",
        to=[person.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Content-Language": language,
            "Auto-Submitted": "auto-generated",
        },
    )


def _common(person: Any, kind: str) -> dict[str, Any]:
    return {
        "person": person,
        "unsubscribe_url": unsubscribe_url(person=person, kind=kind),
        "settings_url": absolute(reverse("notifications:settings")),
        "notifications_url": absolute(reverse("notifications:index")),
    }


def notice_email_send(notification: Notification) -> None:
    """One notice, by email at once."""
    person = notification.recipient
    language = language_of(person)
    with translation.override(language):
        notice = notice_of(notification)
        context = {
            **_common(person, notification.kind),
            "notice": notice,
            "url": absolute(reverse("notifications:open", args=[notification.pk])),
            "kind_label": notification.get_kind_display(),
        }
        subject = render_to_string("notifications/email/notice_subject.txt", context)
        body = render_to_string("notifications/email/notice.txt", context)
    _message(
        person=person,
        subject=subject,
        body=body,
        unsubscribe=context["unsubscribe_url"],
        language=language,
    ).send()


def digest_email_send(digest: "Digest") -> None:
    """A daily or weekly digest: what is new, then what is waiting."""
    person = digest.person
    language = language_of(person)
    with translation.override(language), timezone.override(digest.time_zone):
        context = {
            **_common(person, ALL_KINDS),
            "digest": digest,
            "groups": digest.groups(),
        }
        subject = render_to_string("notifications/email/digest_subject.txt", context)
        body = render_to_string("notifications/email/digest.txt", context)
    _message(
        person=person,
        subject=subject,
        body=body,
        unsubscribe=context["unsubscribe_url"],
        language=language,
    ).send()
