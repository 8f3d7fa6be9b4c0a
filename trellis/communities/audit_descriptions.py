"""The audit trail told in the reader's language.

Entries store a code, the name of what they concern and the data of the change; the sentence
is made here when the entry is read, so a Russian reader sees Russian words and field labels
and an English reader English ones. Every code a service writes has a description here
(`audit_record` refuses others, and a test reads the code base for the codes it writes).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from trellis.communities.models.membership import ParticipationLevel
from trellis.communities.roles import ROLE_CATALOGUE
from trellis.core.languages import LANGUAGE_NAMES
from trellis.core.translated import translated

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise

    from trellis.communities.models import AuditEntry


@dataclass(frozen=True)
class AuditAction:
    """How one code reads: its sentence, and for changes the model whose field labels name
    the changed fields (with `without_fields`, the sentence when no field is named)."""

    sentence: "_StrPromise"
    model: str = ""
    without_fields: "_StrPromise | None" = None


AUDIT_ACTIONS: dict[str, AuditAction] = {
    "community.created": AuditAction(gettext_lazy("Created the community %(subject)s")),
    "community.updated": AuditAction(
        gettext_lazy("Changed: %(fields)s"), model="communities.Community"
    ),
    "stakeholder.added": AuditAction(gettext_lazy("Added a sponsor or stakeholder: %(subject)s")),
    "stakeholder.removed": AuditAction(
        gettext_lazy("Removed a sponsor or stakeholder: %(subject)s")
    ),
    "role.assigned": AuditAction(gettext_lazy("Gave the role “%(role)s” to %(subject)s")),
    "role.ended": AuditAction(gettext_lazy("Ended the role “%(role)s” of %(subject)s")),
    "role.period_changed": AuditAction(
        gettext_lazy("Changed the period of the role “%(role)s” of %(subject)s")
    ),
    "membership.approved": AuditAction(gettext_lazy("Approved the request to join of %(subject)s")),
    "membership.declined": AuditAction(gettext_lazy("Declined the request to join of %(subject)s")),
    "membership.removed": AuditAction(gettext_lazy("Removed from the members: %(subject)s")),
    "membership.level": AuditAction(
        gettext_lazy("Changed the participation level of %(subject)s: %(before)s → %(after)s")
    ),
    "invitation.created": AuditAction(gettext_lazy("Invited %(subject)s")),
    "invitation.revoked": AuditAction(gettext_lazy("Withdrew the invitation of %(subject)s")),
    "transactional.recorded": AuditAction(
        gettext_lazy("Recorded the participation of %(subject)s, who has no account")
    ),
    "activity.created": AuditAction(gettext_lazy("Planned the activity “%(subject)s”")),
    "activity.updated": AuditAction(
        gettext_lazy("Changed the activity “%(subject)s”: %(fields)s"),
        model="activities.Activity",
        without_fields=gettext_lazy("Changed the activity “%(subject)s”"),
    ),
    "profile.updated": AuditAction(
        gettext_lazy("Changed the profile of %(subject)s: %(fields)s"), model="accounts.User"
    ),
    "agenda.prioritised": AuditAction(
        gettext_lazy("Changed the agenda item “%(subject)s”: %(fields)s"),
        model="communities.AgendaItem",
        without_fields=gettext_lazy("Added a status note to the agenda item “%(subject)s”"),
    ),
    "discussion.pinned": AuditAction(gettext_lazy("Pinned the discussion “%(subject)s”")),
    "discussion.unpinned": AuditAction(gettext_lazy("Unpinned the discussion “%(subject)s”")),
    "discussion.locked": AuditAction(gettext_lazy("Locked the discussion “%(subject)s”")),
    "discussion.unlocked": AuditAction(gettext_lazy("Unlocked the discussion “%(subject)s”")),
    "discussion.closed": AuditAction(gettext_lazy("Closed the discussion “%(subject)s”")),
    "discussion.reopened": AuditAction(gettext_lazy("Reopened the discussion “%(subject)s”")),
    "post.hidden": AuditAction(gettext_lazy("Hid a post about “%(subject)s”")),
    "post.restored": AuditAction(gettext_lazy("Showed again a post about “%(subject)s”")),
    "post.flags_dismissed": AuditAction(
        gettext_lazy("Dismissed the flags on a post about “%(subject)s”")
    ),
    "question.locked": AuditAction(gettext_lazy("Locked the question “%(subject)s”")),
    "question.unlocked": AuditAction(gettext_lazy("Unlocked the question “%(subject)s”")),
    "participation.rules_changed": AuditAction(
        gettext_lazy("Changed the rules of participation levels: %(fields)s"),
        model="analytics.ParticipationRules",
        without_fields=gettext_lazy("Changed the rules of participation levels"),
    ),
    "post.translation_edited": AuditAction(
        gettext_lazy("Edited the translation (%(language)s) of a post about “%(subject)s”")
    ),
    "agenda.translation_edited": AuditAction(
        gettext_lazy("Edited the translation (%(language)s) of the agenda item “%(subject)s”")
    ),
    "document.updated": AuditAction(
        gettext_lazy("Changed the document “%(subject)s”: %(fields)s"),
        model="library.Document",
        without_fields=gettext_lazy("Changed the document “%(subject)s”"),
    ),
    "document.version_added": AuditAction(
        gettext_lazy("Uploaded a new version of the document “%(subject)s”")
    ),
    "document.published": AuditAction(gettext_lazy("Published the document “%(subject)s”")),
    "document.returned": AuditAction(
        gettext_lazy("Sent the document “%(subject)s” back to its authors")
    ),
    "document.translation_linked": AuditAction(
        gettext_lazy("Linked a translation (%(language)s) to the document “%(subject)s”")
    ),
    "collection.updated": AuditAction(gettext_lazy("Changed the collection “%(subject)s”")),
    "collection.deleted": AuditAction(gettext_lazy("Deleted the collection “%(subject)s”")),
    "collection.item_added": AuditAction(
        gettext_lazy("Added a document to the collection “%(subject)s”")
    ),
    "collection.item_removed": AuditAction(
        gettext_lazy("Removed a document from the collection “%(subject)s”")
    ),
    "collection.reordered": AuditAction(
        gettext_lazy("Reordered the documents of the collection “%(subject)s”")
    ),
    "value.framework_changed": AuditAction(
        gettext_lazy("Changed the value-creation framework of %(subject)s")
    ),
    "indicator.created": AuditAction(gettext_lazy("Added the indicator “%(subject)s”")),
    "observation.recorded": AuditAction(
        gettext_lazy("Recorded an observation of the indicator “%(subject)s”")
    ),
    "target.set": AuditAction(
        gettext_lazy("Set the baseline and target of the indicator “%(subject)s”")
    ),
}

# Keys of `changes` that carry data about the entry rather than a changed field.
_NOT_FIELDS = {
    "item",
    "activity",
    "person",
    "discussion",
    "post_kind",
    "post_id",
    "fields",
    "language",
    "document",
    "collection",
}


def field_label(model: str, name: str) -> str:
    """A field's label (its verbose name) in the active language; its name if it has none."""
    try:
        field = apps.get_model(model)._meta.get_field(name)
    except (LookupError, FieldDoesNotExist):
        return name.replace("_", " ")
    return str(getattr(field, "verbose_name", name))


def _changed_fields(entry: "AuditEntry") -> list[str]:
    changes = entry.changes or {}
    listed = changes.get("fields")
    if isinstance(listed, list):
        return [str(name) for name in listed]
    return sorted(name for name in changes if name not in _NOT_FIELDS)


def _role_name(code: str) -> str:
    for role in ROLE_CATALOGUE:
        if isinstance(role, dict) and role.get("code") == code:
            return translated(role.get("name")) or code
    return code


def _level_name(code: Any) -> str:
    try:
        return str(ParticipationLevel(code).label)
    except ValueError:
        return str(code or "—")


def _parameters(entry: "AuditEntry", action: AuditAction) -> dict[str, str]:
    subject = entry.subject
    changes = entry.changes or {}
    level = changes.get("level")
    before, after = level if isinstance(level, list) and len(level) == 2 else ("", "")
    parameters = {
        "subject": translated(subject) if isinstance(subject, dict) else str(subject or "—"),
        "role": _role_name(str(changes.get("role", ""))),
        "before": _level_name(before),
        "after": _level_name(after),
        "fields": "",
        "language": str(LANGUAGE_NAMES.get(str(changes.get("language", "")), "—")),
    }
    if action.model:
        parameters["fields"] = ", ".join(
            field_label(action.model, name) for name in _changed_fields(entry)
        )
    return parameters


def audit_entry_describe(entry: "AuditEntry") -> str:
    """The entry as a sentence in the active language, fields named by their labels."""
    action = AUDIT_ACTIONS.get(entry.action)
    if action is None:
        return _("Changed something (%(code)s)") % {"code": entry.action}
    parameters = _parameters(entry, action)
    sentence = action.sentence
    if action.without_fields is not None and not parameters["fields"]:
        sentence = action.without_fields
    return str(sentence) % parameters
