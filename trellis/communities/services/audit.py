"""The audit trail: what leaders changed in a community."""

from typing import TYPE_CHECKING, Any

from trellis.communities.models import (
    AuditEntry,
    Community,
)

if TYPE_CHECKING:
    from trellis.accounts.models import User


def audit_record(
    *, actor: "User | None", community: Community | None, action: str, summary: str, **changes: Any
) -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor, community=community, action=action, summary=summary, changes=changes
    )
