"""The network, its communities, membership with its history, invitations, roles, the audit
trail and the learning agenda, one module per concept; every model is importable from here."""

from trellis.communities.models.agenda import (
    AgendaItem,
    AgendaPriority,
    AgendaStatus,
    AgendaStatusChange,
    AgendaVote,
)
from trellis.communities.models.audit import AuditEntry
from trellis.communities.models.community import (
    Community,
    CommunityStats,
    DomainType,
    JoinPolicy,
    Network,
    Stage,
    StageChange,
    Stakeholder,
    StakeholderKind,
    ValueFramework,
    ValueQuestion,
    Visibility,
)
from trellis.communities.models.membership import (
    Invitation,
    Membership,
    MembershipEvent,
    MembershipEventKind,
    MembershipState,
    ParticipationLevel,
    TransactionalParticipant,
    new_invitation_token,
)
from trellis.communities.models.roles import (
    Role,
    RoleAssignment,
    RoleAssignmentQuerySet,
    RoleKind,
)
from trellis.communities.models.visits import CommunityVisit

__all__ = [
    "AgendaItem",
    "AgendaPriority",
    "AgendaStatus",
    "AgendaStatusChange",
    "AgendaVote",
    "AuditEntry",
    "Community",
    "CommunityStats",
    "CommunityVisit",
    "DomainType",
    "Invitation",
    "JoinPolicy",
    "Membership",
    "MembershipEvent",
    "MembershipEventKind",
    "MembershipState",
    "Network",
    "ParticipationLevel",
    "Role",
    "RoleAssignment",
    "RoleAssignmentQuerySet",
    "RoleKind",
    "Stage",
    "StageChange",
    "Stakeholder",
    "StakeholderKind",
    "TransactionalParticipant",
    "ValueFramework",
    "ValueQuestion",
    "Visibility",
    "new_invitation_token",
]
