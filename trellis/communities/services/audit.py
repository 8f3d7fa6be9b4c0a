"""The audit trail: what leaders changed in a community."""

from typing import TYPE_CHECKING, Any

from trellis.communities.audit_descriptions import AUDIT_ACTIONS
from trellis.communities.models import (
    AuditEntry,
    Community,
)

if TYPE_CHECKING:
    from trellis.accounts.models import User


def audit_record(
    *,
    actor: "User | None",
    community: Community | None,
    action: str,
    subject: str | dict[str, str] = "",
    **changes: Any,
) -> AuditEntry:
    """Write one entry. `subject` names what it concerns (a name or a title, never a sentence:
    the sentence is made in the reader's language when read); `action` must be one that
    `audit_descriptions.AUDIT_ACTIONS` can describe."""
    if action not in AUDIT_ACTIONS:
        raise ValueError(f"audit action {action!r} has no description in AUDIT_ACTIONS")
    return AuditEntry.objects.create(
        actor=actor, community=community, action=action, subject=subject, changes=changes
    )
