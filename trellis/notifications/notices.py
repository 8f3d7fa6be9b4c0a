"""How a notice reads, in the active language: one sentence, its target's name and page."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from trellis.notifications.models import Notification, NotificationKind
from trellis.notifications.registry import target_title, target_url

# Placeholders: %(actor)s, who did it; %(target)s, what it is about.
SENTENCES: dict[str, Callable[[], str]] = {
    NotificationKind.NEW_QUESTION: lambda: _("%(actor)s asked a question: %(target)s"),
    NotificationKind.NEW_ANSWER: lambda: _("%(actor)s answered: %(target)s"),
    NotificationKind.ANSWER_ACCEPTED: lambda: _("%(actor)s accepted your answer: %(target)s"),
    NotificationKind.NEW_COMMENT: lambda: _("%(actor)s commented: %(target)s"),
    NotificationKind.EXPERT_INVITED: lambda: _("%(actor)s asks you to answer: %(target)s"),
    NotificationKind.COAUTHOR_INVITED: lambda: _(
        "%(actor)s invites you to write an answer together: %(target)s"
    ),
    NotificationKind.NEW_DISCUSSION: lambda: _("%(actor)s started a discussion: %(target)s"),
    NotificationKind.NEW_REPLY: lambda: _("%(actor)s replied: %(target)s"),
    NotificationKind.MENTIONED: lambda: _("%(actor)s mentioned you: %(target)s"),
    NotificationKind.PEER_ASSIST: lambda: _("%(actor)s — news of a peer assist: %(target)s"),
    NotificationKind.FLAG_RAISED: lambda: _("%(actor)s flagged a post: %(target)s"),
    NotificationKind.TRANSLATION_ADDED: lambda: _(
        "%(actor)s translated what you asked for: %(target)s"
    ),
}


@dataclass(frozen=True)
class Notice:
    text: str
    title: str
    url: str


def notice_of(notification: Notification) -> Notice:
    """The notice in the active language; a target that is gone reads "something removed"."""
    target = notification.target
    title = target_title(target) if target is not None else _("something that was removed")
    actor = str(notification.actor) if notification.actor is not None else _("Someone")
    sentence = SENTENCES.get(notification.kind)
    text = (sentence() if sentence else "%(actor)s: %(target)s") % {
        "actor": actor,
        "target": title,
    }
    return Notice(text=text, title=title, url=target_url(target))
