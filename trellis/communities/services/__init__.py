"""Writes about communities.

Every service takes the person acting, checks the permission predicate itself (so the pages
and the API cannot disagree), writes in one transaction, records contributions and leaves an
audit entry for what leaders change.
"""

from trellis.communities.services.agenda import (
    agenda_item_propose,
    agenda_item_update,
    agenda_vote_cast,
    agenda_vote_withdraw,
)
from trellis.communities.services.audit import audit_record
from trellis.communities.services.community import (
    EDITABLE_FIELDS,
    community_create,
    community_update,
    stakeholder_add,
    stakeholder_remove,
)
from trellis.communities.services.counts import member_count_refresh
from trellis.communities.services.membership import (
    INVITATION_LIFETIME,
    invitation_accept,
    invitation_create,
    invitation_revoke,
    membership_decide,
    membership_join,
    membership_leave,
    membership_level_set,
    membership_remove,
    transactional_participant_record,
    transactional_participants_match,
)
from trellis.communities.services.roles import role_assign, role_end, role_period_change

__all__ = [
    "EDITABLE_FIELDS",
    "INVITATION_LIFETIME",
    "agenda_item_propose",
    "agenda_item_update",
    "agenda_vote_cast",
    "agenda_vote_withdraw",
    "audit_record",
    "community_create",
    "community_update",
    "invitation_accept",
    "invitation_create",
    "invitation_revoke",
    "member_count_refresh",
    "membership_decide",
    "membership_join",
    "membership_leave",
    "membership_level_set",
    "membership_remove",
    "role_assign",
    "role_end",
    "role_period_change",
    "stakeholder_add",
    "stakeholder_remove",
    "transactional_participant_record",
    "transactional_participants_match",
]
